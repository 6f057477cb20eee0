import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, getRun, RUNS_STREAM } from '@benchline/core';
import { RUNS_BUCKET } from '@benchline/core/internal';
import { Kvm } from '@nats-io/kv';
import { isAlive, liveProcesses, ownRunId } from '@benchline/servers';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import {
  describeTerminal,
  expectPublishedOnce,
  leaseHolder,
  requestOverHttp,
  requestOverNats,
  waitForStage,
  waitForTerminal,
  type RunRef,
} from './support/runs.ts';
import { deadServices, serviceLog, waitForLog } from './support/service-logs.ts';
import { FAST_SUITE, SLOW_SETUP_SECONDS, SLOW_SETUP_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { overlaps, readWindows, windowsPerRun } from './support/windows.ts';

/**
 * Guarantee 1 (no lost runs) and issue 3's provisioner crash: each service is killed with SIGKILL
 * while a run is in its stage, then restarted. Redelivery comes after the consumers' ack wait
 * (2 s here, `nats.ackWaitSeconds`).
 */
describe('a service killed mid-run', () => {
  let env: ReliabilityStack;
  const all: RunRef[] = [];
  const published = (run: RunRef, timeoutMs?: number) => expectPublishedOnce(env.jsm, env.stack, run, timeoutMs);

  beforeAll(async () => {
    env = await startReliabilityStack('kill');
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('provisioner, while Ansible runs a setup command: its playbook dies with it, the run is redelivered and completes, the lease is free after', async () => {
    const run = await requestOverHttp(env.stack, { suite: SLOW_SETUP_SUITE });
    all.push(run);
    await expect
      .poll(() => env.minionProcesses('local', (argv) => argv.includes('sleep') && argv.includes(SLOW_SETUP_SECONDS)), {
        timeout: 30_000,
        interval: 100,
      })
      .not.toEqual([]);
    expect(await leaseHolder(env.js, 'local')).toBe(run.runId);
    const playbooks = liveProcesses(
      'cmdline',
      (argv) =>
        argv.some((arg) => arg.endsWith('ansible-playbook')) &&
        argv.some((arg) => arg.startsWith(env.stack.config.dataDir)),
    );
    expect(playbooks.length).toBeGreaterThan(0);
    await env.stack.services.get('provisioner')!.kill();
    // Left alone, the playbook would wait for the setup command (6.5 s from its start, seen running
    // before the kill) before it notices its parent is gone; 3 s leaves room for a loaded machine.
    await expect.poll(() => playbooks.filter(isAlive), { timeout: 3_000, interval: 50 }).toEqual([]);
    await env.stack.restartService('provisioner');

    await published(run);
    expect(await leaseHolder(env.js, 'local')).toBeUndefined();
  }, 120_000);

  it('provisioner: the minion takes the next run at once', async () => {
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    all.push(run);
    // A lease left held would keep the minion for its TTL (60 s here) before this run could start.
    await published(run, 45_000);
  }, 60_000);

  it('trigger (recorder): runs go on without it and their state catches up after the restart', async () => {
    await env.stack.services.get('trigger')!.kill();
    const runs = await Promise.all(
      [0, 1, 2].map((index) =>
        requestOverNats(env.clientJs, {
          runId: ownRunId(`while-trigger-down-${index}`),
          suite: FAST_SUITE,
          minion: 'local',
        }),
      ),
    );
    all.push(...runs);
    await waitForTerminal(env.jsm, runs, 60_000);
    await env.stack.restartService('trigger');

    const state = await new Kvm(env.js).open(RUNS_BUCKET);
    for (const run of runs) {
      await published(run);
      await expect.poll(async () => (await getRun(state, run.runId))?.status, { timeout: 15_000 }).toBe('published');
    }
  }, 120_000);

  it('executor, while the benchmark runs: the orphaned benchmark is killed, not left to finish; the run is redelivered, re-run from scratch and published once', async () => {
    // 15 s: the restarted executor must take the redelivery (ack wait 2 s, its own start-up) before
    // the orphan would end by itself, also on a loaded machine.
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE, parameters: { sleep: '15' } });
    all.push(run);
    await waitForLog(env.stack, 'executor', 'running benchmark', [run.runId], 30_000);
    await sleep(1_000);
    // The benchmark runs on the minion (this machine) at the kill: its processes carry the run's marker.
    const marker = `BENCHLINE_RUN_ID=${run.runId}`;
    const orphans = liveProcesses('environ', (environment) => environment.includes(marker));
    expect(orphans).not.toEqual([]);
    const killedAt = Date.now();
    await env.stack.services.get('executor')!.kill();
    await env.stack.restartService('executor');

    await published(run);
    expect(await leaseHolder(env.js, 'local')).toBeUndefined();
    // A redelivery happened: the restarted executor ran the benchmark again (one log file for both incarnations).
    const starts = (await serviceLog(env.stack, 'executor')).filter(
      (line) => line.msg === 'running benchmark' && line.runId === run.runId,
    );
    expect(starts).toHaveLength(2);
    expect(starts[1]!.time).toBeGreaterThan(killedAt);
    // The orphan was killed, not left to finish: left alone it would have recorded its own window about
    // 14 s after the kill. The run's only window is the redelivered attempt's, begun after the kill.
    const windows = (await readWindows(join(env.workDir('local'), WINDOWS_FILE))).filter(
      (window) => window.runId === run.runId,
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]!.start).toBeGreaterThan(killedAt * 1_000);
    expect(orphans.filter(isAlive)).toEqual([]);
  }, 120_000);

  it('publisher, while InfluxDB is down: nothing was acknowledged, the restarted publisher writes the points once', async () => {
    await env.stack.influxd.stop();
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    all.push(run);
    await waitForStage(env.jsm, 'executed', run, 30_000);
    // Retrying InfluxDB: its first read (the minion's canary and environment history) or its write.
    await waitForLog(env.stack, 'publisher', 'failed; retrying', undefined, 30_000);
    expect((await env.jsm.consumers.info(RUNS_STREAM, CONSUMERS.publisher.durable)).num_ack_pending).toBe(1);
    await env.stack.services.get('publisher')!.kill();
    await env.stack.influxd.start();
    await env.stack.restartService('publisher');

    await published(run);
  }, 120_000);

  it('left every run finished, no benchmark overlapping another, no service dead', async () => {
    const finished = await waitForTerminal(env.jsm, all, 10_000);
    expect(finished.map(describeTerminal)).toEqual(all.map((run) => `${run.runId}: published`));
    const windows = await readWindows(join(env.workDir('local'), WINDOWS_FILE));
    // One execution per run: none lost, none doubled by a retry or an orphan that finished.
    expect(
      windowsPerRun(
        windows,
        all.map((run) => run.runId),
      ),
    ).toEqual(Object.fromEntries(all.map((run) => [run.runId, 1])));
    expect(overlaps(windows)).toEqual([]);
    expect(deadServices(env.stack)).toEqual([]);
  });
});
