import { identityOfTags, seriesKeyOf, type SeriesIdentity } from '@benchline/core';
import type { QuerySeries } from '@benchline/influx';

/** One x position: a run, its commit's place and its environment. */
export interface RunSlot {
  runId: string;
  commit: string;
  position: number | undefined;
  timeMs: number;
  env: string | undefined;
  /** Its minion was judged noisy during the run (publisher's noise canary): drawn, left out of the analysis. */
  noisy: boolean;
}

/** One series' rows as InfluxDB answered them, newest first, as columns. */
export interface RawSeries {
  key: string;
  identity: SeriesIdentity;
  runId: string[];
  timeMs: number[];
  /** Undefined for a row the chart does not draw (a confirmation or bisection run's, or one without a value). */
  value: (number | undefined)[];
  stddev: (number | null)[];
}

/** What places a run: its commit, the commit's place and the run's environment (the same on all its points). */
export interface RunFacts {
  commit: string;
  position: number | undefined;
  env: string | undefined;
  noisy: boolean;
}

/**
 * The rows one or more reads of a benchmark's history returned, kept so that a later read need only
 * add the points written since (see readNewer).
 */
export interface RawHistory {
  series: Map<string, RawSeries>;
  /** Of the runs the drawn rows belong to. */
  runs: Map<string, RunFacts>;
  /** The time of the newest row, whatever its purpose; undefined when there is none. */
  newestMs: number | undefined;
  /**
   * How many points of the benchmark these rows stand for, as pointCount counts them (every point
   * with a value). Never more than InfluxDB held when the rows were read, possibly fewer.
   */
  count: number;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export const emptyRawHistory = (count: number): RawHistory => ({
  series: new Map(),
  runs: new Map(),
  newestMs: undefined,
  count,
});

/**
 * Adds the rows of an answer of SELECT "value", "stddev", "run_id", "commit", "commit_position",
 * "purpose", "env", "noisy" … GROUP BY * ORDER BY time DESC, and returns how many of them have a value (what
 * count("value") counts over the same points). Reads the rows as InfluxDB sent them, by column index.
 */
export async function collectRows(groups: AsyncIterable<QuerySeries>, into: RawHistory): Promise<number> {
  let withValue = 0;
  for await (const group of groups) {
    const identity = identityOfTags(group.tags);
    const key = seriesKeyOf(identity);
    let rows = into.series.get(key);
    if (!rows) into.series.set(key, (rows = { key, identity, runId: [], timeMs: [], value: [], stddev: [] }));
    // A column the answer lacks is at -1, where every row holds undefined.
    const column = (name: string) => group.columns.indexOf(name);
    const [time, value, stddev, runIdAt] = [column('time'), column('value'), column('stddev'), column('run_id')];
    const [commit, position, purpose, env, noisy] = [
      column('commit'),
      column('commit_position'),
      column('purpose'),
      column('env'),
      column('noisy'),
    ];
    for (const row of group.values) {
      if (row[value] !== null && row[value] !== undefined) withValue++;
      const runId = String(row[runIdAt] ?? '');
      const timeMs = Number(row[time]);
      if (into.newestMs === undefined || timeMs > into.newestMs) into.newestMs = timeMs;
      const drawn = typeof row[purpose] === 'string' && row[purpose] !== '' ? undefined : num(row[value]);
      if (drawn !== undefined && !into.runs.has(runId))
        into.runs.set(runId, {
          commit: String(row[commit] ?? ''),
          position: num(row[position]),
          env: typeof row[env] === 'string' && row[env] !== '' ? row[env] : undefined,
          noisy: row[noisy] === true,
        });
      rows.runId.push(runId);
      rows.timeMs.push(timeMs);
      rows.value.push(drawn);
      rows.stddev.push(num(row[stddev]) ?? null);
    }
  }
  return withValue;
}
