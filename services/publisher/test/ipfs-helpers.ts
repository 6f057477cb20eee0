import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Kubo's default CIDv0 for a file, computed by Debian's `ipfs_cid`. */
export async function ipfsCid(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)('ipfs_cid', [path]);
  const json = stdout.split('\n').find((line) => line.startsWith('{'));
  if (!json) throw new Error(`ipfs_cid printed no JSON: ${stdout}`);
  return (JSON.parse(json) as { CIDv0: string }).CIDv0;
}

export async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}
