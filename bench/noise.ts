import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { pino } from 'pino';
import { parse as parseYaml } from 'yaml';
import type { MinionConfig, RunPublished } from '@benchline/core';
import { connectMinion, runCanary } from '@benchline/executor/internal';
import { MINION_NAME, requestRun, startStack, type Stack } from '@benchline/local';
import { parseResults } from '@benchline/results';
import { makeTempDir, startSshd } from '@benchline/servers';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { finishRun } from './lib/finish-run.ts';
import { ms, table } from './lib/format.ts';
import { median } from './lib/stats.ts';

/**
 * 5. Noise: the coefficient of variation (standard deviation / mean) of every series of the example
 * suite (sizes up to 1 MB) over --runs runs (default 10) in three variants, run interleaved (A B C A B C …) so that a drift
 * of the machine touches all three alike:
 *   plain        each benchmark once per run, as configured;
 *   repetitions  `repetitions: 3` on each benchmark: the run's value of a series is the median of its three;
 *   tuned        what this machine allows without changing it for anyone else: the benchmarks and the
 *                canary pinned to the last CPU (`reservedCpus`) and run without ASLR (`aslr: off`).
 * Plus the noise canary: its own spread per variant and what it adds to a run (timed over SSH alone).
 */

const EXAMPLE_SUITE = 'ipfs-example';
const REPEATED_SUITE = 'ipfs-example-repeated';
const TUNED_MINION = 'tuned';
const REPETITIONS = 3;
const CANARY_TIMINGS = 10;
/** The example's parameters up to 1 MB: a run takes seconds, not a minute. */
const PARAMETERS = { sizes: '1KB,64KB,1MB', iterations: '5' };
const RUN_TIMEOUT_MS = 10 * 60 * 1000;
const SUITE_FILE = new URL('../examples/ipfs-suite/benchline-suite.yaml', import.meta.url);

interface Variant {
  readonly label: string;
  readonly suite: string;
  readonly minion: string;
}

/** One run's values: series → its values in this run (one per repetition). */
type RunValues = Map<string, number[]>;

interface VariantOutcome {
  readonly variant: Variant;
  readonly runs: RunValues[];
  readonly canarySeconds: number[];
}

export async function noise(argv: string[]): Promise<Figures> {
  const { runs } = benchArgs(argv, 10);
  const say = (message: string) => console.log(`[noise] ${message}`);
  const dir = await makeTempDir('bench-noise');
  const tunedSshd = await startSshd({ dir: join(dir.path, 'sshd-tuned') });
  const reservedCpu = String(cpus().length - 1);
  const tunedMinion: MinionConfig = {
    host: tunedSshd.host,
    port: tunedSshd.port,
    user: tunedSshd.user,
    privateKeyFile: tunedSshd.clientKey.privateKeyPath,
    hostKey: tunedSshd.hostKey,
    workDir: join(dir.path, 'minions', TUNED_MINION),
    tuning: { aslr: 'off', reservedCpus: reservedCpu },
  };
  let stack: Stack | undefined;
  try {
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say,
      // The stack keeps the example suite's repository at <dataDir>/example-suite.
      extraSuites: { [REPEATED_SUITE]: await repeatedExampleSuite(join(dir.path, 'example-suite')) },
      extraMinions: { [TUNED_MINION]: tunedMinion },
    });
    const variants: Variant[] = [
      { label: 'plain', suite: EXAMPLE_SUITE, minion: MINION_NAME },
      { label: `repetitions ×${REPETITIONS}`, suite: REPEATED_SUITE, minion: MINION_NAME },
      { label: `tuned (CPU ${reservedCpu}, ASLR off)`, suite: EXAMPLE_SUITE, minion: TUNED_MINION },
    ];
    const outcomes = variants.map((variant): VariantOutcome => ({ variant, runs: [], canarySeconds: [] }));
    say('one untimed run per variant (provisioning, npm ci, caches)');
    for (const variant of variants) await runOnce(stack, variant);
    for (let index = 1; index <= runs; index++) {
      for (const outcome of outcomes) {
        const run = await runOnce(stack, outcome.variant);
        outcome.runs.push(await runValues(stack, run));
        outcome.canarySeconds.push(run.execution?.canary?.seconds ?? Number.NaN);
      }
      say(`round ${index}/${runs} done`);
    }
    const canaryCost = await timeCanary(stack.config.minions[MINION_NAME]!);
    return report(outcomes, canaryCost, runs);
  } finally {
    await stack?.stop();
    await tunedSshd.stop();
    await dir.remove();
  }
}

async function repeatedExampleSuite(repo: string): Promise<Record<string, unknown>> {
  const suite = parseYaml(await readFile(SUITE_FILE, 'utf8')) as { benchmarks: Record<string, unknown>[] };
  return {
    ...suite,
    repo,
    benchmarks: suite.benchmarks.map((benchmark) => ({ ...benchmark, repetitions: REPETITIONS })),
  };
}

