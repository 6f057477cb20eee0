import type { RawHistory, RawSeries, RunFacts } from './raw-history.ts';

/**
 * `held` with the rows of `fresh` (all newer than any of `held`'s) in front, each series cut to its
 * `limit` most recent rows: what a full read with that LIMIT would have answered, drawn or not (a
 * bisection run's point takes its place in the LIMIT as it does in InfluxDB's answer). Keeps the facts
 * of only the runs a drawn row still refers to.
 */
export function mergeNewer(held: RawHistory, fresh: RawHistory, limit: number, count: number): RawHistory {
  const series = new Map<string, RawSeries>();
  for (const key of new Set([...held.series.keys(), ...fresh.series.keys()])) {
    const older = held.series.get(key);
    const newer = fresh.series.get(key);
    const cut = <T>(newest: readonly T[] = [], oldest: readonly T[] = []) => [...newest, ...oldest].slice(0, limit);
    series.set(key, {
      key,
      identity: (older ?? newer)!.identity,
      runId: cut(newer?.runId, older?.runId),
      timeMs: cut(newer?.timeMs, older?.timeMs),
      value: cut(newer?.value, older?.value),
      stddev: cut(newer?.stddev, older?.stddev),
    });
  }
  const runs = new Map<string, RunFacts>();
  for (const { runId, value } of series.values())
    runId.forEach((id, at) => {
      if (value[at] !== undefined && !runs.has(id)) runs.set(id, (held.runs.get(id) ?? fresh.runs.get(id))!);
    });
  return { series, runs, newestMs: fresh.newestMs ?? held.newestMs, count };
}
