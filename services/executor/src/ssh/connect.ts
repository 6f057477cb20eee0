import { readFile, stat } from 'node:fs/promises';
import type { MinionConfig } from '@benchline/core';
import { NodeSSH, SSHError } from 'node-ssh';
import type { Logger } from 'pino';
import { HostKeyMismatchError, MinionAuthenticationError, MinionUnreachableError, PrivateKeyError } from '../errors.ts';
import { fingerprint, hostKeyAlgorithmsFor, isSameKey, parsePinnedHostKey } from './host-key.ts';

export interface ConnectMinionOptions {
  /** Receives errors of the established connection (a dropped link), which would otherwise crash the process. */
  readonly logger: Logger;
  /** TCP connect + SSH handshake + authentication. Default 20 s. */
  readonly readyTimeoutMs?: number;
  /** SSH keepalives detect a minion that vanished during a long benchmark. Default 15 s, 4 unanswered = dead. */
  readonly keepaliveIntervalMs?: number;
}

const UNREACHABLE_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is sshd running on that port?)',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'no route to host',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host name does not resolve',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
};

/** Connects to a minion over SSH, refusing any host key but the pinned one. */
export async function connectMinion(minion: MinionConfig, options: ConnectMinionOptions): Promise<NodeSSH> {
  const { host, port, user } = minion;
  const pinned = parsePinnedHostKey(minion.hostKey);
  const privateKey = await readPrivateKey(minion.privateKeyFile);
  let presentedKey: Buffer | undefined;
  const ssh = new NodeSSH();
  try {
    await ssh.connect({
      host,
      port,
      username: user,
      privateKey,
      readyTimeout: options.readyTimeoutMs ?? 20_000,
      keepaliveInterval: options.keepaliveIntervalMs ?? 15_000,
      keepaliveCountMax: 4,
      algorithms: { serverHostKey: hostKeyAlgorithmsFor(pinned.type) },
      hostVerifier: (key: Buffer) => {
        presentedKey = key;
        return isSameKey(pinned.blob, key);
      },
    });
  } catch (error) {
    ssh.dispose();
    if (presentedKey && !isSameKey(pinned.blob, presentedKey)) {
      throw new HostKeyMismatchError(host, port, fingerprint(pinned.blob), fingerprint(presentedKey));
    }
    throw describeConnectError(minion, error);
  }
  ssh.connection?.on('error', (error) =>
    options.logger.warn({ err: error, host, port }, 'SSH connection to minion failed'),
  );
  return ssh;
}

async function readPrivateKey(path: string): Promise<string> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (error) {
    throw new PrivateKeyError(`cannot read SSH private key ${path}: ${(error as Error).message}`);
  }
  if ((mode & 0o077) !== 0) {
    throw new PrivateKeyError(
      `SSH private key ${path} has mode ${(mode & 0o777).toString(8).padStart(4, '0')}; it must not be accessible by group or others (chmod 600)`,
    );
  }
  return readFile(path, 'utf8');
}

function describeConnectError(minion: MinionConfig, error: unknown): Error {
  const { host, port, user } = minion;
  // node-ssh's own rejection when the socket closes before the handshake, without an ssh2 error.
  if (error instanceof SSHError)
    return new MinionUnreachableError(
      host,
      port,
      'the server closed the connection before the SSH handshake completed',
      { cause: error },
    );
  const err = error as Error & { code?: string; level?: string };
  if (err.level === 'client-authentication') return new MinionAuthenticationError(host, port, user, { cause: error });
  if (err.level === 'client-timeout')
    return new MinionUnreachableError(host, port, 'no SSH handshake before the timeout', { cause: error });
  const reason = err.code ? UNREACHABLE_CODES[err.code] : undefined;
  if (reason) return new MinionUnreachableError(host, port, reason, { cause: error });
  if (err.level === 'client-socket') return new MinionUnreachableError(host, port, err.message, { cause: error });
  return err instanceof Error ? err : new Error(String(error));
}
