import { suiteCheckoutDir } from '@benchline/core';
import { makeTempDir } from '@benchline/servers';
import { pino } from 'pino';
import { InfluxClient } from '@benchline/influx';
import { openHeliaStore } from '@benchline/publisher/internal';
import { startBenchStack } from './lib/bench-stack.ts';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { EXECUTOR_STEPS, timeExecutorSteps, type ExecutorStep } from './lib/executor-steps.ts';
import { floorRun, type FloorTiming } from './lib/floor.ts';
import { ms, table, times, verdict } from './lib/format.ts';
import { NOOP_SUITE_NAME } from './lib/noop-suite.ts';
import { STAGE_NAMES, type TimedRun } from './lib/stages.ts';
import { median, ratio, summarize } from './lib/stats.ts';

const TARGET_RATIO = 1.5;

/**
 * 1. Orchestration overhead: a no-op run through the whole pipeline (warm minion) against the
 * floor — SSH exec + SFTP fetch + InfluxDB write + IPFS add done directly — in the same process.
 */
export async function orchestration(argv: string[]): Promise<Figures> {
  const { runs } = benchArgs(argv, 20);
  const say = (message: string) => console.log(`[orchestration] ${message}`);
  const logger = pino({ level: 'warn' });
  const bench = await startBenchStack({ say });
  const ipfsDir = await makeTempDir('bench-floor-ipfs');
  const ipfs = await openHeliaStore(ipfsDir.path);
  try {
    const cold = await bench.run({});
    say(`cold run (provisions the minion): ${ms(cold.totalMs)}`);
    const pipeline: TimedRun[] = [];
    for (let index = 0; index < runs; index++) {
      const run = await bench.run({});
      if (!run.provisioningSkipped)
        throw new Error(`run ${run.runId} was not warm: Ansible ran again on an unchanged minion`);
      pipeline.push(run);
    }

    const minion = bench.stack.config.minions.local!;
    const influx = new InfluxClient({ ...bench.stack.config.influx, database: 'bench_floor', logger });
    await influx.ensureDatabase();
    const tools = { minion, influx, ipfs, logger };
    await floorRun(tools, 0); // warm-up: first connection, first write, first add
    const floor: FloorTiming[] = [];
    for (let index = 1; index <= runs; index++) floor.push(await floorRun(tools, index));

    const checkoutDir = suiteCheckoutDir(minion.workDir, NOOP_SUITE_NAME);
    const steps: Record<ExecutorStep, number>[] = [];
    for (let index = 0; index < runs; index++)
      steps.push(await timeExecutorSteps(minion, checkoutDir, `bench-steps-${index}`, logger));

    const pipelineStats = summarize(pipeline.map((run) => run.totalMs));
    const floorStats = summarize(floor.map((run) => run.totalMs));
    const medianRatio = ratio(pipelineStats.median, floorStats.median);
    console.log(`\nOrchestration overhead: no-op run, warm minion, ${runs} runs each (medians and p95 in ms)`);
    console.log(
      table([
        [
          'pipeline (POST accepted → run.published seen)',
          `median ${ms(pipelineStats.median)}, p95 ${ms(pipelineStats.p95)}`,
        ],
        [
          'floor (SSH exec + SFTP + InfluxDB + IPFS, direct)',
          `median ${ms(floorStats.median)}, p95 ${ms(floorStats.p95)}`,
        ],
        ['ratio at the median', `${times(medianRatio)}  ${verdict(medianRatio <= TARGET_RATIO, `≤ ${TARGET_RATIO}×`)}`],
        ['ratio at p95', times(ratio(pipelineStats.p95, floorStats.p95))],
      ]),
    );
    console.log('\nWhere the pipeline’s time goes (median per stage, from the events’ timestamps):');
    console.log(table(STAGE_NAMES.map((name) => [name, ms(median(pipeline.map((run) => run.stages[name])))])));
    console.log('\nThe floor’s parts (median):');
    console.log(
      table([
        ['SSH connect + exec + SFTP fetch', ms(median(floor.map((run) => run.steps.ssh)))],
        ['InfluxDB write', ms(median(floor.map((run) => run.steps.influx)))],
        ['IPFS add', ms(median(floor.map((run) => run.steps.ipfs)))],
      ]),
    );
    console.log('\nThe executor’s SSH steps for the same benchmark, called directly (median):');
    console.log(table(EXECUTOR_STEPS.map((step) => [step, ms(median(steps.map((run) => run[step])))])));

    return {
      benchmark: 'orchestration overhead (warm no-op run)',
      rows: [
        { label: 'pipeline median / p95', value: `${ms(pipelineStats.median)} / ${ms(pipelineStats.p95)}` },
        { label: 'floor median / p95', value: `${ms(floorStats.median)} / ${ms(floorStats.p95)}` },
        { label: 'ratio at the median', value: times(medianRatio) },
      ],
      targets: [{ what: `orchestration ≤ ${TARGET_RATIO}× floor at the median`, met: medianRatio <= TARGET_RATIO }],
    };
  } finally {
    await ipfs.close();
    await ipfsDir.remove();
    await bench.close();
  }
}

runAsScript(import.meta.url, orchestration);
