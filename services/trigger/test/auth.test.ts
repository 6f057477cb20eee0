import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { apiKeyVerifier } from '../src/auth.ts';

vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe('the API key verifier', () => {
  const verifier = apiKeyVerifier([
    { id: 'ci', key: 'ci-key-0123456789abcdef' },
    { id: 'nightly', sha256: crypto.createHash('sha256').update('nightly-key-0123456789').digest('hex') },
    { id: 'dashboards', key: 'dashboards-key-0123456789' },
  ]);
  const comparisons = vi.mocked(crypto.timingSafeEqual);

  it.each([
    ['the first key', 'ci-key-0123456789abcdef', 'ci'],
    ['a key given by its hash', 'nightly-key-0123456789', 'nightly'],
    ['a wrong key one character off', 'ci-key-0123456789abcdeg', undefined],
    ['a wrong key of another length', 'x', undefined],
    ['a wrong key far longer than any', 'k'.repeat(10_000), undefined],
  ])('compares %s with every key, in constant time, however early it matches', (_, presented, id) => {
    comparisons.mockClear();
    expect(verifier.verify(presented)).toBe(id);
    // One timingSafeEqual per key, of fixed-length digests: no early exit, no length to leak.
    expect(comparisons).toHaveBeenCalledTimes(3);
    for (const [a, b] of comparisons.mock.calls) expect([a.byteLength, b.byteLength]).toEqual([32, 32]);
  });

  it('compares nothing when no key is presented', () => {
    comparisons.mockClear();
    expect(verifier.verify(undefined)).toBeUndefined();
    expect(verifier.verify('')).toBeUndefined();
    expect(comparisons).not.toHaveBeenCalled();
  });
});
