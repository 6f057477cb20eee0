import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stage, STAGE_BACKOFF } from '@benchline/core';
import { freePort } from '@benchline/servers';
import { cutOffMinion } from './support/minion-outage.ts';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import {
  describeTerminal,
  expectPublishedOnce,
  leaseHolder,
  pointCount,
  requestOverHttp,
  stageStoredAt,
  waitForStage,
  waitForTerminal,
  type RunRef,
} from './support/runs.ts';
import {
  backoffMismatches,
  deadServices,
  failedAttempts,
  gaps,
  serviceLog,
  waitForLog,
} from './support/service-logs.ts';
import { FAST_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { overlaps, readWindows, windowsPerRun } from './support/windows.ts';

/** The consumers' ack wait here: above the longest handler call between two heartbeats under load. */
const ACK_WAIT_MS = 20_000;
/** The worker's delays between the five attempts at a message that keeps failing (STAGE_BACKOFF). */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];

interface RejectingInflux {
  url: string;
  /** When each write reached InfluxDB, and its answer's status. */
  writes: { at: number; status: number }[];
  close(): Promise<void>;
}

/**
 * A tiny proxy in front of the real influxd that sends every write to a database that does not
 * exist: InfluxDB itself answers it with a 4xx (404 "database not found"). Queries (the
 * publisher's CREATE DATABASE) pass through unchanged.
 */
