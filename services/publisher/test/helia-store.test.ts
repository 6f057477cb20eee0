import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleNotFoundError, InvalidCidError, type BundleStore } from '../src/ipfs/bundle-store.ts';
import { openHeliaStore } from '../src/ipfs/helia-store.ts';
import { ipfsCid, readAll } from './ipfs-helpers.ts';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let store: BundleStore;
const small = randomBytes(1_024);
const large = randomBytes(1_000_000); // 4 chunks of 256 KiB
const bundle = [
  { path: 'manifest.json', bytes: Buffer.from('{"runId":"r1"}\n') },
  { path: 'results/small.bin', bytes: small },
  { path: 'results/large.bin', bytes: large },
];

beforeAll(async () => {
  dir = await makeTempDir('helia');
  store = await openHeliaStore(join(dir.path, 'ipfs'));
});
afterAll(async () => {
  await store?.close();
  await dir?.remove();
});

describe('HeliaBundleStore', () => {
  it('stores each file under the CID that Kubo defaults (ipfs_cid) give, for one-chunk and multi-chunk files', async () => {
    const added = await store.addBundle(bundle);
    await writeFile(join(dir.path, 'small.bin'), small);
    await writeFile(join(dir.path, 'large.bin'), large);
    const byPath = Object.fromEntries(added.files.map((file) => [file.path, file]));
    expect(byPath['results/small.bin']).toEqual({
      path: 'results/small.bin',
      cid: await ipfsCid(join(dir.path, 'small.bin')),
      size: 1_024,
    });
    expect(byPath['results/large.bin']).toEqual({
      path: 'results/large.bin',
      cid: await ipfsCid(join(dir.path, 'large.bin')),
      size: 1_000_000,
    });
    expect(added.cid).toMatch(/^Qm/);
    expect(added.files).toHaveLength(3);
  });

  it('reads the bundle back by CID and path, byte for byte, and lists its directories', async () => {
    const added = await store.addBundle(bundle);
    for (const file of bundle)
      expect((await readAll(store.cat(added.cid, file.path))).equals(Buffer.from(file.bytes))).toBe(true);
    const root = await store.stat(added.cid);
    expect(root.type === 'directory' && root.entries.map((e) => [e.name, e.type])).toEqual([
      ['manifest.json', 'file'],
      ['results', 'directory'],
    ]);
    const results = await store.stat(added.cid, 'results');
    expect(results.type === 'directory' && results.entries.map((e) => [e.name, e.size])).toEqual([
      ['large.bin', 1_000_000],
      ['small.bin', 1_024],
    ]);
  });

  it('gives the same CID when the same bundle is added again (a redelivered message)', async () => {
    expect((await store.addBundle(bundle)).cid).toBe((await store.addBundle(bundle)).cid);
  });

  it('keeps bundles across closing and reopening the store on the same directory', async () => {
    const added = await store.addBundle([{ path: 'persist.txt', bytes: Buffer.from('still here') }]);
    await store.close();
    store = await openHeliaStore(join(dir.path, 'ipfs'));
    expect((await readAll(store.cat(added.cid, 'persist.txt'))).toString()).toBe('still here');
  });

  it('reports a bad CID, a missing path and an unknown CID as distinct errors', async () => {
    const added = await store.addBundle(bundle);
    await expect(store.stat('not-a-cid')).rejects.toThrow(InvalidCidError);
    await expect(store.stat(added.cid, 'results/nope.bin')).rejects.toThrow(BundleNotFoundError);
    await expect(readAll(store.cat(added.cid, 'nope'))).rejects.toThrow(BundleNotFoundError);
    // A valid CID this offline node never stored: fails fast instead of searching the network.
    await expect(store.stat('QmNdqtfhuSohVxN4eRyh54QZv2ownsWgcKwgXNdcGxmhwq')).rejects.toThrow(BundleNotFoundError);
  });

  it('rejects bundles with unsafe or conflicting paths before storing anything', async () => {
    const file = (path: string) => ({ path, bytes: Buffer.from('x') });
    await expect(store.addBundle([])).rejects.toThrow(/at least one file/);
    await expect(store.addBundle([file('../etc/passwd')])).rejects.toThrow(/relative and normalized/);
    await expect(store.addBundle([file('/abs')])).rejects.toThrow(/relative and normalized/);
    await expect(store.addBundle([file('a//b')])).rejects.toThrow(/relative and normalized/);
    await expect(store.addBundle([file('a'), file('a')])).rejects.toThrow(/appears twice/);
    await expect(store.addBundle([file('a'), file('a/b')])).rejects.toThrow(/both a file and a directory/);
  });
});
