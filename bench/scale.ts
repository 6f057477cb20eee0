import { startBenchStack } from './lib/bench-stack.ts';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { controllerTotals, isController, startCostWindow } from './lib/controller-cost.ts';
import { megabytes, ms, seconds, table, times, verdict } from './lib/format.ts';
import { occupancy, runSpan } from './lib/minion-timeline.ts';
import { provisionEveryMinion, queueRuns } from './lib/queue-runs.ts';
import { median, percentile } from './lib/stats.ts';

const MINIONS = 4;
const BENCHMARK_SECONDS = 2;
const TARGET_RATIO = 1.2;

/**
 * 3. Scale: `--runs` (default 200) runs of a 2 s benchmark queued at once on 4 minions (loopback
 * sshd instances, each provisioned once beforehand); wall time against the ideal runs × 2 s / 4,
 * the controller's CPU per run and the peak memory of each service, nats-server and the ssh masters.
 */
export async function scale(argv: string[]): Promise<Figures> {
  const { runs } = benchArgs(argv, 200);
  const say = (message: string) => console.log(`[scale] ${message}`);
  const bench = await startBenchStack({ minionCount: MINIONS, say });
  try {
    const provisioningMs = await provisionEveryMinion(bench);
    say(`provisioned ${bench.minions.length} minions in parallel (cold) in ${seconds(provisioningMs)}`);

    const window = await startCostWindow(bench);
    const queued = await queueRuns(bench, { runs, minions: bench.minions, benchmarkSeconds: BENCHMARK_SECONDS });
    const costs = await window.finish();
    say(`queued ${runs} runs in ${seconds(queued.queuedMs)}`);
    const wallMs = queued.finishedAt - queued.startedAt;
    const controller = controllerTotals(costs);
    const memory = costs.filter(isController).map(({ name, peakRssKb }) => [name, peakRssKb] as const);

    const idealMs = Math.ceil(runs / bench.minions.length) * BENCHMARK_SECONDS * 1000;
    const wallRatio = wallMs / idealMs;
    const spans = queued.published.map(runSpan);
    const { heldMs, idleGapsMs } = occupancy(spans);
    console.log(`\nScale: ${runs} runs × ${BENCHMARK_SECONDS} s benchmark on ${bench.minions.length} minions`);
    console.log(
      table([
        ['wall time (first POST → last published)', seconds(wallMs)],
        ['ideal (runs × 2 s / minions)', seconds(idealMs)],
        ['ratio', `${times(wallRatio)}  ${verdict(wallRatio <= TARGET_RATIO, `≤ ${TARGET_RATIO}×`)}`],
        ['controller CPU per run (services, nats-server, ssh masters)', ms(controller.cpuMs / runs)],
        ...memory.map(([name, kb]) => [`peak RSS ${name}`, megabytes(kb)] as [string, string]),
      ]),
    );
    console.log('\nWhere a minion’s time goes (median, p95):');
    const both = (values: number[]) => `${ms(median(values))}, ${ms(percentile(values, 95))}`;
    console.log(
      table([
        ['held by a run (provisioning start → execution end)', both(heldMs)],
        ['  provisioning (warm check)', both(spans.map((span) => span.provisioningMs))],
        [`  execution (incl. the ${BENCHMARK_SECONDS} s benchmark)`, both(spans.map((span) => span.executionMs))],
        ['idle between two runs (lease freed → next provisioning)', both(idleGapsMs)],
      ]),
    );
    return {
      benchmark: `scale (${runs} runs, ${bench.minions.length} minions, 2 s each)`,
      rows: [
        { label: 'wall time / ideal', value: `${seconds(wallMs)} / ${seconds(idealMs)}` },
        { label: 'ratio', value: times(wallRatio) },
        { label: 'peak RSS', value: memory.map(([name, kb]) => `${name} ${megabytes(kb)}`).join(', ') },
      ],
      targets: [{ what: `wall time ≤ ${TARGET_RATIO}× ideal`, met: wallRatio <= TARGET_RATIO }],
    };
  } finally {
    await bench.close();
  }
}

runAsScript(import.meta.url, scale);
