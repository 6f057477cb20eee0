import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LocalApiKey {
  key: string;
  sha256: string;
  /** True when this call created the key (it is then shown once). */
  created: boolean;
  path: string;
}

/** The local API key, created on first use and kept 0600 in the data dir; the config holds only its hash. */
export async function ensureApiKey(dataDir: string): Promise<LocalApiKey> {
  const path = join(dataDir, 'api-key');
  let key: string;
  let created = false;
  try {
    key = (await readFile(path, 'utf8')).trim();
  } catch {
    key = randomBytes(24).toString('base64url');
    await writeFile(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
    created = true;
  }
  return { key, sha256: createHash('sha256').update(key).digest('hex'), created, path };
}
