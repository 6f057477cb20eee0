import { RESULTS_MEASUREMENT, type InfluxClient } from '@benchline/influx';
import type { SeriesHistory } from '../schemas.ts';
import { mergeNewer } from './merge-history.ts';
import { collectRows, emptyRawHistory, type RawHistory } from './raw-history.ts';

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
const COLUMNS = `SELECT "value", "stddev", "run_id", "commit", "commit_position", "purpose", "env", "noisy"`;

/**
 * The `limit` most recent points of every series of one benchmark, read series by series as the
 * answer streams in. `count` is pointCount's answer from before the read: the rows stand for at
 * least that many points.
 */
export async function readHistory(influx: InfluxClient, query: HistoryQuery, count: number): Promise<RawHistory> {
  const raw = emptyRawHistory(count);
  await collectRows(
    influx.querySeries(
      `${COLUMNS} ${benchmarkFilter(query)} GROUP BY * ORDER BY time DESC LIMIT ${query.limit}`,
      benchmarkParams(query),
    ),
    raw,
  );
  return raw;
}

/**
 * `held` brought up to date by reading only the points after its newest, or undefined when those
 * cannot be all that changed. The points are timestamped by the publisher with their run's request
 * time (plus under 1 ms hashed from the run id), not with the time they were written: a run requested
 * before `held`'s newest point but published after it (a longer run on another minion), or one whose
 * points were split over several writes, adds points at or before that time, which this read does
 * not see. So the new points are checked to be all that was added: pointCount, taken after this read,
 * must equal held.count plus the points it read. Taken after, any point added meanwhile or before
 * `held`'s newest time is counted but not read, and held.count is never more than `held` stands for,
 * so the two agree only if the read saw every point added since `held` was read (a deletion exactly
 * offset by as many late points would go unseen, as it would by the cache's count). Times are in
 * whole ms (the client reads epoch=ms) while points are in ns: the read starts 1 ms after the newest
 * held, so a point in that same ms but written later is counted, not read, and a full read follows.
 */
export async function readNewer(
  influx: InfluxClient,
  query: HistoryQuery,
  held: RawHistory,
): Promise<RawHistory | undefined> {
  if (held.newestMs === undefined) return undefined;
  const fresh = emptyRawHistory(0);
  const read = await collectRows(
    influx.querySeries(`${COLUMNS} ${benchmarkFilter(query)} AND time >= $since GROUP BY * ORDER BY time DESC`, {
      ...benchmarkParams(query),
      since: new Date(held.newestMs + 1).toISOString(),
    }),
    fresh,
  );
  const count = await pointCount(influx, query);
  return held.count + read === count ? mergeNewer(held, fresh, query.limit, count) : undefined;
}

/**
 * How many points InfluxDB holds of the benchmark (all purposes, all refs): a fraction of the cost
 * of reading them. Points are only ever added (a redelivered run rewrites the same points), so the
 * count changes with every new run and every deletion: HistoryCache's test of freshness, and
 * readNewer's that it read every point added.
 */
export async function pointCount(influx: InfluxClient, query: HistoryQuery): Promise<number> {
  const [found] = await influx.query(`SELECT count("value") ${benchmarkFilter(query)}`, benchmarkParams(query));
  return num(found?.rows[0]?.count) ?? 0;
}
