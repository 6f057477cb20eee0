import type { RunState } from '@benchline/core';
import { decodeSampleValues, type InfluxClient, RESULTS_MEASUREMENT, SAMPLE_VALUES_FIELD } from '@benchline/influx';
import type { Centre } from './statistics.ts';

export interface SeriesPoint {
  series: { benchmark: string; case: string; metric: string; unit: string; params: Record<string, string> };
  minion: string;
  centre: Centre;
}

const POINTS_OF_RUN = `SELECT "value", "stddev", "samples", "${SAMPLE_VALUES_FIELD}", "run_id" FROM "${RESULTS_MEASUREMENT}"
WHERE "suite" = $suite AND "run_id" = $runId AND time >= $from AND time <= $to GROUP BY *`;

/** What matches a series across runs: benchmark, case, metric, unit and parameters (not ref or minion). */
export const seriesKey = ({ benchmark, case: name, metric, unit, params }: SeriesPoint['series']) =>
  JSON.stringify([
    benchmark,
    name,
    metric,
    unit,
    Object.keys(params)
      .sort()
      .map((key) => [key, params[key]]),
  ]);

/** The points a run wrote, found by its run id within a second of its request time (their timestamp). */
export async function pointsOfRun(influx: InfluxClient, state: RunState): Promise<SeriesPoint[]> {
  const requested = Date.parse(state.stages.requested ?? '');
  if (!Number.isFinite(requested)) return [];
  const at = (ms: number) => new Date(ms).toISOString();
  const groups = await influx.query(POINTS_OF_RUN, {
    suite: state.suite,
    runId: state.runId,
    from: at(requested - 1_000),
    to: at(requested + 1_000),
  });
  return groups.flatMap(({ tags, rows }) =>
    rows.flatMap((row): SeriesPoint[] => {
      if (typeof row.value !== 'number') return [];
      const params = Object.fromEntries(
        Object.entries(tags)
          .filter(([name, value]) => name.startsWith('param_') && value !== '')
          .map(([name, value]) => [name.slice(6), value]),
      );
      const sampleValues = decodeSampleValues(row[SAMPLE_VALUES_FIELD]);
      return [
        {
          series: {
            benchmark: tags.benchmark ?? '',
            case: tags.case ?? '',
            metric: tags.metric ?? '',
            unit: tags.unit ?? '',
            params,
          },
          minion: tags.minion ?? '',
          centre: {
            value: row.value,
            ...(typeof row.stddev === 'number' ? { stddev: row.stddev } : {}),
            ...(typeof row.samples === 'number' ? { samples: row.samples } : {}),
            ...(sampleValues ? { sampleValues } : {}),
          },
        },
      ];
    }),
  );
}
