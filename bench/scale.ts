import { join } from 'node:path';
import { requestRun, SERVICE_NAMES } from '@benchline/local';
import { startBenchStack } from './lib/bench-stack.ts';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { megabytes, ms, seconds, table, times, verdict } from './lib/format.ts';
import { occupancy, runSpan } from './lib/minion-timeline.ts';
import { NOOP_SUITE_NAME } from './lib/noop-suite.ts';
import { natsServerPid, peakRssKb } from './lib/peak-memory.ts';
import { followTerminalEvents } from './lib/terminal-events.ts';
import { median, percentile } from './lib/stats.ts';

const MINIONS = 4;
const BENCHMARK_SECONDS = 2;
const TARGET_RATIO = 1.2;
/** Requests in flight at once while queueing: as a busy CI would send them. */
const POST_CONCURRENCY = 8;

/**
 * 3. Scale: `--runs` (default 200) runs of a 2 s benchmark queued at once on 4 minions (loopback
 * sshd instances, each provisioned once beforehand); wall time against the ideal runs × 2 s / 4,
 * and the peak memory of nats-server and each service.
 */
export async function scale(argv: string[]): Promise<Figures> {
  const { runs } = benchArgs(argv, 200);
  const say = (message: string) => console.log(`[scale] ${message}`);
  const bench = await startBenchStack({ minionCount: MINIONS, say });
  try {
    const warmUp = performance.now();
    await Promise.all(bench.minions.map((minion) => bench.run({ minion })));
    say(`provisioned ${bench.minions.length} minions in parallel (cold) in ${seconds(performance.now() - warmUp)}`);

    const terminal = await followTerminalEvents(bench.nc);
    const started = performance.now();
    const runIds: string[] = [];
    let next = 0;
    const post = async () => {
      while (next < runs) {
        const index = next++;
        const { runId } = await requestRun(bench.stack, {
          suite: NOOP_SUITE_NAME,
          minion: bench.minions[index % bench.minions.length],
          parameters: { sleep: String(BENCHMARK_SECONDS) },
        });
        runIds.push(runId);
      }
    };
    await Promise.all(Array.from({ length: POST_CONCURRENCY }, post));
    say(`queued ${runs} runs in ${seconds(performance.now() - started)}`);
    const outcomes = [...(await terminal.outcomes(runIds, runs * BENCHMARK_SECONDS * 1000 * 5)).values()];
    const wallMs = performance.now() - started;
    await terminal.close();
    const failures = outcomes.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : []));
    if (failures.length > 0) throw new Error(`${failures.length} run(s) failed, e.g. ${failures[0]}`);
    const published = outcomes.flatMap((outcome) => ('published' in outcome ? [outcome.published] : []));

    const memory: [string, number][] = [
      ['nats-server', await peakRssKb(await natsServerPid(join(bench.dataDir, 'nats')))],
    ];
    for (const name of SERVICE_NAMES) memory.push([name, await peakRssKb(bench.stack.services.get(name)!.child.pid!)]);

    const idealMs = Math.ceil(runs / bench.minions.length) * BENCHMARK_SECONDS * 1000;
    const wallRatio = wallMs / idealMs;
    const spans = published.map(({ message }) => runSpan(message));
    const { heldMs, idleGapsMs } = occupancy(spans);
    console.log(`\nScale: ${runs} runs × ${BENCHMARK_SECONDS} s benchmark on ${bench.minions.length} minions`);
    console.log(
      table([
        ['wall time (first POST → last published)', seconds(wallMs)],
        ['ideal (runs × 2 s / minions)', seconds(idealMs)],
        ['ratio', `${times(wallRatio)}  ${verdict(wallRatio <= TARGET_RATIO, `≤ ${TARGET_RATIO}×`)}`],
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
