/**
 * Environment changes in a benchmark's history: where the minion's host facts (the `env`
 * fingerprint the publisher writes with every point) differ from those of the series' previous point.
 */

/** One run's environment, as the points of the run carry it; old points have none. */
type RunEnvironment = string | undefined;

/** Where some series' environment changes: at run `index`, from `from` (last seen at run `fromIndex`) to `to`. */
export interface EnvironmentShift {
  index: number;
  fromIndex: number;
  from: string;
  to: string;
  /** The series whose points change environment here, in the order given. */
  seriesKeys: string[];
}

/**
 * Walks each series' points in run order and reports every point whose environment differs from
 * the last one the series had (points without one are skipped, so history written before the
 * fingerprint existed marks nothing). Series that change at the same run between the same two
 * environments share one shift; shifts come in run order.
 */
export function environmentShifts(
  series: readonly { key: string; index: readonly number[] }[],
  environmentOfRun: readonly RunEnvironment[],
): EnvironmentShift[] {
  const shifts = new Map<string, EnvironmentShift>();
  for (const { key, index } of series) {
    let last: { at: number; env: string } | undefined;
    for (const at of index) {
      const env = environmentOfRun[at];
      if (env === undefined) continue;
      if (last && last.env !== env) {
        const id = `${at}\0${last.env}`;
        const shift = shifts.get(id);
        if (shift) shift.seriesKeys.push(key);
        else shifts.set(id, { index: at, fromIndex: last.at, from: last.env, to: env, seriesKeys: [key] });
      }
      last = { at, env };
    }
  }
  return [...shifts.values()].sort((a, b) => a.index - b.index);
}

/** The host facts as recorded with the points: name → value. */
export type HostFacts = Readonly<Record<string, string | number>>;

/** The names of the facts that differ between two environments, sorted; every fact when either is unknown. */
export function changedFacts(before: HostFacts | undefined, after: HostFacts | undefined): string[] {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  if (!before || !after) return names;
  return names.filter((name) => before[name] !== after[name]);
}
