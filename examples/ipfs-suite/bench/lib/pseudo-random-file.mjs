import { createCipheriv } from 'node:crypto';
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;

/**
 * Writes `bytes` pseudo-random bytes to `path`: an AES-128-CTR keystream keyed by (bytes, seed), so
 * the same pair always gives the same file (and the same CID), and files of different sizes or
 * seeds share no blocks. Fast enough (GB/s) not to matter next to what is measured.
 */
export async function writePseudoRandomFile(path, bytes, seed = 0) {
  const key = Buffer.alloc(16);
  key.writeBigUInt64BE(BigInt(bytes), 0);
  key.writeUInt32BE(seed, 12);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(CHUNK_BYTES);
  const file = await open(path, 'wx');
  try {
    for (let written = 0; written < bytes; written += CHUNK_BYTES) {
      await file.write(cipher.update(zeros.subarray(0, Math.min(CHUNK_BYTES, bytes - written))));
    }
  } finally {
    await file.close();
  }
}
