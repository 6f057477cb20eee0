import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startBenchStack } from './lib/bench-stack.ts';
import { runAsScript, type Figures } from './lib/cli.ts';
import {
  controllerTotals,
  INFLUXD,
  isController,
  MINIONS,
  startCostWindow,
  type PartCost,
} from './lib/controller-cost.ts';
import { megabytes, ms, seconds, times, verdict } from './lib/format.ts';
import { grid } from './lib/grid.ts';
import { occupancy, runSpan, type RunSpan } from './lib/minion-timeline.ts';
import { provisionEveryMinion, queueRuns } from './lib/queue-runs.ts';
import { eventMarks } from './lib/stages.ts';
import { median, percentile } from './lib/stats.ts';
import { wallBreakdown, type WallBreakdown } from './lib/wall-breakdown.ts';

const BENCHMARK_SECONDS = 2;
const TARGET_RATIO = 1.1;
const TARGET_SIZE = 16;
const DEFAULT_SIZES = [1, 4, 16];
const DEFAULT_RUNS_PER_MINION = 50;

const OPTIONS = {
  sizes: { type: 'string' },
  'runs-per-minion': { type: 'string' },
  // What run-all passes to every script (`npm run bench -- --runs 5`): here, runs per minion.
  runs: { type: 'string' },
  out: { type: 'string' },
} as const;

interface SizeResult {
  size: number;
  runs: number;
  provisioningMs: number;
  wallMs: number;
  idealMs: number;
  costs: PartCost[];
  breakdown: WallBreakdown;
  spans: RunSpan[];
  heldMs: number[];
  idleGapsMs: number[];
  /** Per run: the provisioner's own timing of the warm check (fingerprint, minion connection, the ssh command). */
  warmCheckMs: number[];
  /** Per run: execution end → published (parse, IPFS, InfluxDB, and any wait for a publisher slot). */
  publishLagMs: number[];
  load: [number, number];
}

/**
 * 5. Fleet scaling (issue 21): for each fleet size, a fresh stack with that many minions (loopback
 * sshd each), provisioned once, then `--runs-per-minion` runs of a 2 s benchmark per minion
 * queued at once: wall time against the ideal (runs per minion × 2 s), and what the controller's
 * processes cost in CPU per run and in peak memory.
 */
export async function fleet(argv: string[]): Promise<Figures> {
  const { sizes, runsPerMinion } = fleetArgs(argv);
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measureSize(size, runsPerMinion));
  console.log(`\nFleet scaling: ${runsPerMinion} runs × ${BENCHMARK_SECONDS} s benchmark per minion`);
  console.log(report(results));
  const target = results.find((result) => result.size === TARGET_SIZE);
  return {
    benchmark: `fleet scaling (${sizes.join(', ')} minions, ${runsPerMinion} runs of 2 s per minion)`,
    rows: results.map((result) => ({
      label: `${result.size} minion${result.size === 1 ? '' : 's'}`,
      value:
        `${seconds(result.wallMs)} / ${seconds(result.idealMs)} (${times(result.wallMs / result.idealMs)}), ` +
        `controller CPU ${ms(controllerCpuMs(result) / result.runs)} per run, ` +
        `peak RSS ${megabytes(controllerPeakKb(result))}`,
    })),
    targets: target
      ? [{ what: `wall time ≤ ${TARGET_RATIO}× ideal at ${TARGET_SIZE} minions`, met: ratioOf(target) <= TARGET_RATIO }]
      : [],
  };
}

