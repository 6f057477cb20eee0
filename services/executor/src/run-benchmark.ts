import { posix } from 'node:path';
import type { NodeSSH } from 'node-ssh';
import type { Logger } from 'pino';
import type { ClientChannel } from 'ssh2';
import { killRunProcesses } from './cleanup.ts';
import { RemoteCommandError } from './errors.ts';
import { LineSplitter } from './line-splitter.ts';
import { assertBenchmarkOutputDir, processGroupFile, RESULTS_FILE_NAME, wrapperReportFile } from './output-dir.ts';
import { KILL_RUN_SCRIPT, killGraceArgument, RUN_WRAPPER_SCRIPT } from './remote-scripts.ts';
import { DELIVERY_ENV, deliveryMarker, RUN_ID_ENV } from './run-marker.ts';
import { buildCommandLine } from './ssh/remote-command.ts';
import { TailBuffer } from './tail-buffer.ts';
import { leftoverKillOutcome, readWrapperReport } from './wrapper-report.ts';

export type OutputStream = 'stdout' | 'stderr';

interface ExitStatus {
  readonly code: number | null;
  readonly signal?: string;
}

export interface RunBenchmarkOptions {
  readonly runId: string;
  /** The tag of the message delivery running it (see deliveryTag): its leftover kills touch nothing else. */
  readonly delivery: string;
  /** The suite checkout on the minion; the benchmark runs there. */
  readonly cwd: string;
  /** Program and arguments, never parsed by a shell; `{resultsFile}` and `{outputDir}` inside an element are replaced. */
  readonly argv: readonly string[];
  /** Added to the benchmark's environment. Names starting with BENCHLINE_ are reserved. */
  readonly env?: Readonly<Record<string, string>>;
  /** The run's parameter values; each reaches the benchmark as `BENCHLINE_PARAM_<name>`. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** The benchmark's output dir, `<workDir>/runs/<runId>/<benchmark>` (see benchmarkOutputDir); recreated empty first. */
  readonly outputDir: string;
  readonly timeoutMs: number;
  /** Called for every output line while the benchmark runs. */
  readonly onLine?: (stream: OutputStream, line: string) => void;
  readonly logger: Logger;
  /** SIGTERM → SIGKILL grace when the benchmark is stopped. Default 2 s. */
  readonly killGraceMs?: number;
  /** Memory cap per stream for the returned stdout/stderr; beyond it the beginning is dropped. Default 8 MiB. */
  readonly maxLogBytes?: number;
  /** Stops the benchmark early (the run's lease was lost): it is killed as on a timeout, `stopped` reports it. */
  readonly signal?: AbortSignal;
}

export interface BenchmarkOutcome {
  /**
   * The benchmark's exit code; null when it timed out. A benchmark that died of a signal nobody here sent
   * (a crash) shows as exit code = signal number, with a note from `setsid -w` on stderr: that is how
   * util-linux reports it, and the SSH exit status comes from setsid.
   */
  readonly exitCode: number | null;
  /** E.g. `SIGKILL`: the signal that ended it. */
  readonly signal?: string;
  readonly timedOut: boolean;
  /** True when `signal` stopped it. */
  readonly stopped: boolean;
  /**
   * True when the wrapper itself killed the benchmark's leftovers and reported that nothing of the run
   * is left alive; false when the kill had to come from here (a timeout, a wrapper that was killed).
   */
  readonly leftoversKilledByWrapper: boolean;
  /** How long the benchmark ran, measured on the minion; when it timed out, from the start until the timeout fired. */
  readonly durationMs: number;
  /** The last `maxLogBytes` of output, prefixed by a note when the beginning was dropped. */
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: number;
  readonly stderrBytes: number;
}

interface LeftoverKill {
  readonly signal?: string;
  /** The benchmark's duration as the wrapper measured it. */
  readonly durationMs?: number;
  readonly byWrapper?: boolean;
}

