import type { EventOf } from '@benchline/core';
import { requestRun } from '@benchline/local';
import type { BenchStack } from './bench-stack.ts';
import { NOOP_SUITE_NAME } from './noop-suite.ts';
import { followTerminalEvents } from './terminal-events.ts';

/** Requests in flight at once while queueing: as a busy CI would send them. */
const POST_CONCURRENCY = 8;
/** How many times the ideal wall time the runs may take before the bench gives up. */
const TIMEOUT_FACTOR = 5;

/** One run on every minion at once, so that each is provisioned (cold, with Ansible) before the timed runs; ms taken. */
export async function provisionEveryMinion(bench: BenchStack): Promise<number> {
  const started = performance.now();
  await Promise.all(bench.minions.map((minion) => bench.run({ minion })));
  return performance.now() - started;
}

export interface QueuedRuns {
  /** Epoch ms just before the first POST, and when the last run was seen published. */
  startedAt: number;
  finishedAt: number;
  /** First POST → last 202. */
  queuedMs: number;
  /** Every run's published event. */
  published: EventOf<'published'>['message'][];
}

/**
 * POSTs `runs` runs of the no-op suite sleeping `benchmarkSeconds`, spread round-robin over
 * `minions`, all at once (a few requests in flight, as a busy CI sends them), and waits until
 * each one is published; throws if any failed.
 */
export async function queueRuns(
  bench: BenchStack,
  options: { runs: number; minions: readonly string[]; benchmarkSeconds: number },
): Promise<QueuedRuns> {
  const { runs, minions, benchmarkSeconds } = options;
  const terminal = await followTerminalEvents(bench.nc);
  try {
    const startedAt = Date.now();
    const runIds: string[] = [];
    let next = 0;
    const post = async () => {
      while (next < runs) {
        const index = next++;
        const { runId } = await requestRun(bench.stack, {
          suite: NOOP_SUITE_NAME,
          minion: minions[index % minions.length],
          parameters: { sleep: String(benchmarkSeconds) },
        });
        runIds.push(runId);
      }
    };
    await Promise.all(Array.from({ length: POST_CONCURRENCY }, post));
    const queuedMs = Date.now() - startedAt;
    const idealMs = Math.ceil(runs / minions.length) * benchmarkSeconds * 1000;
    const outcomes = [...(await terminal.outcomes(runIds, idealMs * TIMEOUT_FACTOR)).values()];
    const finishedAt = Date.now();
    const failures = outcomes.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : []));
    if (failures.length > 0) throw new Error(`${failures.length} run(s) failed, e.g. ${failures[0]}`);
    const published = outcomes.flatMap((outcome) => ('published' in outcome ? [outcome.published.message] : []));
    return { startedAt, finishedAt, queuedMs, published };
  } finally {
    await terminal.close();
  }
}
