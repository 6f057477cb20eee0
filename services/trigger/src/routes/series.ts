import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getRun, identityOfTags, seriesKeyOf, type ChangeRecord, type SeriesIdentity } from '@benchline/core';
import { InfluxClient, RESULTS_MEASUREMENT, type QuerySeries } from '@benchline/influx';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { HistoryQuery, problemResponses, RunPoints, SeriesHistory } from '../schemas.ts';

/** Tags that vary within one series (the same series is run at many refs), as the analyzer reads history. */
const NOT_IDENTITY = new Set(['ref']);
interface Point {
  runId: string;
  commit: string;
  position: number | undefined;
  timeMs: number;
  value: number;
  stddev: number | undefined;
  samples: number | undefined;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const HISTORY = (
  limit: number,
  withMinion: boolean,
) => `SELECT "value", "stddev", "samples", "commit", "run_id", "commit_position", "purpose"
FROM "${RESULTS_MEASUREMENT}" WHERE "suite" = $suite AND "benchmark" = $benchmark${withMinion ? ' AND "minion" = $minion' : ''}
GROUP BY * ORDER BY time DESC LIMIT ${limit}`;

const POINTS_OF_RUN = `SELECT "value", "stddev", "samples", "min", "max", "median", "iterations" FROM "${RESULTS_MEASUREMENT}"
WHERE "suite" = $suite AND "run_id" = $runId AND time >= $from AND time <= $to GROUP BY *`;

/**
 * GET /series/history: every series of one benchmark with its points in commit order, and their
 * change points; GET /runs/:id/points: the values a run wrote. Both read InfluxDB, the system of record.
 */
export const seriesRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs, changes, log }) => {
  let influx: InfluxClient | undefined;
  const influxClient = () =>
    (influx ??= new InfluxClient({ ...config.influx, logger: log, retry: { maxElapsedMs: 10_000 } }));

  app.get(
    '/series/history',
    {
      schema: {
        summary:
          "The history of every series of one benchmark: one entry per run in commit order, each series' values (with spread) aligned to it, and the change points",
        description:
          "Runs are ordered by their commit's place on the suite's default branch (`commit_position`), then by time; confirmation and bisection runs are left out, as the analyzer leaves them out. Series are keyed as the analyzer keys them, so `changes[].seriesKey` names one of `series[].key`.",
        querystring: HistoryQuery,
        response: { 200: SeriesHistory, ...problemResponses(400) },
      },
    },
    async (request) => {
      const { suite, benchmark, minion } = request.query;
      const limit = request.query.limit;
      const groups: QuerySeries[] = await influxClient().query(HISTORY(limit, minion !== undefined), {
        suite,
        benchmark,
        ...(minion === undefined ? {} : { minion }),
      });
      const bySeries = new Map<string, { identity: SeriesIdentity; points: Point[] }>();
      for (const group of groups) {
        const identity = identityOfTags(
          Object.fromEntries(Object.entries(group.tags).filter(([name]) => !NOT_IDENTITY.has(name))),
        );
        const key = seriesKeyOf(identity);
        const entry = bySeries.get(key) ?? { identity, points: [] };
        bySeries.set(key, entry);
        for (const row of group.rows) {
          if (typeof row.purpose === 'string' && row.purpose !== '') continue;
          const value = num(row.value);
          if (value === undefined) continue;
          entry.points.push({
            runId: String(row.run_id ?? ''),
            commit: String(row.commit ?? ''),
            position: num(row.commit_position),
            timeMs: Number(row.time),
            value,
            stddev: num(row.stddev),
            samples: num(row.samples),
          });
        }
      }
      // One x slot per run, in commit order (runs from before commit order was recorded go by time).
      const slots = new Map<string, { runId: string; commit: string; position: number | undefined; timeMs: number }>();
      for (const { points } of bySeries.values()) {
        for (const point of points) {
          const slot = slots.get(point.runId);
          if (!slot)
            slots.set(point.runId, {
              runId: point.runId,
              commit: point.commit,
              position: point.position,
              timeMs: point.timeMs,
            });
          else if (point.timeMs < slot.timeMs) slot.timeMs = point.timeMs;
        }
      }
      const ordered = [...slots.values()].sort((a, b) =>
        a.position !== undefined && b.position !== undefined && a.position !== b.position
          ? a.position - b.position
          : a.timeMs - b.timeMs,
      );
      const indexOf = new Map(ordered.map((slot, index) => [slot.runId, index]));
      const series = [...bySeries.entries()]
        .map(([key, { identity, points }]) => {
          const sorted = points
            .map((point) => ({ point, index: indexOf.get(point.runId)! }))
            .sort((a, b) => a.index - b.index);
          return {
            key,
            identity,
            index: sorted.map(({ index }) => index),
            value: sorted.map(({ point }) => point.value),
            stddev: sorted.map(({ point }) => point.stddev ?? null),
            samples: sorted.map(({ point }) => point.samples ?? null),
          };
        })
        .sort((a, b) =>
          JSON.stringify([a.identity.unit, a.identity.metric, a.identity.case, a.identity.params]).localeCompare(
            JSON.stringify([b.identity.unit, b.identity.metric, b.identity.case, b.identity.params]),
          ),
        );
      const keys = new Set(series.map((entry) => entry.key));
      const found: ChangeRecord[] = (await changes.list({ suite, limit: 10_000 })).filter((record) =>
        keys.has(record.seriesKey),
      );
      return {
        suite,
        benchmark,
        ...(minion === undefined ? {} : { minion }),
        runs: ordered.map((slot) => ({
          runId: slot.runId,
          commit: slot.commit,
          timeMs: slot.timeMs,
          ...(slot.position === undefined ? {} : { position: slot.position }),
        })),
        series,
        changes: found,
      };
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
      const groups = await influxClient().query(POINTS_OF_RUN, {
        suite: state.suite,
        runId: state.runId,
        from: at(requested - 1_000),
        to: at(requested + 1_000),
      });
      const points = groups.flatMap(({ tags, rows }) =>
        rows.flatMap((row) => {
          const value = num(row.value);
          if (value === undefined) return [];
          const identity = identityOfTags(
            Object.fromEntries(Object.entries(tags).filter(([name]) => !NOT_IDENTITY.has(name))),
          );
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
