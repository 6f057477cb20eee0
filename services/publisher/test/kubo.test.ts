import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BenchmarkStatus,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  storeArtifact,
  type RunExecuted,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import {
  makeTempDir,
  startInfluxd,
  startKubo,
  startNats,
  type Influxd,
  type Kubo,
  type NatsServer,
  type ServerDir,
} from '@benchline/servers';
import { BundleNotFoundError, type BundleFile, type BundleStore } from '../src/ipfs/bundle-store.ts';
import { openHeliaStore } from '../src/ipfs/helia-store.ts';
import { openKuboStore } from '../src/ipfs/kubo-store.ts';
import { startPublisher } from '../src/publisher.ts';
import { publishedEvent } from './published-event.ts';
import { ipfsCid, readAll } from './ipfs-helpers.ts';

const DB = 'benchline_kubo_test';
const results = JSON.stringify({ benchmarks: [{ name: 'add', unit: 'ms', value: 1.5 }] });
const small = randomBytes(1_024);
const large = randomBytes(1_000_000); // 4 chunks of 256 KiB
const bundle: BundleFile[] = [
  { path: 'manifest.json', bytes: Buffer.from('{"runId":"r1"}\n') },
  { path: 'results/small.bin', bytes: small },
  { path: 'results/large.bin', bytes: large },
];

