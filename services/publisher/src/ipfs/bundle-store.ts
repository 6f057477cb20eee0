/** A run's artifacts as one UnixFS directory on IPFS. */
import { CID } from 'multiformats/cid';

export interface BundleFile {
  /** Relative path inside the bundle, `/`-separated, e.g. `results/cpu.json`. */
  path: string;
  bytes: Uint8Array;
}

export interface AddedBundle {
  /** The directory's CID. */
  cid: string;
  files: { path: string; cid: string; size: number }[];
}

export interface BundleDirectoryEntry {
  name: string;
  type: 'file' | 'directory';
  cid: string;
  /** File size in bytes; 0 for directories. */
  size: number;
}

export type BundleEntry =
  | { type: 'file'; cid: string; size: number }
  | { type: 'directory'; cid: string; entries: BundleDirectoryEntry[] };

/** What the gateway needs: read-only access by CID and path. */
export interface BundleReader {
  stat(cid: string, path?: string): Promise<BundleEntry>;
  cat(cid: string, path?: string): AsyncIterable<Uint8Array>;
}

export interface BundleStore extends BundleReader {
  /** Adds the files as one directory and pins it; adding the same files again yields the same CID. */
  addBundle(files: readonly BundleFile[]): Promise<AddedBundle>;
  close(): Promise<void>;
}

export class InvalidCidError extends Error {
  override name = 'InvalidCidError';
}

/** The CID is not in the store, or the path does not exist under it. */
export class BundleNotFoundError extends Error {
  override name = 'BundleNotFoundError';
}

/** Throws a clear error unless every path is a distinct, relative, normalized file path. */
export function validateBundlePaths(files: readonly BundleFile[]): void {
  if (files.length === 0) throw new Error('a bundle needs at least one file');
  const paths = new Set<string>();
  for (const { path } of files) {
    const segments = path.split('/');
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..') || /[\\\0]/.test(path)) {
      throw new Error(
        `bundle path ${JSON.stringify(path)} must be relative and normalized ('/'-separated, no empty, '.' or '..' segments, no backslash)`,
      );
    }
    if (paths.has(path)) throw new Error(`bundle path ${JSON.stringify(path)} appears twice`);
    paths.add(path);
  }
  for (const path of paths) {
    for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
      if (paths.has(path.slice(0, cut)))
        throw new Error(`bundle path ${JSON.stringify(path.slice(0, cut))} is both a file and a directory`);
    }
  }
}

export function parseCid(text: string): CID {
  try {
    return CID.parse(text);
  } catch (error) {
    throw new InvalidCidError(`${JSON.stringify(text)} is not a CID`, { cause: error });
  }
}
