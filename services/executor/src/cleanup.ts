import type { NodeSSH } from 'node-ssh';
import { assertRunDir } from './output-dir.ts';
import { KILL_RUN_SCRIPT, killGraceArgument, parseKillOutput } from './remote-scripts.ts';
import { runMarker } from './run-marker.ts';
import { execChecked } from './ssh/exec.ts';

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
  const output = await execChecked(ssh, `killing the processes of run ${options.runId}`, ['sh', '-c', KILL_RUN_SCRIPT, 'benchline-kill-run', ...killArguments(options)]);
  return parseKillOutput(output);
}

export interface CleanupRunOptions {
  readonly runId: string;
  /** The run's output dir, `<workDir>/runs/<runId>` (see output-dir.ts); removed with everything in it. */
  readonly outputDir: string;
  readonly graceMs?: number;
}

// Runs kill-run.sh ($0) with the remaining arguments; only once nothing of the run is alive, removes the run dir ($3).
const KILL_THEN_REMOVE = 'sh -c "$0" benchline-kill-run "$@" && rm -rf -- "$3"';

/**
 * Leaves the minion as it was before the run: no process of the run alive, no output dir.
 * One SSH exec. Idempotent; call it after success, failure and timeout alike.
 */
export async function cleanupRun(ssh: NodeSSH, options: CleanupRunOptions): Promise<void> {
  const { runId, outputDir, graceMs } = options;
  assertRunDir(outputDir, runId);
  await execChecked(ssh, `cleaning up run ${runId} (kill its processes, remove ${outputDir})`, ['sh', '-c', KILL_THEN_REMOVE, KILL_RUN_SCRIPT, ...killArguments({ runId, runDir: outputDir, graceMs })]);
}

/** kill-run.sh's arguments after `$0`: MARKER GRACE_MS RUN_DIR. */
function killArguments(options: KillRunProcessesOptions): string[] {
  return [runMarker(options.runId), killGraceArgument(options.graceMs), options.runDir];
}
