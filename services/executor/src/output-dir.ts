import { posix } from 'node:path';

/**
 * Layout on the minion:
 *   <workDir>/runs/<runId>/                 the run's dir, removed by cleanupRun
 *   <workDir>/runs/<runId>/<benchmark>/     a benchmark's output dir (the `results` file, artifacts)
 *   <workDir>/runs/<runId>/<benchmark>.<delivery>.pgid    the process group id of a running benchmark and its leader's start time
 *   <workDir>/runs/<runId>/<benchmark>.<delivery>.report  what its wrapper reports once it ended (run-wrapper.sh)
 * where <delivery> is the tag of the message delivery that runs the benchmark (see run-marker.ts).
 */

const ID = /^[A-Za-z0-9_-]+$/;

/** The file a benchmark writes its results to, inside its output dir. */
export const RESULTS_FILE_NAME = 'results';

export function assertId(kind: string, value: string): void {
  if (!ID.test(value))
    throw new Error(`${kind} ${JSON.stringify(value)} is not a safe name: only letters, digits, _ and - are allowed`);
}

function assertWorkDir(workDir: string): void {
  if (!posix.isAbsolute(workDir) || workDir.split('/').includes('..')) {
    throw new Error(`minion workDir must be an absolute path without "..", got ${JSON.stringify(workDir)}`);
  }
}

export function runDir(workDir: string, runId: string): string {
  assertWorkDir(workDir);
  assertId('run id', runId);
  return posix.join(workDir, 'runs', runId);
}

export function benchmarkOutputDir(workDir: string, runId: string, benchmark: string): string {
  assertId('benchmark name', benchmark);
  return posix.join(runDir(workDir, runId), benchmark);
}

/** Refuses anything but `<absolute workDir>/runs/<runId>/<benchmark>`. */
export function assertBenchmarkOutputDir(dir: string, runId: string): void {
  assertId('benchmark name', posix.basename(dir));
  assertRunDir(posix.dirname(dir), runId);
}

/** Where run-benchmark records the process group of the benchmark writing into `outputDir` for `delivery`. */
export function processGroupFile(outputDir: string, delivery: string): string {
  assertId('delivery', delivery);
  return `${outputDir}.${delivery}.pgid`;
}

/** Where run-wrapper.sh reports on the benchmark writing into `outputDir` for `delivery` once it ended. */
export function wrapperReportFile(outputDir: string, delivery: string): string {
  assertId('delivery', delivery);
  return `${outputDir}.${delivery}.report`;
}

/** Refuses anything but `<absolute workDir>/runs/<runId>`: it is about to be removed recursively. */
export function assertRunDir(dir: string, runId: string): void {
  assertId('run id', runId);
  const trimmed = dir.replace(/\/+$/, '');
  const normalized = posix.normalize(trimmed);
  if (
    !posix.isAbsolute(dir) ||
    normalized !== trimmed ||
    posix.basename(normalized) !== runId ||
    posix.basename(posix.dirname(normalized)) !== 'runs'
  ) {
    throw new Error(`${JSON.stringify(dir)} is not a run output dir (<workDir>/runs/${runId})`);
  }
}
