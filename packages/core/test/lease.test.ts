import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNats, type NatsServer } from '@benchline/servers';
import { LeaseReleases } from '../src/lease-releases.ts';
import { MinionLeases, type LeaseClaim } from '../src/lease.ts';

const claim = (runId: string, delivery = '1:1'): LeaseClaim => ({ runId, delivery });
import { connectNats, type NatsContext } from '../src/nats.ts';
import { ensureTopology, type Buckets } from '../src/topology.ts';
import { parseConfig } from '../src/config.ts';

describe('minion leases (JetStream KV)', () => {
  let nats: NatsServer;
  let context: NatsContext;
  let buckets: Buckets;
  beforeAll(async () => {
    nats = await startNats();
    context = await connectNats({ servers: [nats.url] }, 'lease-test', pino({ level: 'silent' }));
    buckets = await ensureTopology(context.jsm, context.js, {
      leaseTtlMs: 3_000,
      retention: parseConfig({}).retention,
    });
  });
  afterAll(async () => {
    await context?.nc.close();
    await nats?.close();
  });

  it('lets one run hold a minion; the same run may re-acquire; release frees it', async () => {
    const leases = new MinionLeases(buckets.leases);
    expect(await leases.acquire('m1', claim('run-a'))).toEqual({ acquired: true });
    expect(await leases.acquire('m1', claim('run-b'))).toEqual({ acquired: false, heldBy: 'run-a' });
    expect(await leases.acquire('m1', claim('run-a'))).toEqual({ acquired: true });
    expect(await leases.acquire('m2', claim('run-b'))).toEqual({ acquired: true });
    await leases.release('m1', claim('run-b'));
    expect(await leases.holder('m1')).toBe('run-a');
    await leases.release('m1', claim('run-a'));
    expect(await leases.acquire('m1', claim('run-b'))).toEqual({ acquired: true });
    await leases.release('m1', claim('run-b'));
    await leases.release('m2', claim('run-b'));
  });

  it('lets a later delivery of the same run take the lease over; the earlier one then sees it superseded and frees nothing', async () => {
    const leases = new MinionLeases(buckets.leases);
    const first = claim('run-x', '7:1');
    const redelivery = claim('run-x', '7:2');
    expect(await leases.acquire('m8', first)).toEqual({ acquired: true });
    expect(await leases.status('m8', first)).toBe('held');
    expect(await leases.acquire('m8', redelivery)).toEqual({ acquired: true });
    expect(await leases.status('m8', first)).toBe('superseded');
    expect(await leases.renew('m8', first)).toBe('superseded');
    await leases.release('m8', first);
    expect(await leases.status('m8', redelivery)).toBe('held');
    expect(await leases.acquire('m8', claim('run-y'))).toEqual({ acquired: false, heldBy: 'run-x' });
    await leases.release('m8', redelivery);
    expect(await leases.status('m8', redelivery)).toBe('lost');
  });

  it('grants a lease to exactly one of many concurrent contenders', async () => {
    const contenders = Array.from({ length: 20 }, (_, index) =>
      new MinionLeases(buckets.leases).acquire('m3', claim(`run-${index}`)),
    );
    const results = await Promise.all(contenders);
    expect(results.filter((result) => result.acquired)).toHaveLength(1);
  });

  it('expires a lease whose holder stopped renewing, and keeps a renewed one', async () => {
    const leases = new MinionLeases(buckets.leases);
    await leases.acquire('m4', claim('dead-holder'));
    await leases.acquire('m5', claim('live-holder'));
    // Renewed every 400 ms against a 3 s TTL: a renewal may come 2.6 s late on a loaded machine.
    const stop = leases.keepAlive('m5', claim('live-holder'), 400, () => undefined);
    await sleep(4_000);
    stop();
    expect(await leases.acquire('m4', claim('next-run'))).toEqual({ acquired: true });
    expect(await leases.holder('m5')).toBe('live-holder');
  });

  it('wakes a waiter when the lease is released, not when it is renewed, and after the timeout otherwise', async () => {
    const leases = new MinionLeases(buckets.leases);
    const releases = await LeaseReleases.watch(buckets.leases, pino({ level: 'silent' }));
    try {
      await leases.acquire('m6', claim('run-a'));
      // Woken or not within `ms`: far less than the 30 s the waiters would otherwise wait.
      const woken = (promise: Promise<void>, ms: number) =>
        Promise.race([promise.then(() => 'woken'), sleep(ms).then(() => 'still waiting')]);

      const renewal = releases.next('m6', 30_000);
      await leases.renew('m6', claim('run-a'));
      await leases.acquire('m7', claim('run-b'));
      expect(await woken(renewal, 1_000)).toBe('still waiting');

      const release = releases.next('m6', 30_000);
      await leases.release('m6', claim('run-a'));
      expect(await woken(release, 10_000)).toBe('woken');

      const startedAt = performance.now();
      await releases.next('m7', 300);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(290);
    } finally {
      releases.stop();
      await leases.release('m7', claim('run-b'));
    }
  });
});
