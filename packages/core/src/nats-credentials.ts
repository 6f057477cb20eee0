import { readFile } from 'node:fs/promises';
import type { BenchlineConfig } from './config-schema.ts';
import { ConfigError } from './config.ts';

export interface NatsCredentials {
  user?: string;
  password?: string;
}

/**
 * The NATS user this process connects as. The config file is shared by every service, so each
 * service's own credential comes from its environment: `BENCHLINE_NATS_USER` with
 * `BENCHLINE_NATS_PASSWORD` or `BENCHLINE_NATS_PASSWORD_FILE` (a file holding the password, e.g. a
 * Docker secret). Without them, `nats.user`/`nats.password` from the config apply.
 */
export async function resolveNatsCredentials(
  nats: Pick<BenchlineConfig['nats'], 'user' | 'password'>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<NatsCredentials> {
  const {
    BENCHLINE_NATS_USER: user,
    BENCHLINE_NATS_PASSWORD: password,
    BENCHLINE_NATS_PASSWORD_FILE: passwordFile,
  } = env;
  if (user === undefined && password === undefined && passwordFile === undefined)
    return { user: nats.user, password: nats.password };
  if (!user)
    throw new ConfigError(
      'BENCHLINE_NATS_PASSWORD or BENCHLINE_NATS_PASSWORD_FILE is set but BENCHLINE_NATS_USER is not',
    );
  if (password !== undefined && passwordFile !== undefined)
    throw new ConfigError('set BENCHLINE_NATS_PASSWORD or BENCHLINE_NATS_PASSWORD_FILE, not both');
  if (password !== undefined) {
    if (password === '') throw new ConfigError('BENCHLINE_NATS_PASSWORD is empty');
    return { user, password };
  }
  if (passwordFile === undefined)
    throw new ConfigError(
      `BENCHLINE_NATS_USER is ${user} but neither BENCHLINE_NATS_PASSWORD nor BENCHLINE_NATS_PASSWORD_FILE is set`,
    );
  let text: string;
  try {
    text = await readFile(passwordFile, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `BENCHLINE_NATS_PASSWORD_FILE: cannot read ${passwordFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const filePassword = text.trim();
  if (filePassword === '') throw new ConfigError(`BENCHLINE_NATS_PASSWORD_FILE: ${passwordFile} is empty`);
  return { user, password: filePassword };
}
