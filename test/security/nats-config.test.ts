import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NATS_USERS } from '@benchline/core';
import { passwordEnvName, productionNatsAuthorization } from '@benchline/core/internal';

const ROOT = resolve(import.meta.dirname, '../..');
const NATS_DIR = join(ROOT, 'infrastructure/nats');
const SERVER_CONFIGS = ['nats-server.conf', 'cluster/nats-cluster.conf'];
const checkConfig = (path: string, env: NodeJS.ProcessEnv) =>
  promisify(execFile)('nats-server', ['-c', join(NATS_DIR, path), '-t'], {
    env: { PATH: process.env.PATH, NATS_SERVER_NAME: 'nats-1', ...env },
  });

describe('production NATS authorization (infrastructure/nats)', () => {
  it('is exactly what the generator renders from nats-permissions.ts', () => {
    expect(
      readFileSync(join(NATS_DIR, 'authorization.conf'), 'utf8'),
      'run: node --import tsx packages/core/bin/nats-authorization.ts infrastructure/nats/authorization.conf',
    ).toBe(productionNatsAuthorization());
  });

  it.each(SERVER_CONFIGS)('%s includes it and defines no users of its own', (path) => {
    const text = readFileSync(join(NATS_DIR, path), 'utf8');
    expect(text).toMatch(/^include (\.\.\/)?authorization\.conf$/m);
    expect(text).not.toMatch(/^\s*(password|users)\s*:/m);
  });

  it.each(SERVER_CONFIGS)(
    '%s is accepted by nats-server with every user password set, and refused without one',
    async (path) => {
      const passwords = Object.fromEntries(NATS_USERS.map((user) => [passwordEnvName(user), `${user}-secret`]));
      await expect(checkConfig(path, passwords)).resolves.toMatchObject({ stderr: expect.stringMatching(/is valid/) });
      const { NATS_EXECUTOR_PASSWORD: _, ...missingOne } = passwords;
      await expect(checkConfig(path, missingOne)).rejects.toThrow(/NATS_EXECUTOR_PASSWORD/);
    },
  );
});
