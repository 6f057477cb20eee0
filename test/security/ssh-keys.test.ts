import { chmod, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type MinionConfig, type SuiteConfig } from '@benchline/core';
import { generateKeyPair, startSshd, type Sshd } from '@benchline/servers';
import { connectMinion, HostKeyMismatchError, PrivateKeyError } from '@benchline/executor/internal';
import { ProvisioningError, runPlaybook } from '@benchline/provisioner/internal';

const log = pino({ level: 'silent' });

/** Both SSH paths (the executor's node-ssh, the provisioner's OpenSSH/Ansible) against a real sshd. */
describe('SSH keys: pinned host keys, private keys only readable by their owner', () => {
  let sshd: Sshd;
  let minion: MinionConfig;
  let openKey: string;
  let suite: SuiteConfig;

  beforeAll(async () => {
    sshd = await startSshd();
    minion = {
      host: sshd.host,
      port: sshd.port,
      user: sshd.user,
      privateKeyFile: sshd.clientKey.privateKeyPath,
      hostKey: sshd.hostKey,
      workDir: join(sshd.dir, 'minion'),
    };
    openKey = join(sshd.dir, 'group-readable-key');
    await copyFile(sshd.clientKey.privateKeyPath, openKey);
    await chmod(openKey, 0o640);
    suite = parseConfig({
      suites: { demo: { repo: join(sshd.dir, 'no-repo'), benchmarks: [{ name: 'noop', command: ['true'] }] } },
    }).suites.demo!;
  });
  afterAll(async () => {
    await sshd?.close();
  });

  const provision = (target: MinionConfig) =>
    runPlaybook({
      minionName: 'm1',
      minion: target,
      suiteName: 'demo',
      suite,
      ref: 'main',
      runId: 'security-run',
      dataDir: join(sshd.dir, 'provisioner'),
      timeoutMs: 60_000,
      log,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );

  it('the executor refuses a group-readable private key before connecting', async () => {
    await expect(connectMinion({ ...minion, privateKeyFile: openKey }, { logger: log })).rejects.toThrow(
      PrivateKeyError,
    );
    await expect(connectMinion({ ...minion, privateKeyFile: openKey }, { logger: log })).rejects.toThrow(
      /mode 0640.*chmod 600/,
    );
  });

  it('the provisioner reports a group-readable private key as such, not as a refused key', async () => {
    const error = await provision({ ...minion, privateKeyFile: openKey });
    expect(error).toBeInstanceOf(ProvisioningError);
    expect(error).toMatchObject({
      code: 'MINION_PRIVATE_KEY_UNPROTECTED',
      message: expect.stringMatching(new RegExp(`${openKey} has mode 0640.*chmod 600`)),
    });
  });

  it('both refuse a minion whose host key is not the pinned one', async () => {
    const otherHostKey = (await generateKeyPair(sshd.dir, 'other-host-key')).publicKey.split(' ').slice(0, 2).join(' ');
    const impostor = { ...minion, hostKey: otherHostKey };
    await expect(connectMinion(impostor, { logger: log })).rejects.toThrow(HostKeyMismatchError);
    expect(await provision(impostor)).toMatchObject({ code: 'MINION_HOST_KEY_MISMATCH' });
  });
});
