import type { NatsConnection } from '@nats-io/transport-node';
import { requestRun, watchRun, type Stack } from '@benchline/local';

/**
 * A real benchmark for the analysis tests, committed as `bench.mjs` into a suite repository: a fixed
 * number of loop iterations (read from `work.txt`), timed seven times by the CPU time the process
 * used (so other work on a busy test machine barely moves it). It reports the fastest as the value,
 * with all seven as samples and their stddev (InfluxDB gets no stddev from samples alone; compare
 * needs one). A commit that raises `work.txt` makes it slower for real, in the measured code.
 */
export const LOOP_BENCHMARK = `
import { readFileSync, writeFileSync } from 'node:fs';
const work = Number(readFileSync('work.txt', 'utf8'));
const samples = [];
let sink = 0;
for (let round = 0; round < 7; round++) {
  const started = process.cpuUsage();
  let x = round;
  for (let i = 0; i < work; i++) x = (x * 31 + i) % 1000003;
  sink += x;
  const used = process.cpuUsage(started);
  samples.push((used.user + used.system) / 1000);
}
console.log('loop: fastest of', samples.length, 'rounds', Math.min(...samples).toFixed(2), 'ms');
const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
const stddev = Math.sqrt(samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1));
writeFileSync(process.env.BENCHLINE_RESULTS_FILE, JSON.stringify({ version: 1, meta: { sink },
  benchmarks: [{ name: 'loop', unit: 'ms', value: Math.min(...samples), stddev, samples }] }));
`;

/**
 * One run of `suite` (the same benchmark as a suite of its own) before anything is measured: right
 * after start-up the services are still busy, and the first run measured up to 17 % slow.
 */
export async function warmUp(stack: Stack, nc: NatsConnection, suite: string, ref: string): Promise<void> {
  const { runId } = await requestRun(stack, { suite, ref });
  const watcher = await watchRun(
    nc,
    runId,
    () => undefined,
    () => undefined,
    'analyzed',
  );
  await watcher.finished.finally(() => watcher.stop());
}
