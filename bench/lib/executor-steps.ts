import type { MinionConfig } from '@benchline/core';
import type { Logger } from 'pino';
import {
  benchmarkOutputDir,
  cleanupRun,
  connectMinion,
  fetchArtifact,
  RESULTS_FILE_NAME,
  runBenchmark,
  runDir,
} from '@benchline/executor/internal';
import { NOOP_BENCHMARK_NAME, NOOP_COMMAND } from './noop-suite.ts';

export const EXECUTOR_STEPS = [
  'connect',
  'one SSH exec of `true` (reference)',
  'run benchmark (incl. output dir and kill check)',
  'SFTP fetch',
  'cleanup',
] as const;
export type ExecutorStep = (typeof EXECUTOR_STEPS)[number];

/**
 * The executor's own SSH steps for the no-op benchmark, called directly and timed one by one: which
 * of the execution stage's fixed costs are SSH round trips.
 */
export async function timeExecutorSteps(
  minion: MinionConfig,
  checkoutDir: string,
  runId: string,
  logger: Logger,
): Promise<Record<ExecutorStep, number>> {
  const times = {} as Record<ExecutorStep, number>;
  const step = async <T>(name: ExecutorStep, action: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await action();
    } finally {
      times[name] = performance.now() - started;
    }
  };
  const ssh = await step('connect', () => connectMinion(minion, { logger }));
  try {
    await step('one SSH exec of `true` (reference)', () => ssh.execCommand('true'));
    const outputDir = benchmarkOutputDir(minion.workDir, runId, NOOP_BENCHMARK_NAME);
    const outcome = await step('run benchmark (incl. output dir and kill check)', () =>
      runBenchmark(ssh, {
        runId,
        delivery: '1-1',
        cwd: checkoutDir,
        argv: NOOP_COMMAND,
        parameters: { sleep: '0' },
        outputDir,
        timeoutMs: 60_000,
        logger,
      }),
    );
    if (outcome.exitCode !== 0)
      throw new Error(`the no-op benchmark exited with ${outcome.exitCode}: ${outcome.stderr}`);
    await step('SFTP fetch', () => fetchArtifact(ssh, { outputDir, path: RESULTS_FILE_NAME, maxBytes: 1024 * 1024 }));
    await step('cleanup', () => cleanupRun(ssh, { runId, outputDir: runDir(minion.workDir, runId) }));
  } finally {
    ssh.dispose();
  }
  return times;
}