async function startRejectingInflux(target: string): Promise<RejectingInflux> {
  const writes: RejectingInflux['writes'] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', target);
    const isWrite = url.pathname === '/write';
    if (isWrite) url.searchParams.set('db', 'benchline_no_such_database');
    const at = Date.now();
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization'])
      if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const answer = await fetch(url, {
      method: req.method,
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    if (isWrite) writes.push({ at, status: answer.status });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    writes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Guarantees 3 and 4: the broker, the minion and the IPFS node go away while runs are in flight.
 * The ack wait is 20 s here (production default: 30 s); the broker crash outlasts it on purpose, so
 * messages come back while the handlers that held them may still be at work (see README).
 */
describe('outages', () => {
  let env: ReliabilityStack;
  const expectFailure = (
    event: Awaited<ReturnType<typeof waitForTerminal>>[number] | undefined,
    stage: Stage,
    reason: RegExp,
  ) => {
    expect(event?.stage).toBe('failed');
    if (event?.stage !== 'failed') return;
    expect(event.message.stage).toBe(stage);
    expect(event.message.reason).toMatch(reason);
  };
  const publishes = (run: RunRef) => expectPublishedOnce(env.jsm, env.stack, run, 60_000);

  beforeAll(async () => {
    env = await startReliabilityStack('outages', { configOverrides: { nats: { ackWaitSeconds: ACK_WAIT_MS / 1000 } } });
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  // A crash, not a clean stop: whatever the store holds at the SIGKILL is what the restarted server
  // has (consumer state included). Away longer than the ack wait, so every message in hand is due
  // for redelivery once it is back, while the handlers that held them finish and try to ack.
  it('nats-server killed (SIGKILL) mid-run, away longer than the ack wait: the services reconnect and every run completes once', async () => {
    const runs = await Promise.all(
      [0, 1, 2].map(() => requestOverHttp(env.stack, { suite: FAST_SUITE, parameters: { sleep: '2' } })),
    );
    await waitForLog(
      env.stack,
      'executor',
      'running benchmark',
      runs.map((run) => run.runId),
      30_000,
    );
    await env.stack.nats.kill();
    await sleep(ACK_WAIT_MS + 5_000);
    await env.stack.nats.restart();

    const finished = await waitForTerminal(env.jsm, runs, 90_000);
    expect(finished.map(describeTerminal)).toEqual(runs.map((run) => `${run.runId}: published`));
    for (const run of runs) expect(await pointCount(env.stack, run.runId)).toBe(1);
    const windows = await readWindows(join(env.workDir('local'), WINDOWS_FILE));
    // Every run executed (a handler cut off mid-call by the outage is redelivered and runs its benchmark again).
    expect(
      Object.entries(
        windowsPerRun(
          windows,
          runs.map((run) => run.runId),
        ),
      ).filter(([, count]) => count === 0),
    ).toEqual([]);
    expect(overlaps(windows)).toEqual([]);
    expect(deadServices(env.stack)).toEqual([]);
  }, 150_000);

  it('minion unreachable when provisioning: run.failed at once after one attempt, no retry, with the reason, lease free', async () => {
    await cutOffMinion(env.stack.sshd);
    try {
      const requestedAt = Date.now();
      const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
      const [event] = await waitForTerminal(env.jsm, [run], 30_000);
      const failedAt = (await stageStoredAt(env.jsm, 'failed', run))!;
      expectFailure(event, Stage.STAGE_PROVISION, /unreachable|refused|connect/i);
      if (event?.stage === 'failed') expect(event.message.code).toBe('MINION_UNREACHABLE');
      // One delivery: the provisioner started provisioning the run once, and its worker gave up on
      // that first attempt instead of nak'ing it for a retry 1 s later.
      const attempts = async () =>
        (await serviceLog(env.stack, 'provisioner')).filter(
          (line) => line.msg === 'provisioning' && line.runId === run.runId,
        ).length;
      expect(await attempts()).toBe(1);
      expect(
        (await failedAttempts(env.stack, 'provisioner', run.runId)).map(({ attempt, gaveUp }) => ({ attempt, gaveUp })),
      ).toEqual([{ attempt: 1, gaveUp: true }]);
      // The retried path takes at least the backoffs, 15 s, on top of five playbooks.
      expect(failedAt - requestedAt).toBeLessThan(BACKOFF_MS.reduce((sum, delay) => sum + delay, 0));
      // Nor a retry after the failure was reported.
      await sleep(STAGE_BACKOFF.initialDelayMs * 1.5);
      expect(await attempts()).toBe(1);
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
      // Five attempts, the fifth gives up; the real time between two failed attempts is the backoff
      // (1, 2, 4, 8 s) plus the next attempt's own work (a refused connection: well under a second).
      const attempts = await failedAttempts(env.stack, 'executor', run.runId);
      expect(attempts.map(({ attempt, gaveUp }) => [attempt, gaveUp])).toEqual([
        [1, false],
        [2, false],
        [3, false],
        [4, false],
        [5, true],
      ]);
      expect(backoffMismatches(gaps(attempts.map(({ at }) => at)), BACKOFF_MS, 1_500)).toEqual([]);
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
      // Each attempt retries the write itself for influx.retryMaxSeconds (1 s here), so a gap is the
      // backoff plus up to about two seconds of the next attempt's work.
      const attempts = await failedAttempts(env.stack, 'publisher', run.runId);
      expect(attempts.map(({ attempt, gaveUp }) => [attempt, gaveUp])).toEqual([
        [1, false],
        [2, false],
        [3, false],
        [4, false],
        [5, true],
      ]);
      expect(backoffMismatches(gaps(attempts.map(({ at }) => at)), BACKOFF_MS, 3_000)).toEqual([]);
      expect(deadServices(env.stack)).toEqual([]);
      await env.stack.influxd.start();
      expect(await pointCount(env.stack, run.runId)).toBe(0);
    } finally {
      await env.stack.influxd.start();
    }
    await env.stack.restartService('publisher');
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 150_000);

  it('InfluxDB rejects the write (4xx): run.failed at once after one attempt, no retry, nothing written', async () => {
    const influx = await startRejectingInflux(env.stack.influxd.url);
    try {
      await env.restartWithConfig('publisher', { influx: { ...env.stack.config.influx, url: influx.url } });
      const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
      const [event] = await waitForTerminal(env.jsm, [run], 60_000);
      expectFailure(event, Stage.STAGE_PUBLISH, /rejected with HTTP 404: .*database not found/);
      if (event?.stage === 'failed') expect(event.message.code).toBe('INFLUX_REJECTED');
      // InfluxDB, the failing side, saw one write: no retry within the delivery, and no second delivery.
      expect(influx.writes.map(({ status }) => status)).toEqual([404]);
      expect(
        (await failedAttempts(env.stack, 'publisher', run.runId)).map(({ attempt, gaveUp }) => ({ attempt, gaveUp })),
      ).toEqual([{ attempt: 1, gaveUp: true }]);
      // run.failed was stored sooner after that one write than the first backoff would have allowed a second.
      expect((await stageStoredAt(env.jsm, 'failed', run))! - influx.writes[0]!.at).toBeLessThan(
        STAGE_BACKOFF.initialDelayMs,
      );
      await sleep(STAGE_BACKOFF.initialDelayMs * 1.5);
      expect(influx.writes).toHaveLength(1);
      expect(await pointCount(env.stack, run.runId)).toBe(0);
      expect(deadServices(env.stack)).toEqual([]);
    } finally {
      await env.stack.restartService('publisher');
      await influx.close();
    }
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 120_000);

  it('IPFS node failing: bounded retries, then run.failed; nothing acknowledged before; the publisher survives', async () => {
    const kuboPort = await freePort();
    await env.restartWithConfig('publisher', { ipfs: { kuboUrl: `http://127.0.0.1:${kuboPort}` } });
    // The refused connection to that Kubo API, not any failure: run.failed says only "fetch failed",
    // so every attempt's logged error (with its cause) must name the closed port.
    const IPFS_REFUSED = new RegExp(`ECONNREFUSED 127\\.0\\.0\\.1:${kuboPort}$`);

    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    const [event] = await waitForTerminal(env.jsm, [run], 60_000);
    expectFailure(event, Stage.STAGE_PUBLISH, /^publishing kept failing: fetch failed$/);
    if (event?.stage === 'failed') expect(event.message.code).toBe('RETRIES_EXHAUSTED');
    expect(await pointCount(env.stack, run.runId)).toBe(0);
    const attempts = await failedAttempts(env.stack, 'publisher', run.runId);
    expect(attempts.map(({ attempt, gaveUp }) => [attempt, gaveUp])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(backoffMismatches(gaps(attempts.map(({ at }) => at)), BACKOFF_MS, 1_500)).toEqual([]);
    expect(attempts.filter(({ error }) => !IPFS_REFUSED.test(error)).map(({ error }) => error)).toEqual([]);
    expect(deadServices(env.stack)).toEqual([]);

    await env.stack.restartService('publisher');
    await publishes(await requestOverHttp(env.stack, { suite: FAST_SUITE }));
  }, 90_000);
});