async function runOnce(stack: Stack, variant: Variant): Promise<RunPublished> {
  const nc = await connect({ servers: stack.nats.url, name: 'benchline-bench-noise' });
  try {
    const { runId } = await requestRun(stack, { suite: variant.suite, minion: variant.minion, parameters: PARAMETERS });
    return await finishRun(nc, runId, `run ${runId} (${variant.label})`, RUN_TIMEOUT_MS);
  } finally {
    await nc.close();
  }
}

/** Every result of the run, read back from its IPFS bundle and parsed as the publisher parses it. */
async function runValues(stack: Stack, run: RunPublished): Promise<RunValues> {
  const values: RunValues = new Map();
  const cid = run.publication?.cid;
  for (const benchmark of run.execution?.benchmarks ?? []) {
    const path = benchmark.results?.path;
    if (!cid || !path) throw new Error(`run ${run.request?.runId}: ${benchmark.name} has no results`);
    const response = await fetch(`${stack.gatewayUrl}/ipfs/${cid}/${path}`);
    if (!response.ok) throw new Error(`bundle ${cid}/${path}: HTTP ${response.status}`);
    const format = benchmark.format && benchmark.format !== 'auto' ? benchmark.format : undefined;
    const parsed = parseResults(new Uint8Array(await response.arrayBuffer()), { file: path, format });
    for (const result of parsed.results) {
      const params = Object.entries(result.params)
        .map(([name, value]) => `${name}=${value}`)
        .join(',');
      const series = `${benchmark.name}/${result.benchmark} ${result.metric}${params ? ` (${params})` : ''} [${result.unit}]`;
      values.set(series, [...(values.get(series) ?? []), result.value]);
    }
  }
  return values;
}

/** The canary exactly as the executor runs it, on an open SSH connection: its cost per run, the exec included. */
async function timeCanary(minion: MinionConfig): Promise<{ wallMs: number; roundsMs: number }> {
  const ssh = await connectMinion(minion, { logger: pino({ level: 'silent' }) });
  try {
    const wall: number[] = [];
    const rounds: number[] = [];
    for (let index = 0; index < CANARY_TIMINGS; index++) {
      const started = performance.now();
      const canary = await runCanary(ssh, { launcher: [], env: {} });
      wall.push(performance.now() - started);
      rounds.push((canary.roundSeconds ?? []).reduce((sum, seconds) => sum + seconds, 0) * 1000);
    }
    return { wallMs: median(wall), roundsMs: median(rounds) };
  } finally {
    ssh.dispose();
  }
}

function coefficientOfVariation(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / mean;
}

/** Per series: the CV across runs of the run's value (the median of its repetitions). */
function seriesCv(runs: readonly RunValues[]): Map<string, number> {
  const cvs = new Map<string, number>();
  for (const series of runs[0]?.keys() ?? []) {
    const perRun = runs.map((values) => median(values.get(series) ?? []));
    cvs.set(series, coefficientOfVariation(perRun));
  }
  return cvs;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

function report(
  outcomes: readonly VariantOutcome[],
  canary: { wallMs: number; roundsMs: number },
  runs: number,
): Figures {
  const cvs = outcomes.map((outcome) => seriesCv(outcome.runs));
  const series = [...cvs[0]!.keys()].sort();
  console.log(`\nCoefficient of variation over ${runs} runs (${outcomes.map((o) => o.variant.label).join(' | ')})`);
  console.log(table(series.map((name) => [name, cvs.map((cv) => percent(cv.get(name) ?? Number.NaN)).join(' | ')])));
  const medians = cvs.map((cv) => median([...cv.values()]));
  const canaryCvs = outcomes.map((outcome) => coefficientOfVariation(outcome.canarySeconds));
  const canaryMedians = outcomes.map((outcome) => median(outcome.canarySeconds) * 1000);
  console.log('');
  console.log(
    table([
      ...outcomes.map(
        (outcome, index) =>
          [`median CV of the ${series.length} series, ${outcome.variant.label}`, percent(medians[index]!)] as const,
      ),
      ...outcomes.map(
        (outcome, index) =>
          [
            `canary, ${outcome.variant.label}: median / CV`,
            `${ms(canaryMedians[index]!)} / ${percent(canaryCvs[index]!)}`,
          ] as const,
      ),
      ['canary cost per run: SSH exec, median wall', ms(canary.wallMs)],
      ['  of which the 5 timed rounds', ms(canary.roundsMs)],
    ]),
  );
  return {
    benchmark: 'noise: coefficient of variation of the example suite',
    rows: [
      ...outcomes.map((outcome, index) => ({
        label: `median CV, ${outcome.variant.label}`,
        value: percent(medians[index]!),
      })),
      { label: 'canary cost per run', value: ms(canary.wallMs) },
    ],
    targets: [],
  };
}

runAsScript(import.meta.url, noise);
