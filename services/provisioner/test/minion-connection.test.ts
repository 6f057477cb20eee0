import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MinionConfig } from '@benchline/core';
import { makeTempDir } from '@benchline/servers';
import { knownHostsLine } from '../src/inventory.ts';
import {
  connectionDir,
  connectionIdentity,
  minionConnection,
  sharingOptions,
  type KeyFileState,
} from '../src/minion-connection.ts';

const minion: MinionConfig = {
  host: '127.0.0.1',
  port: 2222,
  user: 'bench',
  privateKeyFile: '/keys/minion',
  hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBASE64',
  workDir: '/srv/benchline',
};
const key: KeyFileState = { dev: 1, ino: 42, mode: 0o100600, size: 411, mtimeMs: 1_700_000_000_000 };

describe('connectionIdentity', () => {
  test('is stable for the same settings', () => {
    expect(connectionIdentity({ ...minion }, { ...key })).toBe(connectionIdentity(minion, key));
  });

  test('changes with every setting a master was verified under: address, user, pinned key, private key and its file', () => {
    const identities = [
      connectionIdentity(minion, key),
      connectionIdentity({ ...minion, host: '127.0.0.2' }, key),
      connectionIdentity({ ...minion, port: 2223 }, key),
      connectionIdentity({ ...minion, user: 'other' }, key),
      connectionIdentity({ ...minion, hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOTHER' }, key),
      connectionIdentity({ ...minion, privateKeyFile: '/keys/other' }, key),
      connectionIdentity(minion, { ...key, mode: 0o100640 }),
      connectionIdentity(minion, { ...key, ino: 43 }),
      connectionIdentity(minion, { ...key, mtimeMs: key!.mtimeMs + 1 }),
      connectionIdentity(minion, null),
    ];
    expect(new Set(identities).size).toBe(identities.length);
  });

  test('is independent of the minion work dir, which plays no part in connecting', () => {
    expect(connectionIdentity({ ...minion, workDir: '/elsewhere' }, key)).toBe(connectionIdentity(minion, key));
  });
});

describe('minionConnection', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    dir = await makeTempDir('connection');
  });
  afterAll(async () => {
    await dir.remove();
  });

  test('pins the host key in a known_hosts file and names the socket after the identity, in a directory only the owner can open', async () => {
    const stateDir = join(dir.path, 'state');
    await mkdir(connectionDir(stateDir), { recursive: true, mode: 0o755 });
    const connection = await minionConnection(stateDir, minion);

    expect(await readFile(connection.knownHostsPath, 'utf8')).toBe(`${knownHostsLine(minion)}\n`);
    expect(connection.socketPath).toBe(join(connectionDir(stateDir), connectionIdentity(minion, null)));
    expect((await stat(connectionDir(stateDir))).mode & 0o777).toBe(0o700);
  });

  test('another pinned key gets another socket and known_hosts file', async () => {
    const stateDir = join(dir.path, 'state');
    const pinned = await minionConnection(stateDir, minion);
    const other = await minionConnection(stateDir, {
      ...minion,
      hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOTHER',
    });

    expect(other.socketPath).not.toBe(pinned.socketPath);
    expect(other.knownHostsPath).not.toBe(pinned.knownHostsPath);
    expect(await readFile(pinned.knownHostsPath, 'utf8')).toContain('AAAAIBASE64');
  });

  test('a state dir too deep for a socket path turns connection sharing off', async () => {
    const connection = await minionConnection(join(dir.path, 'd'.repeat(80)), minion);

    expect(connection.socketPath).toBeNull();
    expect(sharingOptions(connection)).toEqual(['-o', 'ControlMaster=no']);
  });

  test('a state dir OpenSSH options cannot hold is refused', async () => {
    await expect(minionConnection(join(dir.path, 'with space'), minion)).rejects.toThrow(/cannot hold/);
  });
});

test('shared connections go through the socket and close after a bounded idle time', () => {
  const options = sharingOptions({ knownHostsPath: '/state/ssh/abc.known_hosts', socketPath: '/state/ssh/abc' });
  const values = new Map(
    options.filter((_, index) => index % 2 === 1).map((option) => option.split('=') as [string, string]),
  );

  expect(values.get('ControlMaster')).toBe('auto');
  expect(values.get('ControlPath')).toBe('/state/ssh/abc');
  expect(Number(values.get('ControlPersist'))).toBeGreaterThan(0);
  expect(Number(values.get('ControlPersist'))).toBeLessThanOrEqual(120);
});
