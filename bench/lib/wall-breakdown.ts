import type { RunSpan } from './minion-timeline.ts';

/**
 * The wall time of a batch of queued runs (first POST → last run seen published), split along the
 * minion that finished last: the parts add up to the wall time.
 */
export interface WallBreakdown {
  minion: string;
  runs: number;
  /** First POST → its first run's provisioning start. */
  firstStartMs: number;
  /** runs × the benchmark's own duration: the ideal. */
  benchmarkMs: number;
  /** Σ over its runs of (time held − the benchmark): warm checks, SSH execs, fetch, cleanup. */
  overheadMs: number;
  /** Σ of the idle gaps between its runs (lease freed → next provisioning start). */
  handOversMs: number;
  /** Its last execution end → the last run seen published. */
  tailMs: number;
}

export function wallBreakdown(
  spans: readonly RunSpan[],
  window: { startedAt: number; finishedAt: number; benchmarkMs: number },
): WallBreakdown {
  if (spans.length === 0) throw new Error('no runs to break the wall time down');
  const last = spans.reduce((latest, span) => (span.endMs > latest.endMs ? span : latest));
  const own = spans.filter((span) => span.minion === last.minion).sort((a, b) => a.startMs - b.startMs);
  const heldMs = own.reduce((sum, span) => sum + span.endMs - span.startMs, 0);
  const busyMs = last.endMs - own[0]!.startMs;
  const benchmarkMs = own.length * window.benchmarkMs;
  return {
    minion: last.minion,
    runs: own.length,
    firstStartMs: own[0]!.startMs - window.startedAt,
    benchmarkMs,
    overheadMs: heldMs - benchmarkMs,
    handOversMs: busyMs - heldMs,
    tailMs: window.finishedAt - last.endMs,
  };
}
