import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { NodeSSH } from 'node-ssh';
import type { SFTPWrapper, Stats } from 'ssh2';
import { ArtifactMissingError, ArtifactTooLargeError, InvalidArtifactPathError } from './errors.ts';
import { isNoSuchFile, withSftp } from './ssh/sftp.ts';

export interface FetchArtifactOptions {
  /** The benchmark's output dir on the minion. */
  readonly outputDir: string;
  /** Relative to `outputDir`, e.g. `results` or `profiles/flame.html`. */
  readonly path: string;
  readonly maxBytes: number;
}

export interface FetchedArtifact {
  /** The absolute path on the minion. */
  readonly remotePath: string;
  readonly bytes: Buffer;
  readonly size: number;
  /** Lowercase hex SHA-256 of `bytes`. */
  readonly sha256: string;
}

/** `outputDir/path`, refusing paths that are absolute or climb out of `outputDir`. */
export function resolveArtifactPath(outputDir: string, path: string): string {
  if (path === '' || path.includes('\0'))
    throw new InvalidArtifactPathError(`artifact path ${JSON.stringify(path)} is empty or contains a NUL byte`);
  if (posix.isAbsolute(path))
    throw new InvalidArtifactPathError(`artifact path ${JSON.stringify(path)} must be relative to the output dir`);
  if (path.split('/').includes('..'))
    throw new InvalidArtifactPathError(`artifact path ${JSON.stringify(path)} must not contain ".."`);
  return posix.join(outputDir, path);
}

/** Downloads one file a benchmark wrote, over SFTP, refusing files above `maxBytes`. */
export async function fetchArtifact(ssh: NodeSSH, options: FetchArtifactOptions): Promise<FetchedArtifact> {
  const remotePath = resolveArtifactPath(options.outputDir, options.path);
  return withSftp(ssh, async (sftp) => {
    const stats = await statRemote(sftp, remotePath);
    if (!stats.isFile()) throw new InvalidArtifactPathError(`artifact ${remotePath} is not a regular file`);
    if (stats.size > options.maxBytes) throw new ArtifactTooLargeError(remotePath, stats.size, options.maxBytes);
    const bytes = await readRemote(sftp, remotePath, options.maxBytes);
    return { remotePath, bytes, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

function statRemote(sftp: SFTPWrapper, path: string): Promise<Stats> {
  return new Promise((resolve, reject) => {
    sftp.stat(path, (error, stats) => {
      if (!error) resolve(stats);
      else if (isNoSuchFile(error)) reject(new ArtifactMissingError(path));
      else reject(error);
    });
  });
}

/** Reads the whole file, still enforcing the limit in case the file grew after stat. */
function readRemote(sftp: SFTPWrapper, path: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = sftp.createReadStream(path);
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(new ArtifactTooLargeError(path, size, maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