const DEFAULT_MAX_LOG_BYTES = 8 * 1024 * 1024;
// After the wrapper exited, its leftovers are dead: how long the SSH channel may take to deliver the rest of the output.
const DRAIN_MS = 1_000;
// After a kill from here, how long to wait for the SSH channel to report the end before abandoning it.
const CLOSE_WAIT_MS = 5_000;

/** Replaces `{resultsFile}` and `{outputDir}` in each argv element: literal text replacement, no shell involved. */
export function substitutePlaceholders(argv: readonly string[], outputDir: string): string[] {
  const values: Record<string, string> = { '{resultsFile}': resultsFilePath(outputDir), '{outputDir}': outputDir };
  return argv.map((arg) => arg.replace(/\{resultsFile\}|\{outputDir\}/g, (placeholder) => values[placeholder]!));
}

export function resultsFilePath(outputDir: string): string {
  return posix.join(outputDir, RESULTS_FILE_NAME);
}

/**
 * Runs one benchmark on the minion in its own session and process group (`setsid`), streaming its
 * output, in one SSH exec (run-wrapper.sh): the output dir is recreated empty first. It gets
 * BENCHLINE_RESULTS_FILE, BENCHLINE_OUTPUT_DIR, BENCHLINE_PARAM_<name> per parameter and the run marker
 * BENCHLINE_RUN_ID and delivery marker BENCHLINE_DELIVERY.
 * After it exits (by the wrapper, on the minion) and on timeout (by one more exec), every process of
 * this delivery of the run still alive is killed (SIGTERM, grace, SIGKILL) so nothing it started lingers into the next benchmark.
 */
