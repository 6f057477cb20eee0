import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stage } from '@benchline/core';
import { freePort } from '@benchline/servers';
import { cutOffMinion } from './support/minion-outage.ts';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import { describeTerminal, expectPublishedOnce, leaseHolder, pointCount, requestOverHttp, waitForStage, waitForTerminal, type RunRef } from './support/runs.ts';
import { deadServices, serviceLog, waitForLog } from './support/service-logs.ts';
import { FAST_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { overlaps, readWindows } from './support/windows.ts';

/**
 * Guarantees 3 and 4: the broker, the minion and the IPFS node go away while runs are in flight.
 * The ack wait is 20 s here (production default: 30 s): it must outlast a broker outage, or the
 * broker would redeliver messages whose handlers are still at work (see README).
 */
describe('outages', () => {
  let env: ReliabilityStack;
  const expectFailure = (event: Awaited<ReturnType<typeof waitForTerminal>>[number] | undefined, stage: Stage, reason: RegExp) => {
    expect(event?.stage).toBe('failed');
    if (event?.stage !== 'failed') return;
    expect(event.message.stage).toBe(stage);
    expect(event.message.reason).toMatch(reason);
  };
  const publishes = (run: RunRef) => expectPublishedOnce(env.jsm, env.stack, run, 60_000);

  beforeAll(async () => {
    env = await startReliabilityStack('outages', { configOverrides: { nats: { ackWaitSeconds: 20 } } });
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('nats-server down for 10 s mid-run: the services reconnect and every run completes once', async () => {
    const runs = await Promise.all([0, 1, 2].map(() => requestOverHttp(env.stack, { suite: FAST_SUITE, parameters: { sleep: '2' } })));
    await waitForLog(env.stack, 'executor', 'running benchmark', runs.map((run) => run.runId), 30_000);
    await env.stack.nats.stop();
    await sleep(10_000);
    await env.stack.nats.restart();

    const finished = await waitForTerminal(env.jsm, runs, 90_000);
    expect(finished.map(describeTerminal)).toEqual(runs.map((run) => `${run.runId}: published`));
    for (const run of runs) expect(await pointCount(env.stack, run.runId)).toBe(1);
    expect(overlaps(await readWindows(join(env.workDir('local'), WINDOWS_FILE)))).toEqual([]);
    expect(deadServices(env.stack)).toEqual([]);
  }, 150_000);

  it('minion unreachable when provisioning: run.failed at once with the reason, lease free', async () => {
    await cutOffMinion(env.stack.sshd);
    try {
      const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
      const [event] = await waitForTerminal(env.jsm, [run], 30_000);
      expectFailure(event, Stage.STAGE_PROVISION, /unreachable|refused|connect/i);
      expect(await leaseHolder(env.js, 'local')).toBeUndefined();
    } finally {
      await env.stack.sshd.restart();
    }
  }, 60_000);

  it('minion unreachable when executing: bounded retries with backoff, then run.failed, lease free, the next run works', async () => {
    await env.stack.services.get('executor')!.stop();
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    await waitForStage(env.jsm, 'provisioned', run, 30_000);
    await cutOffMinion(env.stack.sshd);
    try {
      await env.stack.restartService('executor');
      const [event] = await waitForTerminal(env.jsm, [run], 60_000);
      expectFailure(event, Stage.STAGE_EXECUTE, /kept failing: .*unreachable/);
      const retries = (await serviceLog(env.stack, 'executor')).filter((line) => line.msg === 'handler failed; will retry' && String(line.subject).endsWith(run.runId));
      // Four retries before the fifth attempt gives up, backing off from 1 s to 8 s. (On a loaded
      // machine a delivery's count is occasionally reported low, so the middle values may repeat.)
      const delays = retries.map((line) => Number(line.retryInMs));
      expect(delays).toHaveLength(4);
      expect(delays[0]).toBe(1_000);
      expect(Math.max(...delays)).toBe(8_000);
      expect(await leaseHolder(env.js, 'local')).toBeUndefined();
    } finally {
      await env.stack.sshd.restart();
    }
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
    expect(deadServices(env.stack)).toEqual([]);
  }, 90_000);

  it('InfluxDB down for good: bounded retries with backoff, then run.failed; nothing written; the publisher survives', async () => {
    await env.restartWithConfig('publisher', { influx: { ...env.stack.config.influx, retryMaxSeconds: 1 } });
    await env.stack.influxd.stop();
    try {
      const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
      const [event] = await waitForTerminal(env.jsm, [run], 90_000);
      expectFailure(event, Stage.STAGE_PUBLISH, /publishing kept failing: .*InfluxDB/);
      const retries = (await serviceLog(env.stack, 'publisher')).filter((line) => line.msg === 'handler failed; will retry' && String(line.subject).endsWith(run.runId));
      expect(retries).toHaveLength(4);
      expect(deadServices(env.stack)).toEqual([]);
      await env.stack.influxd.start();
      expect(await pointCount(env.stack, run.runId)).toBe(0);
    } finally {
      await env.stack.influxd.start();
    }
    await env.stack.restartService('publisher');
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 150_000);

  it('IPFS node failing: bounded retries, then run.failed; nothing acknowledged before; the publisher survives', async () => {
    await env.restartWithConfig('publisher', { ipfs: { kuboUrl: `http://127.0.0.1:${await freePort()}` } });

    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    const [event] = await waitForTerminal(env.jsm, [run], 60_000);
    expectFailure(event, Stage.STAGE_PUBLISH, /publishing kept failing/);
    expect(await pointCount(env.stack, run.runId)).toBe(0);
    const retries = (await serviceLog(env.stack, 'publisher')).filter((line) => line.msg === 'handler failed; will retry' && String(line.subject).endsWith(run.runId));
    expect(retries).toHaveLength(4);
    expect(deadServices(env.stack)).toEqual([]);

    await env.stack.restartService('publisher');
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 90_000);
});
