import { chmod, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { freePort, generateKeyPair, startSshd, type Sshd } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostKeyMismatchError, MinionUnreachableError, PrivateKeyError } from '../src/errors.ts';
import { connectMinion } from '../src/ssh/connect.ts';
import { fingerprint, parsePinnedHostKey } from '../src/ssh/host-key.ts';
import { minionFor, silentLogger } from './minion-helpers.ts';

let sshd: Sshd;
beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(async () => {
  await sshd?.close();
});

describe('connectMinion against a real sshd', () => {
  it('connects with the pinned host key and runs commands', async () => {
    const ssh = await connectMinion(minionFor(sshd, '/unused'), { logger: silentLogger });
    try {
      expect((await ssh.execCommand('echo connected')).stdout).toBe('connected');
    } finally {
      ssh.dispose();
    }
  });

  it('refuses a host whose key is not the pinned one, naming both fingerprints, before any command runs', async () => {
    const other = await generateKeyPair(sshd.dir, 'other_host_key');
    const wrongHostKey = other.publicKey.split(' ').slice(0, 2).join(' ');
    const marker = join(sshd.dir, 'must-not-exist');
    const attempt = connectMinion(minionFor(sshd, '/unused', { hostKey: wrongHostKey }), { logger: silentLogger }).then(
      (ssh) => ssh.execCommand(`touch ${marker}`),
    );
    const error = await attempt.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HostKeyMismatchError);
    const message = (error as Error).message;
    expect(message).toContain(`127.0.0.1:${sshd.port}`);
    expect(message).toContain(fingerprint(parsePinnedHostKey(wrongHostKey).blob));
    expect(message).toContain(fingerprint(parsePinnedHostKey(sshd.hostKey).blob));
    expect(existsSync(marker)).toBe(false);
  });

  it('reports a port nobody listens on as unreachable', async () => {
    const port = await freePort();
    await expect(connectMinion(minionFor(sshd, '/unused', { port }), { logger: silentLogger })).rejects.toThrow(
      MinionUnreachableError,
    );
    await expect(connectMinion(minionFor(sshd, '/unused', { port }), { logger: silentLogger })).rejects.toThrow(
      /connection refused/,
    );
  });

  it('reports a server that never completes the handshake as unreachable after the timeout', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      await expect(
        connectMinion(minionFor(sshd, '/unused', { port }), { logger: silentLogger, readyTimeoutMs: 500 }),
      ).rejects.toThrow(MinionUnreachableError);
    } finally {
      silent.close();
    }
  });

  it('refuses a private key readable by group or others', async () => {
    const loose = join(sshd.dir, 'loose_key');
    await copyFile(sshd.clientKey.privateKeyPath, loose);
    await chmod(loose, 0o644);
    await expect(
      connectMinion(minionFor(sshd, '/unused', { privateKeyFile: loose }), { logger: silentLogger }),
    ).rejects.toThrow(PrivateKeyError);
    await expect(
      connectMinion(minionFor(sshd, '/unused', { privateKeyFile: loose }), { logger: silentLogger }),
    ).rejects.toThrow(/mode 0644.*chmod 600/);
  });
});
