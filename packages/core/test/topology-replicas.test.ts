import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsCluster, type NatsCluster } from '@benchline/servers';
import { parseConfig } from '../src/config.ts';
import { connectNats, type NatsContext } from '../src/nats.ts';
import { ensureTopology } from '../src/topology.ts';

describe('topology replicas (nats.replicas) on a 3-node cluster', () => {
  let cluster: NatsCluster;
  let context: NatsContext;
  beforeAll(async () => {
    cluster = await startNatsCluster({ size: 3 });
    context = await connectNats({ servers: cluster.urls }, 'topology-replicas-test', pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await context?.nc.close();
    await cluster?.close();
  });

  const replicasByStream = async () => {
    const replicas: Record<string, number> = {};
    for await (const info of context.jsm.streams.list()) replicas[info.config.name] = info.config.num_replicas;
    return replicas;
  };
  const topology = (replicas: number) =>
    ensureTopology(context.jsm, context.js, { leaseTtlMs: 60_000, retention: parseConfig({}).retention, replicas });

  it('creates every stream and bucket with one copy, then scales the existing ones to three, limits kept', async () => {
    await topology(1);
    const single = await replicasByStream();
    expect(Object.keys(single)).toEqual(
      expect.arrayContaining(['RUNS', 'KV_benchline-runs', 'KV_benchline-leases', 'OBJ_benchline-artifacts']),
    );
    expect(new Set(Object.values(single))).toEqual(new Set([1]));
    const runsBucketLimits = (await context.jsm.streams.info('KV_benchline-runs')).config.max_bytes;

    await topology(3);
    // A stream whose new peers are still being placed may be left out of a listing for a moment.
    const everyStreamOnThree = Object.fromEntries(Object.keys(single).map((name) => [name, 3]));
    await expect.poll(replicasByStream, { timeout: 20_000, interval: 250 }).toEqual(everyStreamOnThree);
    expect((await context.jsm.streams.info('KV_benchline-runs')).config.max_bytes).toBe(runsBucketLimits);
  }, 60_000);

  it('reads every compare-and-set bucket from its leader, a bucket made by an older version included', async () => {
    // Before, buckets allowed direct gets, which a lagging replica answers with an old revision.
    await context.jsm.streams.update('KV_benchline-leases', {
      ...(await context.jsm.streams.info('KV_benchline-leases')).config,
      allow_direct: true,
    });
    await topology(3);
    const direct: Record<string, boolean> = {};
    for await (const info of context.jsm.streams.list())
      if (info.config.name.startsWith('KV_')) direct[info.config.name] = info.config.allow_direct;
    expect(direct).toEqual({
      'KV_benchline-runs': false,
      'KV_benchline-leases': false,
      'KV_benchline-changes': false,
      'KV_benchline-bisections': false,
      'KV_benchline-run-index': true,
    });
  }, 60_000);
});
