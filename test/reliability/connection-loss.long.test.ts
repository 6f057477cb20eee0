import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, liveProcesses } from '@benchline/servers';
import { killSshd } from './support/minion-outage.ts';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import {
  expectPublishedOnce,
  leaseHolder,
  requestOverHttp,
  stageEvent,
  stageStoredAt,
  type RunRef,
} from './support/runs.ts';
import { deadServices, failedAttempts, serviceLog, waitForLog } from './support/service-logs.ts';
import { startStallingProxy } from './support/stalling-proxy.ts';
import { FAST_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { overlaps, readWindows } from './support/windows.ts';

const PATH_OUTAGE_MS = 30_000;

/** The live processes on this machine (the minion) that carry the run's marker in their environment. */
const runProcesses = (run: RunRef) =>
  liveProcesses('environ', (environment) => environment.includes(`BENCHLINE_RUN_ID=${run.runId}`));

/**
 * Issue #21: the executor's SSH connection to the minion is lost while a benchmark runs. The rule
 * (services/executor/README.md, "Losing the minion mid-run"): a connection that breaks fails the
 * attempt and the run is retried from scratch, the retry first killing whatever the broken attempt
 * left running; a silence shorter than the keepalive limit (60 s) is ridden out.
 */
describe('the connection to the minion lost mid-benchmark', () => {
  let env: ReliabilityStack;
  const all: RunRef[] = [];
  const published = (run: RunRef) => expectPublishedOnce(env.jsm, env.stack, run, 120_000);

  beforeAll(async () => {
    env = await startReliabilityStack('connection-loss');
    // Cold provisioning first, so that each run below reaches its benchmark within seconds.
    const warmUp = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    all.push(warmUp);
    await published(warmUp);
  }, 300_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('sshd killed while the benchmark runs: the attempt fails, the retry kills the orphaned benchmark and runs it again, published once', async () => {
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE, parameters: { sleep: '8' } });
    all.push(run);
    await waitForLog(env.stack, 'executor', 'running benchmark', [run.runId], 60_000);
    await sleep(1_000);
    const orphans = runProcesses(run);
    expect(orphans, 'the benchmark runs on the minion').not.toEqual([]);
    const cutAt = Date.now();
    await killSshd(env.stack.sshd);
    // Its session's sshd is gone, the benchmark is not: it leads a session of its own.
    expect(orphans.filter(isAlive)).not.toEqual([]);
    await env.stack.sshd.restart();

    await published(run);
    const failures = await failedAttempts(env.stack, 'executor', run.runId);
    expect(failures.length, 'the broken attempt failed and was retried').toBeGreaterThanOrEqual(1);
    expect(failures.every((failure) => !failure.gaveUp)).toBe(true);
    const starts = (await serviceLog(env.stack, 'executor')).filter(
      (line) => line.msg === 'running benchmark' && line.runId === run.runId,
    );
    expect(starts.length).toBeGreaterThanOrEqual(2);
    // The orphan was killed by the retry, not left to finish (it would have recorded a window ~7 s
    // after the cut): the run's one window is the retry's, begun after the cut.
    const windows = (await readWindows(join(env.workDir('local'), WINDOWS_FILE))).filter(
      (window) => window.runId === run.runId,
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]!.start).toBeGreaterThan(cutAt * 1_000);
    expect(orphans.filter(isAlive)).toEqual([]);
    expect(runProcesses(run)).toEqual([]);
    expect(await leaseHolder(env.js, 'local')).toBeUndefined();
  }, 240_000);

  it('sshd killed: the minion takes the next run at once', async () => {
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    all.push(run);
    await published(run);
    expect(await failedAttempts(env.stack, 'executor', run.runId)).toEqual([]);
  }, 120_000);

  it('the network path silent for 30 s while the benchmark runs: ridden out, published once with the time measured on the minion, nothing left running', async () => {
    const local = env.stack.config.minions.local!;
    const proxy = await startStallingProxy({ host: local.host, port: local.port });
    try {
      await env.restartWithConfig('executor', {
        minions: { ...env.stack.config.minions, local: { ...local, port: proxy.port } },
      });
      const run = await requestOverHttp(env.stack, { suite: FAST_SUITE, parameters: { sleep: '2' } });
      all.push(run);
      await waitForLog(env.stack, 'executor', 'running benchmark', [run.runId], 60_000);
      expect(proxy.connections, 'the executor reaches the minion through the proxy').toBeGreaterThan(0);
      proxy.stall();
      const stalledAt = Date.now();
      await sleep(PATH_OUTAGE_MS);
      expect(await stageEvent(env.jsm, 'executed', run), 'nothing got through while the path was silent').toBe(
        undefined,
      );
      proxy.resume();

      await published(run);
      expect(await stageStoredAt(env.jsm, 'executed', run)).toBeGreaterThan(stalledAt + PATH_OUTAGE_MS - 1_000);
      expect(await failedAttempts(env.stack, 'executor', run.runId)).toEqual([]);
      // The benchmark ran undisturbed on the minion: its duration is the wrapper's, not the outage's.
      const executed = await stageEvent(env.jsm, 'executed', run);
      const durations = (executed?.message.execution?.benchmarks ?? []).map((benchmark) =>
        Number(benchmark.durationMs),
      );
      expect(durations.length).toBeGreaterThan(0);
      for (const duration of durations) expect(duration).toBeLessThan(PATH_OUTAGE_MS / 2);
      expect(runProcesses(run)).toEqual([]);

      const next = await requestOverHttp(env.stack, { suite: FAST_SUITE });
      all.push(next);
      await published(next);
    } finally {
      await env.stack.restartService('executor');
      await proxy.close();
    }
  }, 240_000);

  it('left every run executed once, one at a time, and no service dead', async () => {
    const windows = await readWindows(join(env.workDir('local'), WINDOWS_FILE));
    expect(all.map((run) => windows.filter((window) => window.runId === run.runId).length)).toEqual(all.map(() => 1));
    expect(overlaps(windows)).toEqual([]);
    expect(deadServices(env.stack)).toEqual([]);
  });
});
