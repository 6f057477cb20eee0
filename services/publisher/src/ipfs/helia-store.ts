import './promise-with-resolvers.ts';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { unixfs, type AddOptions, type UnixFS } from '@helia/unixfs';
import { FsBlockstore } from 'blockstore-fs';
import { FsDatastore } from 'datastore-fs';
import { createHeliaLight, type Helia } from 'helia';
import { fixedSize } from 'ipfs-unixfs-importer/chunker';
import { balanced } from 'ipfs-unixfs-importer/layout';
import type { CID } from 'multiformats/cid';
import {
  BundleNotFoundError,
  parseCid,
  validateBundlePaths,
  type AddedBundle,
  type BundleDirectoryEntry,
  type BundleEntry,
  type BundleFile,
  type BundleStore,
} from './bundle-store.ts';

/**
 * Kubo's `ipfs add` defaults, so anyone can re-derive a CID with standard tooling.
 * @helia/unixfs overrides the importer's own defaults with chunker and layout, so both are explicit here.
 */
export const kuboCompatibleImport: AddOptions = {
  profile: 'unixfs-v0-2015',
  cidVersion: 0,
  rawLeaves: false,
  chunker: fixedSize({ chunkSize: 262_144 }),
  layout: balanced({ maxChildrenPerNode: 174 }),
};

/**
 * An embedded, offline IPFS node: blocks and pins on disk under `directory`, no libp2p, no listening
 * sockets, no outbound connections. Reopening the same directory finds everything added before.
 */
export async function openHeliaStore(directory: string): Promise<BundleStore> {
  const blockstore = new FsBlockstore(join(directory, 'blocks'));
  const datastore = new FsDatastore(join(directory, 'datastore'));
  await mkdir(directory, { recursive: true });
  await blockstore.open();
  await datastore.open();
  const helia = createHeliaLight({ blockstore, datastore });
  await helia.start();
  return new HeliaBundleStore(helia, unixfs(helia), async () => {
    await helia.stop();
    await blockstore.close();
    await datastore.close();
  });
}

class HeliaBundleStore implements BundleStore {
  constructor(
    private readonly helia: Helia,
    private readonly fs: UnixFS,
    readonly close: () => Promise<void>,
  ) {}

  async addBundle(files: readonly BundleFile[]): Promise<AddedBundle> {
    validateBundlePaths(files);
    const sizes = new Map(files.map((file) => [file.path, file.bytes.byteLength]));
    const added: AddedBundle['files'] = [];
    let root: CID | undefined;
    for await (const entry of this.fs.addAll(
      files.map((file) => ({ path: file.path, content: file.bytes })),
      { ...kuboCompatibleImport, wrapWithDirectory: true },
    )) {
      const path = entry.path ?? '';
      const size = sizes.get(path);
      if (size !== undefined) added.push({ path, cid: entry.cid.toString(), size });
      if (path === '') root = entry.cid;
    }
    if (!root) throw new Error('the importer returned no wrapping directory');
    if (!(await this.helia.pins.isPinned(root))) {
      for await (const _ of this.helia.pins.add(root)) {
        // pins.add is lazy: draining it pins every block
      }
    }
    return { cid: root.toString(), files: added };
  }

  async stat(cid: string, path?: string): Promise<BundleEntry> {
    const root = parseCid(cid);
    const stats = await this.#notFoundAware(cid, path, () => this.fs.stat(root, { path, offline: true }));
    if (stats.type !== 'directory') return { type: 'file', cid: stats.cid.toString(), size: Number(stats.size) };
    const entries: BundleDirectoryEntry[] = [];
    for await (const entry of this.fs.ls(stats.cid, { offline: true })) {
      const child = await this.fs.stat(entry.cid, { offline: true });
      entries.push({
        name: entry.name,
        type: child.type === 'directory' ? 'directory' : 'file',
        cid: entry.cid.toString(),
        size: child.type === 'directory' ? 0 : Number(child.size),
      });
    }
    return { type: 'directory', cid: stats.cid.toString(), entries };
  }

  async *cat(cid: string, path?: string): AsyncIterable<Uint8Array> {
    const root = parseCid(cid);
    const chunks = this.fs.cat(root, { path, offline: true })[Symbol.asyncIterator]();
    // The first read resolves the path, so that is where "not found" surfaces.
    let next = await this.#notFoundAware(cid, path, () => chunks.next());
    while (!next.done) {
      yield next.value;
      next = await chunks.next();
    }
  }

  async #notFoundAware<T>(cid: string, path: string | undefined, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof Error && /NotFound|DoesNotExist|NoResolver/.test(error.name)) {
        throw new BundleNotFoundError(`${path ? `${cid}/${path}` : cid} is not in this IPFS store`, { cause: error });
      }
      throw error;
    }
  }
}
