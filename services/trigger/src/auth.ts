import { createHash, timingSafeEqual } from 'node:crypto';
import type { BenchlineConfig } from '@benchline/core';

export const hashApiKey = (key: string): Buffer => createHash('sha256').update(key).digest();

export interface ApiKeyVerifier {
  /** The id of the key that matches, or undefined. Compares against every key in constant time. */
  verify(presented: string | undefined): string | undefined;
}

export function apiKeyVerifier(keys: BenchlineConfig['http']['apiKeys']): ApiKeyVerifier {
  const known = keys.map((key) => ({
    id: key.id,
    hash: key.sha256 ? Buffer.from(key.sha256, 'hex') : hashApiKey(key.key ?? ''),
  }));
  return {
    verify(presented) {
      if (!presented) return undefined;
      const hash = hashApiKey(presented);
      let match: string | undefined;
      for (const key of known) if (timingSafeEqual(hash, key.hash)) match ??= key.id;
      return match;
    },
  };
}

/** `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('Bearer '))
    return authorization.slice('Bearer '.length).trim();
  const header = headers['x-api-key'];
  return typeof header === 'string' ? header : undefined;
}
