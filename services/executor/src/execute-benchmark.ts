import type { NatsConnection } from '@nats-io/transport-node';
import type { ObjectStore } from '@nats-io/obj';
import type { NodeSSH } from 'node-ssh';
import {
  BenchmarkStatus,
  proto,
  runLogSubject,
  storeArtifact,
  type Artifact,
  type BenchmarkExecution,
  type Logger,
} from '@benchline/core';
import { ArtifactMissingError, ArtifactTooLargeError, InvalidArtifactPathError } from './errors.ts';
import { fetchArtifact } from './fetch-artifact.ts';
import { benchmarkOutputDir, RESULTS_FILE_NAME } from './output-dir.ts';
import type { ScheduledBenchmark } from './repetitions.ts';
import { runBenchmark } from './run-benchmark.ts';

export interface BenchmarkContext {
  ssh: NodeSSH;
  nc: NatsConnection;
  artifacts: ObjectStore;
  runId: string;
  /** The tag of the message delivery running the benchmarks (see deliveryTag). */
  delivery: string;
  workDir: string;
  checkoutDir: string;
  parameters: Record<string, string>;
  /** Put before every benchmark's command: the minion's per-process tuning (see tuningLauncher). */
  launcher: readonly string[];
  maxArtifactBytes: number;
  log: Logger;
  /** Fires when the run's lease is lost: the running benchmark is killed. */
  signal?: AbortSignal;
}

export interface ExecutedBenchmark {
  readonly execution: BenchmarkExecution;
  /** See BenchmarkOutcome.leftoversKilledByWrapper: decides how much cleanup the run needs. */
  readonly leftoversKilledByWrapper: boolean;
}

const encoder = new TextEncoder();

/**
 * Runs one benchmark (one repetition of it) on the minion and archives what it produced under
 * `<benchmark>/` (a repetition under `<benchmark>/repetition-<n>/`); never throws for the benchmark's own failures.
 */
export async function executeBenchmark(
  context: BenchmarkContext,
  { benchmark, repetition }: ScheduledBenchmark,
): Promise<ExecutedBenchmark> {
  const { ssh, nc, artifacts, runId, log } = context;
  // Repetitions share the output dir: the wrapper recreates it empty, and its files are fetched before the next.
  const outputDir = benchmarkOutputDir(context.workDir, runId, benchmark.name);
  const logSubject = runLogSubject(runId);
  const runLogLine = repetition > 0 ? { benchmark: benchmark.name, repetition } : { benchmark: benchmark.name };
  const outcome = await runBenchmark(ssh, {
    runId,
    delivery: context.delivery,
    cwd: context.checkoutDir,
    argv: [...context.launcher, ...benchmark.command],
    parameters: context.parameters,
    outputDir,
    timeoutMs: benchmark.timeoutSeconds * 1000,
    logger: log,
    signal: context.signal,
    onLine: (stream, line) => nc.publish(logSubject, encoder.encode(JSON.stringify({ ...runLogLine, stream, line }))),
  });
  const bundleDir = repetition > 0 ? `${benchmark.name}/repetition-${repetition}` : benchmark.name;
  const store = (path: string, content: Uint8Array | string) =>
    storeArtifact(artifacts, runId, `${bundleDir}/${path}`, content);
  const stdout = await store('stdout.log', outcome.stdout);
  const stderr = await store('stderr.log', outcome.stderr);

  const fetchAndStore = async (path: string, storedAs: string): Promise<Artifact> => {
    const fetched = await fetchArtifact(ssh, { outputDir, path, maxBytes: context.maxArtifactBytes });
    return store(storedAs, fetched.bytes);
  };

  const execution = proto.BenchmarkExecution.create({
    name: benchmark.name,
    exitCode: outcome.exitCode ?? -1,
    durationMs: outcome.durationMs,
    format: benchmark.format,
    stdout,
    stderr,
    repetition,
  }) as BenchmarkExecution;

  if (outcome.timedOut) {
    execution.status = BenchmarkStatus.BENCHMARK_STATUS_TIMED_OUT;
    execution.message = `killed after its ${benchmark.timeoutSeconds} s timeout`;
  } else if (outcome.exitCode !== 0) {
    execution.status = BenchmarkStatus.BENCHMARK_STATUS_FAILED;
    execution.message =
      outcome.exitCode === null ? `ended by ${outcome.signal ?? 'a signal'}` : `exited with code ${outcome.exitCode}`;
  } else {
    try {
      execution.results = await fetchAndStore(RESULTS_FILE_NAME, 'results');
      execution.status = BenchmarkStatus.BENCHMARK_STATUS_OK;
    } catch (error) {
      if (!isArtifactProblem(error)) throw error;
      execution.status =
        error instanceof ArtifactMissingError
          ? BenchmarkStatus.BENCHMARK_STATUS_NO_RESULTS
          : BenchmarkStatus.BENCHMARK_STATUS_ARTIFACT_ERROR;
      execution.message =
        error instanceof ArtifactMissingError
          ? 'exited 0 but wrote no results file ($BENCHLINE_RESULTS_FILE)'
          : error.message;
    }
  }

  const missing: string[] = [];
  for (const path of benchmark.artifacts) {
    try {
      execution.extra.push(await fetchAndStore(path, `artifacts/${path}`));
    } catch (error) {
      if (!isArtifactProblem(error)) throw error;
      missing.push(`${path}: ${error.message}`);
    }
  }
  if (missing.length > 0)
    execution.message = [execution.message, `artifacts not retrieved: ${missing.join('; ')}`]
      .filter(Boolean)
      .join('; ');
  return { execution, leftoversKilledByWrapper: outcome.leftoversKilledByWrapper };
}

function isArtifactProblem(error: unknown): error is Error {
  return (
    error instanceof ArtifactMissingError ||
    error instanceof ArtifactTooLargeError ||
    error instanceof InvalidArtifactPathError
  );
}
