import { RESULTS_MEASUREMENT, type InfluxClient } from '@benchline/influx';
import { identityOfTags, seriesKeyOf } from '@benchline/core';
import type { Series, SeriesPoint } from './series.ts';

export interface BenchmarkAddress {
  readonly suite: string;
  readonly benchmark: string;
  readonly minion: string;
}

/**
 * Most recent points read per series: four times a verdict's default window, so a change point
 * among them has levels well measured on both sides. Older change points were found (and stored)
 * when the runs around them were analyzed; reading the whole history again on every run would make
 * a run's analysis cost grow with the age of the series.
 */
export const HISTORY_LIMIT = 120;

/** Tags that vary within one series (the same series is run at many refs). */
const NOT_IDENTITY = new Set(['ref']);

const COLUMNS =
  '"value", "stddev", "samples", "commit", "run_id", "commit_position", "on_default_branch", "purpose", "noisy"';
const WHERE = '"suite" = $suite AND "benchmark" = $benchmark AND "minion" = $minion';

/**
 * Every series of one of a suite's benchmarks on one minion, with its most recent points (InfluxDB
 * is the system of record), one series at a time as InfluxDB streams them: grouped by every tag of
 * a series' identity, so the runs of one series at several refs come together, and the memory
 * held is one series' history whatever the number of series.
 */
export async function* readBenchmarkHistory(
  influx: Pick<InfluxClient, 'query' | 'querySeries'>,
  address: BenchmarkAddress,
): AsyncGenerator<Series> {
  const params = { ...address };
  const [keys] = await influx.query(`SHOW TAG KEYS FROM "${RESULTS_MEASUREMENT}" WHERE ${WHERE}`, params);
  const identityTags = (keys?.rows ?? []).map((row) => String(row.tagKey)).filter((key) => !NOT_IDENTITY.has(key));
  if (identityTags.length === 0) return;
  const groupBy = identityTags.map((key) => `"${key.replace(/["\\]/g, '\\$&')}"`).join(', ');
  const query = `SELECT ${COLUMNS} FROM "${RESULTS_MEASUREMENT}" WHERE ${WHERE} GROUP BY ${groupBy} ORDER BY time DESC LIMIT ${HISTORY_LIMIT}`;
  for await (const group of influx.querySeries(query, params)) {
    const identity = identityOfTags(group.tags);
    const points: SeriesPoint[] = [];
    for (const row of group.rows) {
      const point = pointOfRow(row);
      if (point) points.push(point);
    }
    yield { identity, key: seriesKeyOf(identity), points };
  }
}
function pointOfRow(row: Readonly<Record<string, unknown>>): SeriesPoint | undefined {
  // Confirmation and bisection runs (field `purpose`) measure on the bisector's behalf: never history.
  if (typeof row.purpose === 'string' && row.purpose !== '') return undefined;
  const value = row.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const stddev = row.stddev;
  const samples = row.samples;
  const position = row.commit_position;
  return {
    runId: String(row.run_id ?? ''),
    commit: String(row.commit ?? ''),
    value,
    ...(typeof stddev === 'number' &&
      typeof samples === 'number' &&
      samples > 1 && { standardError: stddev / Math.sqrt(samples) }),
    ...(typeof position === 'number' && { position }),
    onDefaultBranch: row.on_default_branch === true,
    ...(row.noisy === true && { noisy: true }),
    timeMs: Number(row.time),
  };
}
