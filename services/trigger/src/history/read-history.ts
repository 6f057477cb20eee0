import { identityOfTags, seriesKeyOf, type SeriesIdentity } from '@benchline/core';
import { RESULTS_MEASUREMENT, type InfluxClient } from '@benchline/influx';
import type { SeriesHistory } from '../schemas.ts';
import { describeShifts } from './environment-hosts.ts';
import { environmentShifts } from './environments.ts';

/** What GET /series/history asks for. */
export interface HistoryQuery {
  suite: string;
  benchmark: string;
  minion?: string;
  /** Most recent points per series. */
  limit: number;
}

/** The answer but the change points, which the analyzer and people update apart from the points. */
export type HistoryColumns = Omit<SeriesHistory, 'changes'>;

/** One x position: a run, its commit's place and its environment. */
export interface RunSlot {
  runId: string;
  commit: string;
  position: number | undefined;
  timeMs: number;
  env: string | undefined;
}

interface SeriesRows {
  key: string;
  identity: SeriesIdentity;
  runIds: string[];
  value: number[];
  stddev: (number | null)[];
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const benchmarkFilter = (query: HistoryQuery) =>
  `FROM "${RESULTS_MEASUREMENT}" WHERE "suite" = $suite AND "benchmark" = $benchmark${query.minion === undefined ? '' : ' AND "minion" = $minion'}`;

const benchmarkParams = ({ suite, benchmark, minion }: HistoryQuery) => ({
  suite,
  benchmark,
  ...(minion === undefined ? {} : { minion }),
});

/**
 * Only what the chart draws (value and spread) and what places a point: its run, the run's commit,
 * commit order and environment, and its purpose (confirmation and bisection runs are left out, as
 * the analyzer leaves them out). Every column costs InfluxDB time on each of the points.
 */
const HISTORY = (query: HistoryQuery) =>
  `SELECT "value", "stddev", "run_id", "commit", "commit_position", "purpose", "env" ${benchmarkFilter(query)}
GROUP BY * ORDER BY time DESC LIMIT ${query.limit}`;

/**
 * Every series of one benchmark as columns aligned to the runs in commit order (runs from before
 * commit order was recorded go by time), and where their environment changed. Reads InfluxDB's
 * answer series by series as it streams in.
 */
export async function readHistory(influx: InfluxClient, query: HistoryQuery): Promise<HistoryColumns> {
  const slots = new Map<string, RunSlot>();
  const bySeries = new Map<string, SeriesRows>();
  for await (const group of influx.querySeries(HISTORY(query), benchmarkParams(query))) {
    const identity = identityOfTags(group.tags);
    const key = seriesKeyOf(identity);
    let rows = bySeries.get(key);
    if (!rows) bySeries.set(key, (rows = { key, identity, runIds: [], value: [], stddev: [] }));
    for (const row of group.rows) {
      if (typeof row.purpose === 'string' && row.purpose !== '') continue;
      const value = num(row.value);
      if (value === undefined) continue;
      const runId = String(row.run_id ?? '');
      const timeMs = Number(row.time);
      const slot = slots.get(runId);
      if (!slot)
        slots.set(runId, {
          runId,
          commit: String(row.commit ?? ''),
          position: num(row.commit_position),
          timeMs,
          env: typeof row.env === 'string' && row.env !== '' ? row.env : undefined,
        });
      else if (timeMs < slot.timeMs) slot.timeMs = timeMs;
      rows.runIds.push(runId);
      rows.value.push(value);
      rows.stddev.push(num(row.stddev) ?? null);
    }
  }
  const runs = [...slots.values()].sort((a, b) =>
    a.position !== undefined && b.position !== undefined && a.position !== b.position
      ? a.position - b.position
      : a.timeMs - b.timeMs,
  );
  const indexOf = new Map(runs.map((slot, index) => [slot.runId, index]));
  const series = sortByIdentity([...bySeries.values()].map((rows) => inRunOrder(rows, indexOf)));
  const shifts = environmentShifts(
    series,
    runs.map((slot) => slot.env),
  );
  return {
    suite: query.suite,
    benchmark: query.benchmark,
    ...(query.minion === undefined ? {} : { minion: query.minion }),
    runs: runs.map(({ runId, commit, position, timeMs }) => ({
      runId,
      commit,
      timeMs,
      ...(position === undefined ? {} : { position }),
    })),
    series,
    environments: await describeShifts(influx, query, shifts, runs),
  };
}

/** A series' columns sorted by run index (InfluxDB answers newest first). */
function inRunOrder(rows: SeriesRows, indexOf: ReadonlyMap<string, number>): HistoryColumns['series'][number] {
  const index = rows.runIds.map((runId) => indexOf.get(runId)!);
  const order = index.map((_, at) => at).sort((a, b) => index[a]! - index[b]!);
  return {
    key: rows.key,
    identity: rows.identity,
    index: order.map((at) => index[at]!),
    value: order.map((at) => rows.value[at]!),
    stddev: order.map((at) => rows.stddev[at]!),
  };
}

/** Series by unit, metric, case and params: one chart per unit, in a stable order. */
function sortByIdentity<T extends { identity: SeriesIdentity }>(series: T[]): T[] {
  const sortKey = ({ identity }: T) => JSON.stringify([identity.unit, identity.metric, identity.case, identity.params]);
  return series
    .map((one) => ({ one, by: sortKey(one) }))
    .sort((a, b) => a.by.localeCompare(b.by))
    .map(({ one }) => one);
}

/**
 * How many points InfluxDB holds of the benchmark (all purposes, all refs): a fraction of the cost
 * of reading them. Points are only ever added (a redelivered run rewrites the same points), so the
 * count changes with every new run and every deletion: HistoryCache's test of freshness.
 */
export async function pointCount(influx: InfluxClient, query: HistoryQuery): Promise<number> {
  const [found] = await influx.query(`SELECT count("value") ${benchmarkFilter(query)}`, benchmarkParams(query));
  return num(found?.rows[0]?.count) ?? 0;
}
