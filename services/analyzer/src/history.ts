import type { InfluxClient } from '@benchline/influx';
import { RESULTS_MEASUREMENT } from '@benchline/influx';
import { identityOfTags, seriesKeyOf, type Series, type SeriesPoint } from './series.ts';

export interface BenchmarkAddress {
  readonly suite: string;
  readonly benchmark: string;
  readonly minion: string;
}

/** Most recent points read per series and ref: far more than a verdict's window, enough for change points. */
export const HISTORY_LIMIT = 1_000;

const QUERY = `SELECT "value", "stddev", "samples", "commit", "run_id", "commit_position", "on_default_branch"
FROM "${RESULTS_MEASUREMENT}" WHERE "suite" = $suite AND "benchmark" = $benchmark AND "minion" = $minion
GROUP BY * ORDER BY time DESC LIMIT ${HISTORY_LIMIT}`;

/**
 * Every series of one of a suite's benchmarks on one minion, with its points (InfluxDB is the
 * system of record), in one query. InfluxDB groups by every tag, `ref` included; the analyzer's
 * series are by commit, so the groups of one identity at several refs are merged.
 */
export async function readBenchmarkHistory(influx: Pick<InfluxClient, 'query'>, address: BenchmarkAddress): Promise<Series[]> {
  const bySeries = new Map<string, { identity: Series['identity']; points: SeriesPoint[] }>();
  for (const group of await influx.query(QUERY, { ...address })) {
    const identity = identityOfTags(group.tags);
    const key = seriesKeyOf(identity);
    const series = bySeries.get(key) ?? { identity, points: [] };
    bySeries.set(key, series);
    for (const row of group.rows) {
      const point = pointOfRow(row);
      if (point) series.points.push(point);
    }
  }
  return [...bySeries].map(([key, { identity, points }]) => ({ identity, key, points }));
}

function pointOfRow(row: Readonly<Record<string, unknown>>): SeriesPoint | undefined {
  const value = row.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const stddev = row.stddev;
  const samples = row.samples;
  const position = row.commit_position;
  return {
    runId: String(row.run_id ?? ''),
    commit: String(row.commit ?? ''),
    value,
    ...(typeof stddev === 'number' && typeof samples === 'number' && samples > 1 && { standardError: stddev / Math.sqrt(samples) }),
    ...(typeof position === 'number' && { position }),
    onDefaultBranch: row.on_default_branch === true,
    timeMs: Number(row.time),
  };
}
