import type { NodeSSH } from 'node-ssh';
import type { Logger } from 'pino';
import { assertId, assertRunDir } from './output-dir.ts';
import { KILL_RUN_SCRIPT, killGraceArgument, parseKillOutput } from './remote-scripts.ts';
import { deliveryMarker, runMarker } from './run-marker.ts';
import { execChecked } from './ssh/exec.ts';
import { withSftp } from './ssh/sftp.ts';
import { removeTree } from './ssh/sftp-remove-tree.ts';

export interface KillRunProcessesOptions {
  readonly runId: string;
  /** The run's dir, `<workDir>/runs/<runId>`: its `*.pgid` files name the process groups to kill. */
  readonly runDir: string;
  /** Time between SIGTERM and SIGKILL. Default 2 s. */
  readonly graceMs?: number;
  /** Only the processes this delivery of the run's message started (see run-marker.ts); all of the run's without. */
  readonly delivery?: string;
}

/** Kills every process of the run (or of one delivery) on the minion; resolves with the last signal that had to be sent. */
export async function killRunProcesses(
  ssh: NodeSSH,
  options: KillRunProcessesOptions,
): Promise<{ signal?: 'SIGTERM' | 'SIGKILL' }> {
  assertRunDir(options.runDir, options.runId);
  const output = await execChecked(ssh, `killing the processes of run ${options.runId}`, [
    'sh',
    '-c',
    KILL_RUN_SCRIPT,
    'benchline-kill-run',
    ...killArguments(options),
  ]);
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
  await execChecked(ssh, `cleaning up run ${runId} (kill its processes, remove ${outputDir})`, [
    'sh',
    '-c',
    KILL_THEN_REMOVE,
    KILL_RUN_SCRIPT,
    ...killArguments({ runId, runDir: outputDir, graceMs }),
  ]);
}

/**
 * Removes the run's dir, `<workDir>/runs/<runId>`, over SFTP: no shell, and no kill either, so only for
 * a run known to have nothing left alive (see cleanupAfterRun).
 */
export async function removeRunDir(
  ssh: NodeSSH,
  options: Pick<CleanupRunOptions, 'runId' | 'outputDir'>,
): Promise<void> {
  assertRunDir(options.outputDir, options.runId);
  await withSftp(ssh, (sftp) => removeTree(sftp, options.outputDir));
}

export interface CleanupAfterRunOptions extends CleanupRunOptions {
  /**
   * True only when every benchmark of this attempt ran through its wrapper and each wrapper reported
   * that its leftover kill left nothing of the run alive, and no earlier attempt ran (no redelivery).
   */
  readonly nothingLeftAlive: boolean;
  readonly logger: Logger;
}

/**
 * The cleanup at the end of a run: cleanupRun, unless the run's wrappers already proved nothing of it
 * is alive, in which case only its dir is left and goes over SFTP (saving the exec's login shell).
 */
export async function cleanupAfterRun(ssh: NodeSSH, options: CleanupAfterRunOptions): Promise<void> {
  if (options.nothingLeftAlive) {
    try {
      return await removeRunDir(ssh, options);
    } catch (error) {
      options.logger.warn(
        { err: error, runId: options.runId },
        'removing the run dir over SFTP failed; running the full cleanup',
      );
    }
  }
  await cleanupRun(ssh, options);
}

/** kill-run.sh's arguments after `$0`: MARKER GRACE_MS RUN_DIR [PGID_FILES]. */
function killArguments(options: KillRunProcessesOptions): string[] {
  const { runId, delivery, runDir } = options;
  const grace = killGraceArgument(options.graceMs);
  if (delivery === undefined) return [runMarker(runId), grace, runDir];
  assertId('delivery', delivery);
  return [deliveryMarker(runId, delivery), grace, runDir, `*.${delivery}.pgid`];
}
