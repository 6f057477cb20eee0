import { median } from '@benchline/analysis';
import type { SeriesPoint } from './series.ts';

/** One commit of a series' history: its runs (replicates of one point) merged. */
export interface CommitPoint {
  readonly commit: string;
  readonly position: number;
  /** Median of its runs' values. */
  readonly value: number;
  /** The run's own standard error when the commit has one run that reported samples. */
  readonly standardError?: number;
  readonly runIds: readonly string[];
  /** Its earliest run's time in ms. */
  readonly timeMs: number;
}

/**
 * The series on the default branch in commit order (CommitOrder positions), up to and including
 * `upToPosition`, runs of one commit merged into one point. Runs without a known position (from
 * before positions were recorded), runs of other refs and noisy runs are left out.
 */
export function mainlineHistory(
  points: readonly SeriesPoint[],
  upToPosition = Number.POSITIVE_INFINITY,
): CommitPoint[] {
  const byCommit = new Map<string, SeriesPoint[]>();
  for (const point of points) {
    if (point.noisy || point.position === undefined || !point.onDefaultBranch || point.position > upToPosition)
      continue;
    byCommit.set(point.commit, [...(byCommit.get(point.commit) ?? []), point]);
  }
  return [...byCommit.values()].map(commitPoint).sort((a, b) => a.position - b.position || a.timeMs - b.timeMs);
}

/** The runs of one commit (or of one run: a results file may repeat a series) as one point. */
export function commitPoint(runs: readonly SeriesPoint[]): CommitPoint {
  const first = runs[0]!;
  const standardError = runs.length === 1 ? first.standardError : undefined;
  return {
    commit: first.commit,
    position: first.position ?? 0,
    value: median(runs.map((run) => run.value)),
    ...(standardError !== undefined && { standardError }),
    runIds: [...new Set(runs.map((run) => run.runId))],
    timeMs: Math.min(...runs.map((run) => run.timeMs)),
  };
}
