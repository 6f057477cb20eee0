import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { generateKeyPair, makeTempDir } from '@benchline/servers';
import { describe, expect, it } from 'vitest';
import { fingerprint, hostKeyAlgorithmsFor, isSameKey, parsePinnedHostKey } from '../src/ssh/host-key.ts';

const run = promisify(execFile);

describe('host key helpers', () => {
  it('computes the fingerprint ssh-keygen prints', async () => {
    const dir = await makeTempDir('hostkey');
    try {
      const key = await generateKeyPair(dir.path, 'k');
      const { stdout } = await run('ssh-keygen', ['-lf', `${key.privateKeyPath}.pub`]);
      const expected = stdout.split(' ')[1];
      const pinned = parsePinnedHostKey(
        (await readFile(`${key.privateKeyPath}.pub`, 'utf8')).split(' ').slice(0, 2).join(' '),
      );
      expect(fingerprint(pinned.blob)).toBe(expected);
    } finally {
      await dir.remove();
    }
  });

  it('compares key blobs exactly', () => {
    expect(isSameKey(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(isSameKey(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
    expect(isSameKey(Buffer.from('abc'), Buffer.from('abcd'))).toBe(false);
  });

  it('rejects malformed pinned keys and offers only the pinned key type', () => {
    expect(() => parsePinnedHostKey('ssh-ed25519')).toThrow(/pinned host key/);
    expect(() => parsePinnedHostKey('ssh-dss AAAA')).toThrow(/pinned host key/);
    expect(hostKeyAlgorithmsFor('ssh-ed25519')).toEqual(['ssh-ed25519']);
    expect(hostKeyAlgorithmsFor('ssh-rsa')).toContain('rsa-sha2-256');
  });
});
