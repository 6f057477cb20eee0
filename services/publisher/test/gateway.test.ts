import { randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { join } from 'node:path';
import { makeTempDir } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddedBundle, BundleStore } from '../src/ipfs/bundle-store.ts';
import { startGateway, type Gateway } from '../src/ipfs/gateway.ts';
import { openHeliaStore } from '../src/ipfs/helia-store.ts';
import { captureLogger } from './capture-logger.ts';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let store: BundleStore;
let gateway: Gateway;
let added: AddedBundle;
const large = randomBytes(700_000);
const manifest = Buffer.from('{"runId":"r1"}\n');

beforeAll(async () => {
  dir = await makeTempDir('gateway');
  store = await openHeliaStore(join(dir.path, 'ipfs'));
  added = await store.addBundle([
    { path: 'manifest.json', bytes: manifest },
    { path: 'results/run 1.bin', bytes: large },
  ]);
  gateway = await startGateway({ reader: store, port: 0, logger: captureLogger().logger });
});
afterAll(async () => {
  await gateway?.close();
  await store?.close();
  await dir?.remove();
});

function rawStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(gateway.url);
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    }).on('error', reject);
  });
}

describe('IPFS gateway', () => {
  it('listens on loopback only', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('lists a bundle directory as JSON with names, types, sizes and CIDs', async () => {
    const response = await fetch(`${gateway.url}/ipfs/${added.cid}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as {
      cid: string;
      entries: { name: string; type: string; size: number; cid: string }[];
    };
    expect(body.cid).toBe(added.cid);
    expect(body.entries.map(({ name, type, size }) => ({ name, type, size }))).toEqual([
      { name: 'manifest.json', type: 'file', size: manifest.length },
      { name: 'results', type: 'directory', size: 0 },
    ]);
  });

  it('streams a file byte-identical to what was added, with its length', async () => {
    const response = await fetch(`${gateway.url}/ipfs/${added.cid}/results/run%201.bin`);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(large.length);
    expect(Buffer.from(await response.arrayBuffer()).equals(large)).toBe(true);
    const manifestResponse = await fetch(`${gateway.url}/ipfs/${added.cid}/manifest.json`);
    expect(Buffer.from(await manifestResponse.arrayBuffer()).equals(manifest)).toBe(true);
  });

  it('serves a file by its own CID too', async () => {
    const file = added.files.find((f) => f.path === 'manifest.json')!;
    expect(await (await fetch(`${gateway.url}/ipfs/${file.cid}`)).text()).toBe(manifest.toString());
  });

  it('answers 400 for a bad CID, 404 for a missing path or an unknown URL, 405 for writes', async () => {
    expect((await fetch(`${gateway.url}/ipfs/not-a-cid`)).status).toBe(400);
    const missing = await fetch(`${gateway.url}/ipfs/${added.cid}/results/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/results\/nope is not in this IPFS store/);
    // fetch would normalize `..` away before sending; a raw client does not.
    expect(await rawStatus(`/ipfs/${added.cid}/results/../manifest.json`)).toBe(404);
    expect(await rawStatus(`/ipfs/${added.cid}/results/%2E%2E/manifest.json`)).toBe(404);
    expect((await fetch(`${gateway.url}/`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/ipfs/${added.cid}`, { method: 'POST' })).status).toBe(405);
  });
});
