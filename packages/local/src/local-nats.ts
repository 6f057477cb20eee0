import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NATS_USERS, renderNatsAuthorization, type NatsUser } from '@benchline/core';

export interface LocalNats {
  /** nats-server config (mode 0600): the users and permissions of nats-permissions.ts, the log file. */
  configFile: string;
  /** The environment that makes a service (or benchline-init) connect as `user`. */
  env(user: NatsUser): NodeJS.ProcessEnv;
  /** Options for `connect()` as `user`. */
  credentials(user: NatsUser): { user: string; pass: string };
}

/**
 * Local mode uses the production authorization: one password per NATS user, generated on the
 * first start into `<dataDir>/nats-credentials/<user>` (0600, directory 0700) and kept. Connections
 * without credentials act as `client` (request runs, follow them), so `nats pub` and the demo's
 * watcher work on this machine without a password. The server logs (permission violations
 * included) to `<logDir>/nats-server.log`.
 */
export async function prepareLocalNats(dataDir: string, logDir: string): Promise<LocalNats> {
  const dir = join(dataDir, 'nats-credentials');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const passwordFile = (user: NatsUser) => join(dir, user);
  const passwords = new Map<NatsUser, string>();
  for (const user of NATS_USERS) passwords.set(user, await ensurePassword(passwordFile(user)));
  const password = (user: NatsUser) => passwords.get(user)!;

  await mkdir(logDir, { recursive: true });
  const configFile = join(dataDir, 'nats-server.conf');
  await writeFile(
    configFile,
    [
      '# Written by Benchline local mode on every start; the users come from packages/core/src/nats-permissions.ts.',
      `log_file: ${JSON.stringify(join(logDir, 'nats-server.log'))}`,
      renderNatsAuthorization((user) => ({ literal: password(user) }), { anonymousAs: 'client' }),
    ].join('\n'),
    { mode: 0o600 },
  );
  await chmod(configFile, 0o600);
  return {
    configFile,
    env: (user) => ({ BENCHLINE_NATS_USER: user, BENCHLINE_NATS_PASSWORD_FILE: passwordFile(user) }),
    credentials: (user) => ({ user, pass: password(user) }),
  };
}

async function ensurePassword(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await writeFile(path, `${password}\n`, { mode: 0o600, flag: 'wx' });
    return password;
  }
}