function fleetArgs(argv: string[]): { sizes: number[]; runsPerMinion: number } {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  if (values.runs !== undefined && values['runs-per-minion'] !== undefined)
    throw new Error('--runs and --runs-per-minion say the same thing: give one');
  const positive = (what: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${what} wants positive integers, got ${JSON.stringify(text)}`);
    return value;
  };
  const sizes =
    values.sizes === undefined ? DEFAULT_SIZES : values.sizes.split(',').map((text) => positive('--sizes', text));
  const runs = values['runs-per-minion'] ?? values.runs;
  return { sizes, runsPerMinion: runs === undefined ? DEFAULT_RUNS_PER_MINION : positive('--runs-per-minion', runs) };
}

/**
 * A stack of its own per size, not subsets of one 16-minion stack: peak RSS is a high-water mark
 * that only a fresh process shows per size, and no size inherits the streams, KV entries and
 * InfluxDB series the previous one left.
 */
async function measureSize(size: number, runsPerMinion: number): Promise<SizeResult> {
  const say = (message: string) => console.log(`[fleet ${size}] ${message}`);
  const bench = await startBenchStack({ minionCount: size, say });
  try {
    const provisioningMs = await provisionEveryMinion(bench);
    say(`provisioned ${size} minion(s) in parallel (cold) in ${seconds(provisioningMs)}`);

    const loadBefore = loadavg()[0]!;
    const window = await startCostWindow(bench);
    const runs = size * runsPerMinion;
    const queued = await queueRuns(bench, { runs, minions: bench.minions, benchmarkSeconds: BENCHMARK_SECONDS });
    const costs = await window.finish();
    say(
      `queued ${runs} runs in ${seconds(queued.queuedMs)}, all published after ${seconds(queued.finishedAt - queued.startedAt)}`,
    );
    for (const part of costs.filter((cost) => cost.vanished > 0))
      say(`warning: ${part.vanished} ${part.name} process(es) exited during the window; their CPU is not counted`);

    const spans = queued.published.map(runSpan);
    const { heldMs, idleGapsMs } = occupancy(spans);
    return {
      size,
      runs,
      provisioningMs,
      wallMs: queued.finishedAt - queued.startedAt,
      idealMs: runsPerMinion * BENCHMARK_SECONDS * 1000,
      costs,
      breakdown: wallBreakdown(spans, { ...queued, benchmarkMs: BENCHMARK_SECONDS * 1000 }),
      spans,
      heldMs,
      idleGapsMs,
      // A uint64: protobufjs decodes it as a Long, which Number() converts.
      warmCheckMs: queued.published.map((message) => Number(message.provisioning?.durationMs ?? 0)),
      publishLagMs: queued.published.map((message) => {
        const marks = eventMarks(message);
        return marks[5] - marks[4];
      }),
      load: [loadBefore, loadavg()[0]!],
    };
  } finally {
    await bench.close();
  }
}

const ratioOf = (result: SizeResult) => result.wallMs / result.idealMs;
const controllerCpuMs = (result: SizeResult) => controllerTotals(result.costs).cpuMs;
const controllerPeakKb = (result: SizeResult) => controllerTotals(result.costs).peakRssKb;
const allCpuMs = (result: SizeResult) => result.costs.reduce((sum, part) => sum + part.cpuMs, 0);

function report(results: readonly SizeResult[]): string {
  const cores = availableParallelism();
  const row = (label: string, value: (result: SizeResult) => string) => [label, ...results.map(value)];
  const part = (result: SizeResult, name: string) => result.costs.find((cost) => cost.name === name)!;
  const partRows = (format: (cost: PartCost, result: SizeResult) => string) =>
    results[0]!.costs
      .filter(isController)
      .map(({ name }) => row(`  ${name}`, (result) => format(part(result, name), result)));
  const both = (values: number[]) =>
    values.length === 0 ? '—' : `${ms(median(values))} / ${ms(percentile(values, 95))}`;
  const ratioCell = (result: SizeResult) =>
    result.size === TARGET_SIZE
      ? `${times(ratioOf(result))} ${verdict(ratioOf(result) <= TARGET_RATIO, `≤ ${TARGET_RATIO}×`)}`
      : times(ratioOf(result));
  return grid(
    ['minions', ...results.map((result) => String(result.size))],
    [
      row('runs', (result) => String(result.runs)),
      row('wall time (first POST → last published)', (result) => seconds(result.wallMs)),
      row(`ideal (runs per minion × ${BENCHMARK_SECONDS} s)`, (result) => seconds(result.idealMs)),
      row('ratio', ratioCell),
      row('load average (1 min) before → after', (result) => result.load.map((load) => load.toFixed(1)).join(' → ')),
      row('controller CPU per run (services, nats-server, ssh masters)', (result) =>
        ms(controllerCpuMs(result) / result.runs),
      ),
      ...partRows((part, result) => ms(part.cpuMs / result.runs)),
      row('controller CPU busy (cores, over the wall time)', (result) =>
        (controllerCpuMs(result) / result.wallMs).toFixed(2),
      ),
      row('influxd CPU per run (apart)', (result) => ms(part(result, INFLUXD).cpuMs / result.runs)),
      row('minions CPU per run (apart: sshd and all below it)', (result) =>
        ms(part(result, MINIONS).cpuMs / result.runs),
      ),
      row('all of it per run (controller, influxd, minions)', (result) => ms(allCpuMs(result) / result.runs)),
      row(`CPU floor on ${cores} cores (all of it ÷ cores) / ideal`, (result) =>
        times(allCpuMs(result) / cores / result.idealMs),
      ),
      row('peak RSS, controller total', (result) => megabytes(controllerPeakKb(result))),
      ...partRows((cost) => `${megabytes(cost.peakRssKb)}${cost.processes > 1 ? ` (${cost.processes})` : ''}`),
      row('peak RSS influxd (apart)', (result) => megabytes(part(result, INFLUXD).peakRssKb)),
      row('where the last minion’s time went:', () => ''),
      row('  first POST → its first provisioning', (result) => seconds(result.breakdown.firstStartMs)),
      row('  benchmarks (its runs × 2 s)', (result) => seconds(result.breakdown.benchmarkMs)),
      row('  held beyond the benchmark (warm check, SSH, fetch)', (result) => seconds(result.breakdown.overheadMs)),
      row('  hand-overs between its runs', (result) => seconds(result.breakdown.handOversMs)),
      row('  its last execution end → last published', (result) => seconds(result.breakdown.tailMs)),
      row('run held its minion (median / p95)', (result) => both(result.heldMs)),
      row('  provisioning (median / p95)', (result) => both(result.spans.map((span) => span.provisioningMs))),
      row('    warm check (fingerprint, ssh command)', (result) => both(result.warmCheckMs)),
      row('    the rest (commit order from git, ansible.log store)', (result) =>
        both(result.spans.map((span, index) => span.provisioningMs - result.warmCheckMs[index]!)),
      ),
      row(`  execution, incl. the ${BENCHMARK_SECONDS} s (median / p95)`, (result) =>
        both(result.spans.map((span) => span.executionMs)),
      ),
      row('idle between two runs (median / p95)', (result) => both(result.idleGapsMs)),
      row('executed → published (median / p95)', (result) => both(result.publishLagMs)),
      row('cold provisioning of all minions (before)', (result) => seconds(result.provisioningMs)),
    ],
  );
}

runAsScript(import.meta.url, fleet);
