import type { NatsConnection } from '@nats-io/transport-node';
import type { EventOf } from '@benchline/core';
import { gitRepository, requestRun, watchRun, type GitRepository, type Stack } from '@benchline/local';

/**
 * A real benchmark for the analysis tests, committed as `bench.mjs` into a suite repository: a loop
 * of `work.txt` iterations, timed by the CPU time the process used, each round right after the same
 * loop with a fixed number of iterations (the reference). It reports the work's time as a multiple
 * of the reference's (metric `relative_time`, unit `x`), the median of seven rounds, with all seven as samples and their
 * stddev (InfluxDB gets no stddev from samples alone; compare needs one). Three rounds run untimed
 * first while V8 tiers the loop up. Why a ratio: on this 2-core VM, CPU time alone moved by 12 %
 * over the first minute of a freshly started stack (other work on the sibling hardware thread slows
 * the loop down), which hid a 15 % step; the reference slows down alike, and the ratio stays put.
 * A commit that raises `work.txt` makes it slower for real, in the measured code.
 */
export const LOOP_BENCHMARK = `
import { readFileSync, writeFileSync } from 'node:fs';
const work = Number(readFileSync('work.txt', 'utf8'));
const REFERENCE = 10000000;
let sink = 0;
const cpuMs = (iterations, seed) => {
  const started = process.cpuUsage();
  let x = seed;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) % 1000003;
  sink += x;
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
for (let round = 0; round < 3; round++) cpuMs(REFERENCE, round) + cpuMs(work, round);
const samples = [];
for (let round = 0; round < 7; round++) {
  const reference = cpuMs(REFERENCE, round);
  samples.push(cpuMs(work, round) / reference);
}
const sorted = [...samples].sort((a, b) => a - b);
const value = sorted[3];
console.log('loop:', value.toFixed(4), 'x the reference loop, median of', samples.length, 'rounds');
const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
const stddev = Math.sqrt(samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1));
writeFileSync(process.env.BENCHLINE_RESULTS_FILE, JSON.stringify({ version: 1, meta: { sink },
  benchmarks: [{ name: 'loop', metric: 'relative_time', unit: 'x', value, stddev, samples }] }));
`;

/** The suite (as under `suites:` in the config) whose benchmark `loop` is LOOP_BENCHMARK, from `repo`. */
export const loopSuite = (repo: string) => ({
  repo,
  defaultRef: 'main',
  setupInputs: [],
  benchmarks: [{ name: 'loop', command: ['node', 'bench.mjs'], format: 'benchline' }],
});

/**
 * A suite repository of LOOP_BENCHMARK with one commit per entry of `work` (the loop's iterations at
 * that commit), `files` beside it in every commit; the commits' shas, oldest first.
 */
export async function loopRepository(
  path: string,
  work: readonly number[],
  files: Readonly<Record<string, string>> = {},
): Promise<{ repo: GitRepository; shas: string[] }> {
  const repo = await gitRepository(path, { name: 'Benchline tests', email: 'tests@benchline.invalid' });
  const shas: string[] = [];
  for (const [index, iterations] of work.entries()) {
    shas.push(
      await repo.commit(`commit ${index + 1}`, {
        ...files,
        'bench.mjs': LOOP_BENCHMARK,
        'work.txt': String(iterations),
        'notes.txt': `commit ${index + 1}\n`,
      }),
    );
  }
  return { repo, shas };
}

/** Waits for the run to be analyzed; its `analyzed` event, or an error saying where it failed. */
export async function untilAnalyzed(nc: NatsConnection, runId: string): Promise<EventOf<'analyzed'>> {
  const watcher = await watchRun(
    nc,
    runId,
    () => undefined,
    () => undefined,
    'analyzed',
  );
  const final = await watcher.finished.finally(() => watcher.stop());
  if (final.stage !== 'analyzed')
    throw new Error(`run ${runId} failed at ${final.message.stage}: ${final.message.reason}`);
  return final;
}

/**
 * One run of `suite` (the same benchmark as a suite of its own) before anything is measured: right
 * after start-up the services are still busy, and the first run measured up to 17 % slow.
 */
export async function warmUp(stack: Stack, nc: NatsConnection, suite: string, ref: string): Promise<void> {
  const { runId } = await requestRun(stack, { suite, ref });
  await untilAnalyzed(nc, runId);
}
