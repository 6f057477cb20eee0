import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ENVIRONMENT_CHANGES_MEASUREMENT, InfluxClient } from '@benchline/influx';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { problemResponses } from '../schemas.ts';

const Facts = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
  description:
    'host facts: kernel, cpuModel, microcode, governor, `pkg:<package>`, `bin:<runtime>`, `tuning:<name>`, …',
});

const EnvironmentChange = Type.Object({
  id: Type.String({ description: 'from minion and run id' }),
  minion: Type.String(),
  runId: Type.String({ description: 'the first run in the new environment' }),
  suite: Type.String({ description: 'the suite of that run' }),
  previousRunId: Type.String({ description: "the minion's run before it, in the old environment" }),
  at: Type.String({ description: 'request time of the first run in the new environment (RFC 3339)' }),
  changed: Type.Array(Type.String(), { description: 'names of the facts that differ, sorted' }),
  before: Facts,
  after: Facts,
});

const EnvironmentChangeQuery = Type.Object({
  minion: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});

type EnvironmentChangeFields = Static<typeof EnvironmentChange>;

/**
 * GET /environment-changes: where a minion's host facts differed from its previous run's (kernel,
 * microcode, a runtime's version, …), as the publisher recorded them in InfluxDB. The analyzer
 * starts the minion's series afresh at each of them.
 */
export const environmentChangeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, log }) => {
  let influx: InfluxClient | undefined;
  const influxClient = () =>
    (influx ??= new InfluxClient({ ...config.influx, logger: log, retry: { maxElapsedMs: 10_000 } }));

  app.get(
    '/environment-changes',
    {
      schema: {
        summary: "Changes of minions' environments (host facts), newest first",
        querystring: EnvironmentChangeQuery,
        response: { 200: Type.Object({ changes: Type.Array(EnvironmentChange) }), ...problemResponses(400) },
      },
    },
    async (request) => {
      const { minion, limit } = request.query;
      const where = minion === undefined ? '' : 'WHERE "minion" = $minion';
      const [series] = await influxClient().query(
        `SELECT * FROM "${ENVIRONMENT_CHANGES_MEASUREMENT}" ${where} ORDER BY time DESC LIMIT ${limit}`,
        minion === undefined ? {} : { minion },
      );
      return { changes: (series?.rows ?? []).map(changeOfRow) };
    },
  );
};

function changeOfRow(row: Readonly<Record<string, unknown>>): EnvironmentChangeFields {
  const text = (name: string) => (typeof row[name] === 'string' ? (row[name] as string) : '');
  const json = <T>(name: string, fallback: T): T => {
    try {
      return JSON.parse(text(name)) as T;
    } catch {
      return fallback;
    }
  };
  return {
    id: text('change_id'),
    minion: text('minion'),
    runId: text('run_id'),
    suite: text('suite'),
    previousRunId: text('previous_run_id'),
    at: new Date(Number(row.time)).toISOString(),
    changed: json<string[]>('changed', []),
    before: json<Record<string, string | number>>('before', {}),
    after: json<Record<string, string | number>>('after', {}),
  };
}
