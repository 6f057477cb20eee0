import { describe, expect, test } from 'vitest';
import { assertValidRef, assertValidRepo } from '../src/git-ref.ts';
import { ProvisioningError } from '../src/provisioning-error.ts';

describe('assertValidRef', () => {
  test.each([
    'main',
    'feature/fast-path',
    'v1.2.3',
    'release-2024_01',
    'a3bffbe',
    'a3bffbedc1ef4200fccfb5f4b38a6229983f45ea',
    '$(id)',
  ])('accepts %s', (ref) => {
    expect(() => assertValidRef(ref)).not.toThrow();
  });

  test.each([
    '',
    '-upload-pack=evil',
    'a..b',
    'a b',
    'x\ny',
    'topic.lock',
    'x@{1}',
    'a//b',
    'a/',
    '.hidden',
    'a~1',
    'b^2',
    'c:d',
    "it's",
    '"q"',
    'x'.repeat(256),
  ])('rejects %j as bad-ref', (ref) => {
    let error: unknown;
    try {
      assertValidRef(ref);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProvisioningError);
    expect((error as ProvisioningError).code).toBe('REF_INVALID');
    expect((error as ProvisioningError).message).toContain(JSON.stringify(ref));
  });
});

test('assertValidRepo refuses what git would read as an option', () => {
  expect(() => assertValidRepo('--upload-pack=touch /tmp/x')).toThrow(/not a usable git URL/);
  expect(() => assertValidRepo('https://example.invalid/suite.git')).not.toThrow();
});
