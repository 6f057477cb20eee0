import { readFileSync } from 'node:fs';
import type { NodeSSH } from 'node-ssh';
import { assertRunDir } from './output-dir.ts';
import { execChecked } from './ssh/exec.ts';
import { runMarker } from './run-marker.ts';

/*
 * A shell script run on the minion (details at its top). It kills the run's process groups (recorded in
 * <runDir>/*.pgid) AND every process of the SSH user whose /proc/<pid>/environ holds BENCHLINE_RUN_ID=<runId>:
 * the group alone is not enough, because a benchmark's child can leave it (setsid, a daemon that double-forks)
 * while it still inherits the marker in its environment.
 */
const KILL_SCRIPT = readFileSync(new URL('./kill-run.sh', import.meta.url), 'utf8');

export interface KillRunProcessesOptions {
  readonly runId: string;
  /** The run's dir, `<workDir>/runs/<runId>`: its `*.pgid` files name the process groups to kill. */
  readonly runDir: string;
  /** Time between SIGTERM and SIGKILL. Default 2 s. */
  readonly graceMs?: number;
}

/** Kills every process of the run on the minion; resolves with the last signal that had to be sent. */
export async function killRunProcesses(ssh: NodeSSH, options: KillRunProcessesOptions): Promise<{ signal?: 'SIGTERM' | 'SIGKILL' }> {
  assertRunDir(options.runDir, options.runId);
  const graceMs = options.graceMs ?? 2_000;
  if (!Number.isInteger(graceMs) || graceMs < 0) throw new Error(`graceMs must be a non-negative integer, got ${graceMs}`);
  const output = await execChecked(ssh, `killing the processes of run ${options.runId}`, ['sh', '-c', KILL_SCRIPT, 'benchline-kill-run', runMarker(options.runId), String(graceMs), options.runDir]);
  const last = output.trim();
  return last === 'TERM' || last === 'KILL' ? { signal: `SIG${last}` } : {};
}

export interface CleanupRunOptions {
  readonly runId: string;
  /** The run's output dir, `<workDir>/runs/<runId>` (see output-dir.ts); removed with everything in it. */
  readonly outputDir: string;
  readonly graceMs?: number;
}

/**
 * Leaves the minion as it was before the run: no process of the run alive, no output dir.
 * Idempotent; call it after success, failure and timeout alike.
 */
export async function cleanupRun(ssh: NodeSSH, options: CleanupRunOptions): Promise<void> {
  await killRunProcesses(ssh, { runId: options.runId, runDir: options.outputDir, graceMs: options.graceMs });
  await execChecked(ssh, `removing the output dir of run ${options.runId}`, ['rm', '-rf', '--', options.outputDir]);
}