export async function runBenchmark(ssh: NodeSSH, options: RunBenchmarkOptions): Promise<BenchmarkOutcome> {
  const { runId, outputDir, logger } = options;
  assertBenchmarkOutputDir(outputDir, runId);
  if (!(options.timeoutMs > 0)) throw new Error(`timeoutMs must be positive, got ${options.timeoutMs}`);
  const reserved = Object.keys(options.env ?? {}).filter((name) => name.startsWith('BENCHLINE_'));
  if (reserved.length > 0)
    throw new Error(`environment names starting with BENCHLINE_ are reserved: ${reserved.join(', ')}`);
  const graceMs = killGraceArgument(options.killGraceMs);
  const connection = ssh.connection;
  if (!connection) throw new Error('not connected to the minion');

  const { delivery } = options;
  const runDir = posix.dirname(outputDir);
  const wrapper = [
    'sh',
    '-c',
    RUN_WRAPPER_SCRIPT,
    KILL_RUN_SCRIPT,
    deliveryMarker(runId, delivery),
    graceMs,
    runDir,
    outputDir,
    processGroupFile(outputDir, delivery),
    wrapperReportFile(outputDir, delivery),
  ];
  const command = buildCommandLine([...wrapper, ...substitutePlaceholders(options.argv, outputDir)], {
    cwd: options.cwd,
    env: {
      ...options.env,
      ...Object.fromEntries(
        Object.entries(options.parameters ?? {}).map(([name, value]) => [`BENCHLINE_PARAM_${name}`, value]),
      ),
      [RUN_ID_ENV]: runId,
      [DELIVERY_ENV]: `${runId}.${delivery}`,
      BENCHLINE_OUTPUT_DIR: outputDir,
      BENCHLINE_RESULTS_FILE: resultsFilePath(outputDir),
    },
  });
  const started = Date.now();
  const channel = await new Promise<ClientChannel>((resolve, reject) => {
    connection.exec(command, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
  channel.end();

  const maxLogBytes = options.maxLogBytes ?? DEFAULT_MAX_LOG_BYTES;
  const logs = { stdout: new TailBuffer(maxLogBytes), stderr: new TailBuffer(maxLogBytes) };
  const lines = {
    stdout: new LineSplitter((line) => deliverLine(options, 'stdout', line)),
    stderr: new LineSplitter((line) => deliverLine(options, 'stderr', line)),
  };
  const collect = (stream: OutputStream) => (chunk: Buffer) => {
    logs[stream].push(chunk);
    lines[stream].push(chunk);
  };
  channel.on('data', collect('stdout'));
  channel.stderr.on('data', collect('stderr'));

  const closed = new Promise<void>((resolve) => channel.once('close', () => resolve()));
  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<'exited'>((resolve) => {
    // ssh2 names the signal with its SIG prefix already, e.g. `SIGKILL`.
    channel.once('exit', (code: number | null, signal?: string) => {
      exitStatus = { code, signal };
      resolve('exited');
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });

  const stopped = new Promise<'stopped'>((resolve) => {
    if (options.signal?.aborted) resolve('stopped');
    options.signal?.addEventListener('abort', () => resolve('stopped'), { once: true });
  });

  const first = await Promise.race([exited, closed.then(() => 'closed' as const), timedOut, stopped]);
  clearTimeout(timer);
  const elapsedMs = Date.now() - started;
  let killed: LeftoverKill;
  if (first === 'timeout' || first === 'stopped') {
    killed = await killRunProcesses(ssh, { runId, delivery, runDir, graceMs: options.killGraceMs });
  } else {
    await Promise.race([closed, delay(DRAIN_MS)]);
    killed = await afterWrapperEnded(ssh, options, exitStatus, logs.stderr);
  }
  if (killed.signal)
    logger.info(
      { runId, outputDir, signal: killed.signal, timedOut: first === 'timeout' },
      'killed leftover processes of the benchmark',
    );
  if (await Promise.race([closed.then(() => false), delay(CLOSE_WAIT_MS).then(() => true)])) {
    logger.warn(
      { runId, outputDir },
      'SSH channel of the benchmark did not close after its processes were killed; abandoning it',
    );
    channel.close();
  }
  lines.stdout.end();
  lines.stderr.end();

  // A channel that closed without an exit status (the connection broke) reports neither code nor signal.
  const killedFromHere = first === 'timeout' || first === 'stopped';
  const status = killedFromHere ? { code: null, signal: killed.signal } : (exitStatus ?? { code: null });
  return {
    exitCode: status.code,
    ...(status.signal ? { signal: status.signal } : {}),
    timedOut: first === 'timeout',
    stopped: first === 'stopped',
    leftoversKilledByWrapper: killed.byWrapper === true,
    durationMs: killed.durationMs ?? elapsedMs,
    stdout: logs.stdout.toString(),
    stderr: logs.stderr.toString(),
    stdoutBytes: logs.stdout.totalBytes,
    stderrBytes: logs.stderr.totalBytes,
  };
}

/**
 * The wrapper's report says whether the leftovers of the ended benchmark are dead. Without one, the
 * wrapper either failed before the benchmark (it exited with a code: the output dir could not be
 * prepared) or was killed itself (a signal): then the kill happens from here.
 */
async function afterWrapperEnded(
  ssh: NodeSSH,
  options: RunBenchmarkOptions,
  exitStatus: ExitStatus | undefined,
  stderr: TailBuffer,
): Promise<LeftoverKill> {
  const { runId, delivery, outputDir } = options;
  const report = await readWrapperReport(ssh, outputDir, delivery);
  if (report)
    return {
      ...leftoverKillOutcome(report, `killing the leftovers of the benchmark in ${outputDir}`),
      durationMs: report.durationMs,
      byWrapper: true,
    };
  if (exitStatus && exitStatus.code !== null)
    throw new RemoteCommandError(`recreating output dir ${outputDir}`, exitStatus.code, stderr.toString());
  return killRunProcesses(ssh, { runId, delivery, runDir: posix.dirname(outputDir), graceMs: options.killGraceMs });
}

function deliverLine(options: RunBenchmarkOptions, stream: OutputStream, line: string): void {
  try {
    options.onLine?.(stream, line);
  } catch (error) {
    options.logger.warn({ err: error, runId: options.runId, stream }, 'onLine callback threw; line dropped');
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
