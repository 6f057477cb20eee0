import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_STREAM, Verdict, type EventOf } from '@benchline/core';
import { requestRun, startStack, watchRun, type Stack } from '@benchline/local';
import { makeTempDir, type ServerDir } from '@benchline/servers';
import { loopRepository, loopSuite, untilAnalyzed } from './support/loop-benchmark.ts';

const SUITE = 'noise-loops';
const WORK = 5_000_000;
/** Quiet runs before the hog: the minion's canary history (minHistory 3 here, so the last one is judged). */
const QUIET_RUNS = 4;

/**
 * Busy loops, sixteen per core (at most 64), each in a session of its own (`detached`: setsid).
 * Linux shares the CPU fairly between sessions (sched_autogroup), not between processes: hogs left
 * in the test's session would together get one share, and measured so, 16 to 90 of them slowed the
 * canary (which runs in its SSH session) by only 1.2 to 1.6×, inside the spread of its history on
 * this loaded machine; 32 sessions of their own slowed a probe elevenfold.
 */
function startHogs(): ChildProcess[] {
  return Array.from({ length: Math.min(64, availableParallelism() * 16) }, () =>
    spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore', detached: true }),
  );
}

function stopHogs(hogs: readonly ChildProcess[]): void {
  for (const hog of hogs) if (hog.exitCode === null) hog.kill('SIGKILL');
}

const verdictsOf = (event: EventOf<'analyzed'>) => event.message.analysis?.verdicts?.map((verdict) => verdict.verdict);

/**
 * The judgement side of noise control on the real pipeline (this machine is its own minion): a run
 * during which CPU hogs run on the minion is noisy (its verdicts skipped, repeated once), runs on the
 * quiet minion are not; a runtime whose `--version` changes between runs is one environment change.
 */
describe('noise judgement and environment changes, on real runs', () => {
  let dir: ServerDir;
  let stack: Stack;
  let nc: NatsConnection;
  let shas: string[];
  let versionFile: string;
  let runtime: string;
  const hogs: ChildProcess[] = [];

  const runAt = async (ref: string) => untilAnalyzed(nc, (await requestRun(stack, { suite: SUITE, ref })).runId);

  beforeAll(async () => {
    dir = await makeTempDir('noise-judge-e2e');
    await mkdir(join(dir.path, 'bin'));
    // A runtime the suite lists (suite config `environment`): its version is what the file says.
    versionFile = join(dir.path, 'fake-runtime-version');
    runtime = join(dir.path, 'bin', 'fake-runtime');
    await writeFile(versionFile, 'fake-runtime 1.0.0\n');
    await writeFile(runtime, `#!/bin/sh\ncat '${versionFile}'\n`);
    await chmod(runtime, 0o755);
    ({ shas } = await loopRepository(join(dir.path, 'loops'), Array(QUIET_RUNS + 3).fill(WORK)));
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
      extraSuites: {
        [SUITE]: {
          ...loopSuite(join(dir.path, 'loops')),
          // The first line tells the test that the canary is over and the benchmark has started.
          benchmarks: [
            { name: 'loop', command: ['sh', '-c', 'echo started; exec node bench.mjs'], format: 'benchline' },
          ],
          environment: [runtime],
        },
      },
      // A short history (four quiet runs), and three robust standard deviations instead of six: on
      // this shared 2-core machine (load 20 to 40 while other tests run) four quiet canaries spread by
      // 50 to 80 % of their median, and the default rule, meant never to flag such a machine, put the
      // threshold at 4× the median where the hogged canary measured 3.4×. The floor stays the default.
      configOverrides: { noise: { judgement: { minHistory: 3, spreads: 3 } } },
    });
    nc = await connect({ servers: stack.nats.url, ...stack.natsCredentials('admin') });
  }, 180_000);
  afterAll(async () => {
    stopHogs(hogs);
    await nc?.close();
    await stack?.stop();
    await dir?.remove();
  });

  it('does not mark runs on the quiet minion noisy, and judges once it has enough canaries', async () => {
    const quiet = [];
    for (const sha of shas.slice(0, QUIET_RUNS)) quiet.push(await runAt(sha));
    const judgements = quiet.map((event) => event.message.publication?.noise);
    expect(judgements.map((noise) => noise?.noisy)).toEqual(Array(QUIET_RUNS).fill(false));
    expect(judgements.at(-1)?.thresholdSeconds).toBeGreaterThan(0);
    expect(quiet.at(-1)!.message.publication?.noise?.reason).toMatch(/^quiet: canary/);
  }, 300_000);

  it('marks a run during which CPU hogs run noisy: verdicts skipped, no regression, repeated once when quiet', async () => {
    const { runId } = await requestRun(stack, { suite: SUITE, ref: shas[QUIET_RUNS] });
    // From the minion's provisioning to the benchmark's first line: the canary runs in between.
    const watcher = await watchRun(
      nc,
      runId,
      (event) => {
        if (event.stage === 'provisioned') hogs.push(...startHogs());
        if (event.stage === 'executed') stopHogs(hogs);
      },
      () => stopHogs(hogs),
      'analyzed',
    );
    const noisy = await watcher.finished.finally(() => {
      watcher.stop();
      stopHogs(hogs);
    });
    if (noisy.stage !== 'analyzed') throw new Error(`the hogged run failed: ${noisy.message.reason}`);
    expect(noisy.message.publication?.noise).toMatchObject({ noisy: true });
    expect(verdictsOf(noisy)).toEqual([Verdict.VERDICT_SKIPPED]);
    expect(noisy.message.analysis?.regressions).toBe(0);

    const repeat = await untilAnalyzed(nc, `${runId}-repeat`);
    expect(repeat.message.request?.tags).toContain(`repeat-of:${runId}`);
    expect(repeat.message.provisioning?.commit).toBe(shas[QUIET_RUNS]);
    expect(repeat.message.publication?.noise).toMatchObject({ noisy: false });
    expect(verdictsOf(repeat)).not.toContain(Verdict.VERDICT_SKIPPED);
  }, 300_000);

  it('records exactly one environment change when the runtime’s version changes, and no regression there', async () => {
    await writeFile(versionFile, 'fake-runtime 2.0.0\n');
    const changed = await runAt(shas[QUIET_RUNS + 1]!);
    const after = await runAt(shas[QUIET_RUNS + 2]!);
    const fact = `bin:${runtime}`;
    expect(changed.message.publication?.environmentChange?.changed).toEqual([fact]);
    expect(after.message.publication?.environmentChange).toBeFalsy();
    // A new segment starts at the change: no history to judge against, so no regression.
    expect(verdictsOf(changed)).toEqual([Verdict.VERDICT_INSUFFICIENT_HISTORY]);

    const response = await fetch(`${stack.triggerUrl}/environment-changes?minion=local`, {
      headers: { authorization: `Bearer ${stack.apiKey.key}` },
    });
    expect(response.status).toBe(200);
    const { changes } = (await response.json()) as {
      changes: { runId: string; changed: string[]; before: Record<string, unknown>; after: Record<string, unknown> }[];
    };
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ runId: changed.message.request?.runId, changed: [fact] });
    expect(changes[0]!.before[fact]).toBe('fake-runtime 1.0.0');
    expect(changes[0]!.after[fact]).toBe('fake-runtime 2.0.0');

    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(CHANGES_STREAM, { subjects_filter: 'environment.>' });
    expect(info.state.subjects).toEqual({ 'environment.changed.local': 1 });
  }, 300_000);
});
