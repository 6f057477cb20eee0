import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@benchline/core';
import { resolveNatsCredentials } from '@benchline/core/internal';
import { makeTempDir, type ServerDir } from '@benchline/servers';

describe('resolveNatsCredentials: each service’s own NATS user from its environment', () => {
  const shared = {
    servers: ['nats://127.0.0.1:4222'],
    user: 'shared',
    password: 'shared-secret',
    manageTopology: true,
    ackWaitSeconds: 30,
  };
  let dir: ServerDir;
  beforeAll(async () => {
    dir = await makeTempDir('security-credentials');
    await writeFile(join(dir.path, 'password'), 'from-file\n', { mode: 0o600 });
    await writeFile(join(dir.path, 'empty'), '\n', { mode: 0o600 });
  });
  afterAll(async () => dir?.remove());

  it('uses the config without the variables, and the variables over the config', async () => {
    await expect(resolveNatsCredentials(shared, {})).resolves.toEqual({ user: 'shared', password: 'shared-secret' });
    await expect(
      resolveNatsCredentials(shared, { BENCHLINE_NATS_USER: 'executor', BENCHLINE_NATS_PASSWORD: 'own' }),
    ).resolves.toEqual({ user: 'executor', password: 'own' });
    await expect(
      resolveNatsCredentials(shared, {
        BENCHLINE_NATS_USER: 'executor',
        BENCHLINE_NATS_PASSWORD_FILE: join(dir.path, 'password'),
      }),
    ).resolves.toEqual({ user: 'executor', password: 'from-file' });
  });

  it.each([
    [{ BENCHLINE_NATS_PASSWORD: 'own' }, /BENCHLINE_NATS_USER is not/],
    [{ BENCHLINE_NATS_USER: 'executor' }, /neither BENCHLINE_NATS_PASSWORD nor BENCHLINE_NATS_PASSWORD_FILE/],
    [{ BENCHLINE_NATS_USER: 'executor', BENCHLINE_NATS_PASSWORD: '' }, /BENCHLINE_NATS_PASSWORD is empty/],
    [{ BENCHLINE_NATS_USER: 'executor', BENCHLINE_NATS_PASSWORD: 'a', BENCHLINE_NATS_PASSWORD_FILE: '/x' }, /not both/],
    [
      { BENCHLINE_NATS_USER: 'executor', BENCHLINE_NATS_PASSWORD_FILE: '/nonexistent/password' },
      /cannot read \/nonexistent\/password: ENOENT/,
    ],
  ])('refuses %o with a clear error', async (env, message) => {
    await expect(resolveNatsCredentials(shared, env)).rejects.toThrow(ConfigError);
    await expect(resolveNatsCredentials(shared, env)).rejects.toThrow(message);
  });

  it('refuses an empty password file', async () => {
    await expect(
      resolveNatsCredentials(shared, {
        BENCHLINE_NATS_USER: 'executor',
        BENCHLINE_NATS_PASSWORD_FILE: join(dir.path, 'empty'),
      }),
    ).rejects.toThrow(/is empty/);
  });
});
