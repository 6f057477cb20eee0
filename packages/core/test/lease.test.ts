import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNats, type NatsServer } from '@benchline/servers';
import { LeaseReleases } from '../src/lease-releases.ts';
import { MinionLeases } from '../src/lease.ts';
import { connectNats, type NatsContext } from '../src/nats.ts';
import { ensureTopology, type Buckets } from '../src/topology.ts';

describe('minion leases (JetStream KV)', () => {
  let nats: NatsServer;
  let context: NatsContext;
  let buckets: Buckets;
  beforeAll(async () => {
    nats = await startNats();
    context = await connectNats({ servers: [nats.url] }, 'lease-test', pino({ level: 'silent' }));
    buckets = await ensureTopology(context.jsm, context.js, { leaseTtlMs: 1_500 });
  });
  afterAll(async () => {
    await context?.nc.close();
    await nats?.close();
  });

  it('lets one run hold a minion; the same run may re-acquire; release frees it', async () => {
    const leases = new MinionLeases(buckets.leases);
    expect(await leases.acquire('m1', 'run-a')).toEqual({ acquired: true });
    expect(await leases.acquire('m1', 'run-b')).toEqual({ acquired: false, heldBy: 'run-a' });
    expect(await leases.acquire('m1', 'run-a')).toEqual({ acquired: true });
    expect(await leases.acquire('m2', 'run-b')).toEqual({ acquired: true });
    await leases.release('m1', 'run-b');
    expect(await leases.holder('m1')).toBe('run-a');
    await leases.release('m1', 'run-a');
    expect(await leases.acquire('m1', 'run-b')).toEqual({ acquired: true });
    await leases.release('m1', 'run-b');
    await leases.release('m2', 'run-b');
  });

  it('grants a lease to exactly one of many concurrent contenders', async () => {
    const contenders = Array.from({ length: 20 }, (_, index) => new MinionLeases(buckets.leases).acquire('m3', `run-${index}`));
    const results = await Promise.all(contenders);
    expect(results.filter((result) => result.acquired)).toHaveLength(1);
  });

  it('expires a lease whose holder stopped renewing, and keeps a renewed one', async () => {
    const leases = new MinionLeases(buckets.leases);
    await leases.acquire('m4', 'dead-holder');
    await leases.acquire('m5', 'live-holder');
    const stop = leases.keepAlive('m5', 'live-holder', 400, () => undefined);
    await sleep(2_500);
    stop();
    expect(await leases.acquire('m4', 'next-run')).toEqual({ acquired: true });
    expect(await leases.holder('m5')).toBe('live-holder');
  });

  it('wakes a waiter when the lease is released, not when it is renewed, and after the timeout otherwise', async () => {
    const leases = new MinionLeases(buckets.leases);
    const releases = await LeaseReleases.watch(buckets.leases, pino({ level: 'silent' }));
    try {
      await leases.acquire('m6', 'run-a');
      const woken = (promise: Promise<void>) => Promise.race([promise.then(() => 'woken'), sleep(500).then(() => 'still waiting')]);

      const renewal = releases.next('m6', 30_000);
      await leases.renew('m6', 'run-a');
      await leases.acquire('m7', 'run-b');
      expect(await woken(renewal)).toBe('still waiting');

      const release = releases.next('m6', 30_000);
      const releasedAt = performance.now();
      await leases.release('m6', 'run-a');
      expect(await woken(release)).toBe('woken');
      expect(performance.now() - releasedAt).toBeLessThan(500);

      const startedAt = performance.now();
      await releases.next('m7', 300);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(290);
    } finally {
      releases.stop();
      await leases.release('m7', 'run-b');
    }
  });
});
