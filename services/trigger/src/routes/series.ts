import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getRun, identityOfTags, seriesKeyOf } from '@benchline/core';
import { RESULTS_MEASUREMENT } from '@benchline/influx';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { HistoryQuery, problemResponses, RunPoints, SeriesHistory } from '../schemas.ts';

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const POINTS_OF_RUN = `SELECT "value", "stddev", "samples", "min", "max", "median", "iterations" FROM "${RESULTS_MEASUREMENT}"
WHERE "suite" = $suite AND "run_id" = $runId AND time >= $from AND time <= $to GROUP BY *`;

/**
 * GET /series/history: every series of one benchmark with its points in commit order, their
 * environment changes and change points; GET /runs/:id/points: the values a run wrote. Both read
 * InfluxDB, the system of record.
 */
export const seriesRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { runs, changes, histories, influx }) => {
  app.get(
    '/series/history',
    {
      schema: {
        summary:
          "The history of every series of one benchmark: one entry per run in commit order, each series' values (with spread) aligned to it, where the minion's environment changed, and the change points",
        description:
          "Runs are ordered by their commit's place on the suite's default branch (`commit_position`), then by time; confirmation and bisection runs are left out, as the analyzer leaves them out. Series are keyed as the analyzer keys them, so `changes[].seriesKey` and `environments[].seriesKeys` name `series[].key`. An environment change is a point whose host facts (the `env` field the publisher writes) differ from those of the series' previous point.",
        querystring: HistoryQuery,
        response: { 200: SeriesHistory, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const [columns, records] = await Promise.all([
        histories.columns(query),
        changes.list({ suite: query.suite, limit: 10_000 }),
      ]);
      const keys = new Set(columns.series.map((entry) => entry.key));
      // The response schema documents the answer; serializing it by that schema (fast-json-stringify)
      // takes about five times as long as JSON.stringify for 100,000 numbers.
      reply.type('application/json').serializer(JSON.stringify);
      return { ...columns, changes: records.filter((record) => keys.has(record.seriesKey)) };
    },
  );

  app.get(
    '/runs/:id/points',
    {
      schema: {
        summary: 'The values a run wrote to InfluxDB, one per series, with their units and spread',
        params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }),
        response: { 200: RunPoints, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const state = await getRun(runs, request.params.id);
      if (!state) throw new HttpError('HTTP_NOT_FOUND', `no run ${request.params.id}`);
      const requested = Date.parse(state.stages.requested ?? '');
      if (!Number.isFinite(requested) || !state.stages.published) return { runId: state.runId, points: [] };
      const at = (ms: number) => new Date(ms).toISOString();
      const groups = await influx().query(POINTS_OF_RUN, {
        suite: state.suite,
        runId: state.runId,
        from: at(requested - 1_000),
        to: at(requested + 1_000),
      });
      const points = groups.flatMap(({ tags, rows }) =>
        rows.flatMap((row) => {
          const value = num(row.value);
          if (value === undefined) return [];
          const identity = identityOfTags(tags);
          const extra = Object.fromEntries(
            (['stddev', 'samples', 'min', 'max', 'median', 'iterations'] as const).flatMap((field) =>
              num(row[field]) === undefined ? [] : [[field, num(row[field])!]],
            ),
          );
          return [{ key: seriesKeyOf(identity), series: identity, value, ...extra }];
        }),
      );
      return { runId: state.runId, points };
    },
  );
};
