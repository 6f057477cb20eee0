import { startBenchStack } from './lib/bench-stack.ts';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { ms, table, times } from './lib/format.ts';
import type { TimedRun } from './lib/stages.ts';
import { median } from './lib/stats.ts';

/**
 * 4. Cold vs warm provisioning: on a fresh data dir and minion, the first run (Ansible provisions
 * the suite) against repeat runs on the unchanged minion (the warm check skips Ansible).
 */
export async function provisioning(argv: string[]): Promise<Figures> {
  const { runs } = benchArgs(argv, 3);
  const say = (message: string) => console.log(`[provisioning] ${message}`);
  const bench = await startBenchStack({ say });
  try {
    const cold = await bench.run({});
    if (cold.provisioningSkipped) throw new Error('the first run on a fresh minion skipped Ansible');
    const warm: TimedRun[] = [];
    for (let index = 0; index < runs; index++) {
      const run = await bench.run({});
      if (!run.provisioningSkipped) throw new Error(`repeat run ${run.runId} ran Ansible on an unchanged minion`);
      warm.push(run);
    }
    const coldMs = cold.stages.provisioning;
    const warmMs = median(warm.map((run) => run.stages.provisioning));
    const coldTotal = cold.totalMs;
    const warmTotal = median(warm.map((run) => run.totalMs));
    console.log(`\nCold vs warm provisioning (warm: median of ${runs} repeat runs)`);
    console.log(
      table([
        ['provisioning, first run (Ansible)', ms(coldMs)],
        ['provisioning, repeat run (warm check, Ansible skipped)', ms(warmMs)],
        ['ratio cold / warm', times(coldMs / warmMs)],
        ['whole run, first (accepted → published)', ms(coldTotal)],
        ['whole run, repeat', ms(warmTotal)],
      ]),
    );
    return {
      benchmark: 'cold vs warm provisioning',
      rows: [
        { label: 'provisioning cold / warm', value: `${ms(coldMs)} / ${ms(warmMs)}` },
        { label: 'ratio', value: times(coldMs / warmMs) },
        { label: 'whole run cold / warm', value: `${ms(coldTotal)} / ${ms(warmTotal)}` },
      ],
      targets: [],
    };
  } finally {
    await bench.close();
  }
}

runAsScript(import.meta.url, provisioning);