describe("the publisher's Kubo store against a real Kubo daemon", () => {
  let kubo: Kubo;
  let nats: NatsServer;
  let influxd: Influxd;
  let dir: ServerDir;
  let helia: BundleStore;
  let store: BundleStore;
  let context: ServiceContext;
  let publisher: Awaited<ReturnType<typeof startPublisher>>;

  beforeAll(async () => {
    [kubo, nats, influxd, dir] = await Promise.all([startKubo(), startNats(), startInfluxd(), makeTempDir('kubo')]);
    helia = await openHeliaStore(join(dir.path, 'helia'));
    store = openKuboStore(kubo.apiUrl, kubo.token);
    const config = parseConfig({
      dataDir: dir.path,
      nats: { servers: [nats.url] },
      influx: { url: influxd.url, database: DB, batchSize: 1 },
      ipfs: { kuboUrl: kubo.apiUrl, kuboToken: kubo.token },
    });
    context = await openContext(config, 'publisher-kubo-test', pino({ level: 'silent' }));
    publisher = await startPublisher(context);
  }, 21 * 60_000); // startKubo waits up to 20 min for the Kubo build `npm test` starts beside the suite
  afterAll(async () => {
    await publisher?.stop();
    await context?.nc.close();
    await Promise.all([helia?.close(), store?.close()]);
    await Promise.all([kubo?.close(), nats?.close(), influxd?.close()]);
    await dir?.remove();
  });

  /** A call to Kubo's RPC API, past the store, with the daemon's token unless told otherwise (`null`: none). */
  const rpc = (command: string, params: Record<string, string>, token: string | null = kubo.token) =>
    fetch(`${kubo.apiUrl}/api/v0/${command}?${new URLSearchParams(params)}`, {
      method: 'POST',
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });
  const pinType = async (cid: string) => {
    const response = await rpc('pin/ls', { arg: cid });
    const body = (await response.json()) as { Keys?: Record<string, { Type: string }>; Message?: string };
    return body.Keys?.[cid]?.Type ?? `not pinned (${response.status}: ${body.Message})`;
  };
  const fromGateway = async (cid: string, path: string) => {
    const response = await fetch(`${kubo.gatewayUrl}/ipfs/${cid}/${path}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const byPath = <T extends { path: string }>(files: T[]) => files.toSorted((a, b) => a.path.localeCompare(b.path));
  /** Every file of a bundle, read back through a store: what another store would need to rebuild it. */
  const filesOf = async (reader: BundleStore, cid: string, under = ''): Promise<BundleFile[]> => {
    const entry = await reader.stat(cid, under || undefined);
    if (entry.type === 'file') return [{ path: under, bytes: await readAll(reader.cat(cid, under)) }];
    const nested = await Promise.all(
      entry.entries.map((child) => filesOf(reader, cid, under ? `${under}/${child.name}` : child.name)),
    );
    return nested.flat();
  };

  it('refuses RPC calls without the token, and the store sends it', async () => {
    for (const token of [null, 'not-the-token']) {
      const refused = await rpc('id', {}, token);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toMatch(/Kubo RPC Access Denied/);
    }
    expect((await rpc('id', {})).status).toBe(200);
    await expect(openKuboStore(kubo.apiUrl).addBundle(bundle)).rejects.toThrow(/Access Denied/);
  });

  it('runs the daemon offline with no bootstrap peers, and says how to get a missing binary', async () => {
    const peers = await rpc('swarm/peers', {});
    expect(peers.status).toBe(500);
    expect(((await peers.json()) as { Message: string }).Message).toMatch(/online mode/);
    expect(((await (await rpc('bootstrap/list', {})).json()) as { Peers: string[] | null }).Peers ?? []).toEqual([]);
    await expect(startKubo({ binary: join(dir.path, 'no-such-ipfs') })).rejects.toThrow(
      /no-such-ipfs: build it with scripts\/install-kubo\.sh/,
    );
  });

  it('adds and pins a bundle under the same CIDs as the Helia store and ipfs_cid', async () => {
    const onKubo = await store.addBundle(bundle);
    const onHelia = await helia.addBundle(bundle);
    expect(onKubo.cid).toBe(onHelia.cid);
    expect(byPath(onKubo.files)).toEqual(byPath(onHelia.files));
    await writeFile(join(dir.path, 'small.bin'), small);
    await writeFile(join(dir.path, 'large.bin'), large);
    const cids = Object.fromEntries(onKubo.files.map((file) => [file.path, file.cid]));
    expect(cids['results/small.bin']).toBe(await ipfsCid(join(dir.path, 'small.bin')));
    expect(cids['results/large.bin']).toBe(await ipfsCid(join(dir.path, 'large.bin')));
    expect(await pinType(onKubo.cid)).toBe('recursive');
  });

  it('reads a bundle back through the store as Helia does, and through the gateway, byte for byte', async () => {
    const { cid } = await store.addBundle(bundle);
    expect(await store.stat(cid)).toEqual(await helia.stat(cid));
    expect(await store.stat(cid, 'results')).toEqual(await helia.stat(cid, 'results'));
    expect(await store.stat(cid, 'results/large.bin')).toEqual(await helia.stat(cid, 'results/large.bin'));
    for (const file of bundle) {
      expect((await readAll(store.cat(cid, file.path))).equals(file.bytes)).toBe(true);
      expect((await fromGateway(cid, file.path)).equals(file.bytes)).toBe(true);
    }
  });

  it('reports a missing path and a CID the offline daemon does not hold as not found', async () => {
    const { cid } = await store.addBundle(bundle);
    await expect(store.stat(cid, 'results/nope.bin')).rejects.toThrow(BundleNotFoundError);
    await expect(readAll(store.cat(cid, 'nope'))).rejects.toThrow(BundleNotFoundError);
    await expect(store.stat('QmNdqtfhuSohVxN4eRyh54QZv2ownsWgcKwgXNdcGxmhwq')).rejects.toThrow(BundleNotFoundError);
  });

  it('publishes a run to Kubo: the CID it records is the pinned bundle, the one Helia gives, with ipfs_cid file CIDs', async () => {
    const runId = 'kubo-run-1';
    const request = proto.RunRequest.create({
      runId,
      suite: 'ipfs',
      ref: 'main',
      minion: 'm1',
      requestedAt: '2026-11-25T10:00:00.000Z',
    }) as RunRequest;
    const benchmark = proto.BenchmarkExecution.create({
      name: 'add',
      status: BenchmarkStatus.BENCHMARK_STATUS_OK,
      format: 'benchline',
      results: await storeArtifact(context.buckets.artifacts, runId, 'add/results', results),
    });
    const message = proto.RunExecuted.create({
      request,
      provisioning: { commit: 'c0ffee' },
      execution: { benchmarks: [benchmark] },
    }) as RunExecuted & { request: RunRequest };
    await publishEvent(context.js, { stage: 'executed', message });
    const cid = (await publishedEvent(context.jsm, runId)).publication?.cid ?? '';

    expect(await pinType(cid)).toBe('recursive');
    const [point] = await influxd.query(DB, `SELECT "cid" FROM benchmark_result WHERE run_id = '${runId}'`);
    expect(point?.values).toEqual([[expect.any(Number), cid]]);
    expect((await fromGateway(cid, 'add/results')).toString()).toBe(results);
    const files = await filesOf(store, cid);
    expect(files.map((file) => file.path).toSorted()).toEqual(['add/results', 'manifest.json']);
    expect((await helia.addBundle(files)).cid).toBe(cid);
    await writeFile(join(dir.path, 'results.json'), results);
    const listing = await store.stat(cid, 'add');
    expect(listing.type === 'directory' && listing.entries).toEqual([
      expect.objectContaining({ name: 'results', cid: await ipfsCid(join(dir.path, 'results.json')) }),
    ]);
  });
});
