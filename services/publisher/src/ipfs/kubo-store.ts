import { create, type KuboRPCClient } from 'kubo-rpc-client';
import {
  BundleNotFoundError,
  parseCid,
  validateBundlePaths,
  type AddedBundle,
  type BundleEntry,
  type BundleFile,
  type BundleStore,
} from './bundle-store.ts';

/**
 * A Kubo daemon's RPC API (e.g. `http://ipfs:5001`), with the same CID settings as `ipfs add` defaults and the Helia store.
 * `token` is sent as `Authorization: Bearer <token>`, for a daemon whose `API.Authorizations` require one.
 */
export function openKuboStore(apiUrl: string, token?: string): BundleStore {
  return new KuboBundleStore(create({ url: apiUrl, headers: token ? { authorization: `Bearer ${token}` } : {} }));
}

class KuboBundleStore implements BundleStore {
  constructor(private readonly kubo: KuboRPCClient) {}

  async addBundle(files: readonly BundleFile[]): Promise<AddedBundle> {
    validateBundlePaths(files);
    const sizes = new Map(files.map((file) => [file.path, file.bytes.byteLength]));
    const added: AddedBundle['files'] = [];
    let root: string | undefined;
    const source = files.map((file) => ({ path: file.path, content: file.bytes }));
    // pin: true pins the wrapping directory recursively, as `ipfs add -w` does.
    for await (const entry of this.kubo.addAll(source, {
      cidVersion: 0,
      rawLeaves: false,
      chunker: 'size-262144',
      wrapWithDirectory: true,
      pin: true,
    })) {
      const size = sizes.get(entry.path);
      if (size !== undefined) added.push({ path: entry.path, cid: entry.cid.toString(), size });
      if (entry.path === '') root = entry.cid.toString();
    }
    if (!root) throw new Error('Kubo returned no wrapping directory');
    return { cid: root, files: added };
  }

  async stat(cid: string, path?: string): Promise<BundleEntry> {
    const target = ipfsPath(cid, path);
    const stats = await notFoundAware(target, () => this.kubo.files.stat(`/ipfs/${target}`));
    if (stats.type === 'file') return { type: 'file', cid: stats.cid.toString(), size: stats.size };
    const entries: Extract<BundleEntry, { type: 'directory' }>['entries'] = [];
    for await (const entry of this.kubo.ls(stats.cid)) {
      entries.push({
        name: entry.name,
        type: entry.type === 'dir' ? 'directory' : 'file',
        cid: entry.cid.toString(),
        size: entry.type === 'dir' ? 0 : entry.size,
      });
    }
    return { type: 'directory', cid: stats.cid.toString(), entries };
  }

  async *cat(cid: string, path?: string): AsyncIterable<Uint8Array> {
    const target = ipfsPath(cid, path);
    const chunks = this.kubo.cat(target)[Symbol.asyncIterator]();
    let next = await notFoundAware(target, () => chunks.next());
    while (!next.done) {
      yield next.value;
      next = await chunks.next();
    }
  }

  async close(): Promise<void> {
    // The RPC client holds no connections of its own beyond fetch's pool.
  }
}

function ipfsPath(cid: string, path: string | undefined): string {
  const root = parseCid(cid).toString();
  return path ? `${root}/${path}` : root;
}

async function notFoundAware<T>(target: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    // Kubo reports these as HTTP 500 with a message, not a distinct status.
    if (error instanceof Error && /no link named|not found|does not exist/i.test(error.message)) {
      throw new BundleNotFoundError(`${target} is not in the Kubo node's store: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
