import { readFileSync } from 'node:fs';

/*
 * Shell scripts run on the minion, each passed whole as the script argument of `sh -c` (details at
 * their tops): only fixed text, every value arrives as a positional parameter.
 */

/**
 * Kills the run's process groups (recorded in <runDir>/*.pgid) AND every process of the SSH user whose
 * /proc/<pid>/environ holds BENCHLINE_RUN_ID=<runId>: the group alone is not enough, because a benchmark's
 * child can leave it (setsid, a daemon that double-forks) while it still inherits the marker in its environment.
 */
export const KILL_RUN_SCRIPT = readFileSync(new URL('./kill-run.sh', import.meta.url), 'utf8');

/** One benchmark in one SSH exec: fresh output dir, the benchmark in its own session, then the leftover kill. */
export const RUN_WRAPPER_SCRIPT = readFileSync(new URL('./run-wrapper.sh', import.meta.url), 'utf8');

/** What kill-run.sh prints on success: the last signal it had to send, if any. */
export function parseKillOutput(output: string): { signal?: 'SIGTERM' | 'SIGKILL' } {
  const last = output.trim();
  return last === 'TERM' || last === 'KILL' ? { signal: `SIG${last}` } : {};
}

const DEFAULT_KILL_GRACE_MS = 2_000;

/** The SIGTERM → SIGKILL grace as the scripts take it; they do arithmetic with it, so only a plain integer passes. */
export function killGraceArgument(graceMs = DEFAULT_KILL_GRACE_MS): string {
  if (!Number.isInteger(graceMs) || graceMs < 0)
    throw new Error(`graceMs must be a non-negative integer, got ${graceMs}`);
  return String(graceMs);
}
