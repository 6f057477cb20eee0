import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestRun, startStack, type Stack } from '@benchline/local';
import { makeTempDir, until, type ServerDir } from '@benchline/servers';
import { loopRepository, loopSuite, untilAnalyzed, warmUp } from './support/loop-benchmark.ts';
import { runCli } from './support/run-cli.ts';

const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../packages/cli/schema/cli-output.schema.json', import.meta.url)), 'utf8'),
);

/** 60 s of nothing, with a child process and a file in its output dir: what a cancellation must clean up. */
const SLEEPY = `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
writeFileSync(join(process.env.BENCHLINE_OUTPUT_DIR, 'partial.txt'), 'half done');
spawn('sleep', ['60'], { stdio: 'ignore' });
console.log('sleeping');
setTimeout(() => writeFileSync(process.env.BENCHLINE_RESULTS_FILE, JSON.stringify({ version: 1, benchmarks: [{ name: 'sleep', unit: 's', value: 60 }] })), 60_000);
`;

const BASE_WORK = 15_000_000;
/**
 * The last commit does this much more work: the analyzer test's 15 %. The file runs on its own
 * (`*.timing.test.ts`, after the rest of the suite), so the CPU-time baseline stays narrow.
 */
const SLOWDOWN = 1.15;
const COMMITS = 6;

/** Processes on this machine (the local minion) whose environment names the run. */
function processesOfRun(runId: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`BENCHLINE_RUN_ID=${runId}`))
        found.push(Number(pid));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

describe('the benchline CLI against local mode', () => {
  let dir: ServerDir;
  let stack: Stack;
  let nc: NatsConnection;
  const shas: string[] = [];
  const runIds: string[] = [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(SCHEMA);
  const validate = (definition: string, data: unknown) => {
    const check = ajv.getSchema(`${SCHEMA.$id}#/definitions/${definition}`)!;
    expect(check(data), JSON.stringify(check.errors)).toBe(true);
  };

  const cli = (...args: string[]) => runCli(stack, ...args);
  const runOverHttp = async (ref: string) => {
    const { runId } = await requestRun(stack, { suite: 'loops', ref });
    await untilAnalyzed(nc, runId);
    return runId;
  };

  beforeAll(async () => {
    dir = await makeTempDir('cli-e2e');
    const work = Array.from({ length: COMMITS }, (_, index) =>
      index + 1 === COMMITS ? Math.round(BASE_WORK * SLOWDOWN) : BASE_WORK,
    );
    const fixture = await loopRepository(join(dir.path, 'loops'), work, { 'sleepy.mjs': SLEEPY });
    shas.push(...fixture.shas);
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
      // The regression here is the CLI's to report; confirming it by reruns would only add runs of `loops`.
      configOverrides: { bisection: { enabled: false } },
      extraSuites: {
        loops: loopSuite(fixture.repo.path),
        // Run once before anything is measured: right after start-up the first run measured up to 17 % slow.
        'warm-up': loopSuite(fixture.repo.path),
        sleepy: {
          ...loopSuite(fixture.repo.path),
          benchmarks: [{ name: 'sleep', command: ['node', 'sleepy.mjs'], format: 'benchline', timeoutSeconds: 120 }],
        },
      },
    });
    nc = await connect({ servers: stack.nats.url });
    await warmUp(stack, nc, 'warm-up', shas[0]!);
  }, 300_000);
  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
    await dir?.remove();
  });

  it('cancels a running 60 s benchmark within 5 s, cleans the minion and frees it', async () => {
    const { runId } = await requestRun(stack, { suite: 'sleepy', ref: shas[0] });
    const runDir = join(stack.config.minions.local!.workDir, 'runs', runId);
    await until(
      'the sleepy benchmark to start',
      async () => (existsSync(join(runDir, 'sleep')) || processesOfRun(runId).length > 1 ? true : undefined),
      120_000,
      200,
    );
    await until('its child process', async () => (processesOfRun(runId).length >= 2 ? true : undefined), 10_000, 100);
    const cancelled = await cli('cancel', runId, '--reason', 'test');
    expect(cancelled, cancelled.stderr).toMatchObject({ code: 0 });
    const started = Date.now();
    await until(
      "the run's processes to end",
      async () => (processesOfRun(runId).length === 0 ? true : undefined),
      10_000,
      100,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    await until('the run dir to be removed', async () => (existsSync(runDir) ? undefined : true), 10_000, 100);
    const status = await cli('status', runId, '--json');
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'cancelled', cancellation: { reason: 'test' } });
    validate('runState', JSON.parse(status.stdout));
    // Nothing was published for it, and the lease is free: the next run takes the minion at once (below).
    expect(JSON.parse(status.stdout).stages.executed).toBeUndefined();
  }, 180_000);

  it('run --wait shows the stages and exits 0; --json validates against the documented schema', async () => {
    const result = await cli('run', 'loops', '--ref', shas[0]!, '--wait', '--json', '--timeout', '180');
    expect(result.code, result.stderr).toBe(0);
    for (const stage of ['requested', 'provisioned', 'executed', 'published', 'analyzed'])
      expect(result.stderr).toMatch(new RegExp(`^${stage} `, 'm'));
    expect(result.stderr).toMatch(/loop \| loop: [\d.]+ x the reference loop/);
    const output = JSON.parse(result.stdout);
    validate('runOutput', output);
    expect(output).toMatchObject({
      outcome: 'passed',
      exitCode: 0,
      failOn: 'regression',
      run: { status: 'published', commit: shas[0] },
    });
    expect(output.run.analysis.verdicts[0]).toMatchObject({ verdict: 'insufficient-history' });
    runIds.push(output.runId);
    // No leftover of the cancelled run on the minion.
    expect(readdirSync(join(stack.config.minions.local!.workDir, 'runs'))).toEqual([]);
  }, 240_000);

  it('exits 1 on a commit 15 % slower and prints the verdict table', async () => {
    for (const sha of shas.slice(1, -1)) runIds.push(await runOverHttp(sha));
    const result = await cli('run', 'loops', '--ref', shas.at(-1)!, '--wait', '--timeout', '180');
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
    expect(result.stdout).toMatch(/1 regression\(s\)/);
    expect(result.stdout).toMatch(/Series.*Value.*Baseline.*Change.*Interval.*Verdict/);
    expect(result.stdout).toMatch(/loop \w+.*✗ regression/);
    expect(result.stderr).toMatch(/benchline: the analyzer found a regression in the run \(--fail-on regression\)/);
    const head = /Run (\S+) of/.exec(result.stdout)![1]!;

    // The same run through the other commands.
    const markdown = await cli('status', head, '--markdown');
    expect(markdown.stdout).toMatch(/^### ⚠️ Benchline: Run/);
    expect(markdown.stdout).toMatch(/\| loop \w+ \| .* \| ✗ regression \|/);
    const compared = await cli('compare', runIds[0]!, head, '--json');
    expect(compared.code, compared.stderr).toBe(0);
    const comparison = JSON.parse(compared.stdout);
    validate('comparison', comparison);
    expect(comparison.series).toHaveLength(1);
    // The loop benchmark's seven samples reach InfluxDB, so the runs are compared by them.
    expect(comparison.series[0]).toMatchObject({ verdict: 'regression', method: 'bootstrap', rankTest: 'exact' });
    expect(comparison.series[0].changePercent).toBeGreaterThan(8);
    expect(comparison.series[0].changePercent).toBeLessThan(25);
    const byCommit = await cli('compare', '--suite', 'loops', shas[0]!.slice(0, 10), shas.at(-1)!, '--json');
    expect(JSON.parse(byCommit.stdout).head.runId).toBe(head);
    const runs = await cli('runs', '--suite', 'loops', '--json');
    validate('runList', JSON.parse(runs.stdout));
    expect(JSON.parse(runs.stdout).runs).toHaveLength(COMMITS);
    const changes = await cli('changes', '--json');
    validate('changeList', JSON.parse(changes.stdout));
    expect((await cli('runs', '--status', 'cancelled')).stdout).toMatch(/sleepy/);
    expect((await cli('status', 'no-such-run')).stderr).toMatch(
      /^benchline: GET \/runs\/no-such-run failed with 404: no run no-such-run\n$/,
    );
  }, 300_000);
});
