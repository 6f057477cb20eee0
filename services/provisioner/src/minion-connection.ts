import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MinionConfig } from '@benchline/core';
import { assertUsableInSshOptions, knownHostsLine } from './inventory.ts';
import { runCommand } from './run-command.ts';

/**
 * The warm check and Ansible share one OpenSSH ControlMaster per minion. A master skips the
 * host-key check for the sessions it carries, so it may only serve the exact settings it was
 * verified with: its socket is named by a hash of them, and a changed pin, address, user or
 * private key never reaches a master opened under the old ones.
 */
export interface MinionConnection {
  /** known_hosts holding only the pinned key; stable, since a master re-checks the key when it rekeys. */
  readonly knownHostsPath: string;
  /** The master's socket; null when the data dir's path is too long for one (every connection is then fresh). */
  readonly socketPath: string | null;
}

/** What is known about the private key file: a replaced or re-moded key must not reuse a master. */
export type KeyFileState = {
  readonly dev: number;
  readonly ino: number;
  readonly mode: number;
  readonly size: number;
  readonly mtimeMs: number;
} | null;

// Idle time after which a master exits: bounds how long one verified connection is trusted.
const PERSIST_SECONDS = 90;
// A master whose peer stopped answering exits after 3 × 5 s, as a fresh connection would time out (ConnectTimeout=15).
const ALIVE_INTERVAL_SECONDS = 5;
const ALIVE_COUNT_MAX = 3;
// sun_path holds 108 bytes with the NUL; while it sets up a master, ssh binds "<path>.<16 random chars>".
const MAX_SOCKET_PATH_LENGTH = 107 - 17;

export function connectionIdentity(minion: MinionConfig, privateKey: KeyFileState): string {
  const settings = [minion.host, minion.port, minion.user, minion.hostKey, resolve(minion.privateKeyFile), privateKey];
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 24);
}

export function connectionDir(stateDir: string): string {
  return join(stateDir, 'ssh');
}

/** Prepares the pinned known_hosts file and the socket path of the minion's shared master under `stateDir`. */
export async function minionConnection(stateDir: string, minion: MinionConfig): Promise<MinionConnection> {
  const dir = connectionDir(stateDir);
  assertUsableInSshOptions(dir);
  // Anyone who can open a master's socket runs commands on the minion.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const id = connectionIdentity(minion, await keyFileState(minion.privateKeyFile));
  const knownHostsPath = join(dir, `${id}.known_hosts`);
  const staged = `${knownHostsPath}.${randomBytes(6).toString('hex')}`;
  await writeFile(staged, `${knownHostsLine(minion)}\n`, { mode: 0o600 });
  await rename(staged, knownHostsPath);
  const socketPath = join(dir, id);
  return { knownHostsPath, socketPath: socketPath.length <= MAX_SOCKET_PATH_LENGTH ? socketPath : null };
}

/** OpenSSH options that make a connection go through the shared master, opening it when there is none. */
export function sharingOptions(connection: MinionConnection): string[] {
  if (connection.socketPath === null) return ['-o', 'ControlMaster=no'];
  return [
    '-o',
    'ControlMaster=auto',
    '-o',
    `ControlPath=${connection.socketPath}`,
    '-o',
    `ControlPersist=${PERSIST_SECONDS}`,
    '-o',
    `ServerAliveInterval=${ALIVE_INTERVAL_SECONDS}`,
    '-o',
    `ServerAliveCountMax=${ALIVE_COUNT_MAX}`,
  ];
}

async function closeMaster(socketPath: string): Promise<void> {
  await runCommand('ssh', ['-F', '/dev/null', '-o', `ControlPath=${socketPath}`, '-O', 'exit', 'benchline-master'], {
    timeoutMs: 5_000,
  });
}

/** Closes every shared master under `stateDir` and forgets their known_hosts files (service shutdown). */
export async function closeAllConnections(stateDir: string): Promise<void> {
  const dir = connectionDir(stateDir);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(entries.filter((entry) => entry.isSocket()).map((entry) => closeMaster(join(dir, entry.name))));
  await rm(dir, { recursive: true, force: true });
}

async function keyFileState(path: string): Promise<KeyFileState> {
  // A missing key is left for ssh to report.
  return stat(path).then(
    ({ dev, ino, mode, size, mtimeMs }) => ({ dev, ino, mode, size, mtimeMs }),
    () => null,
  );
}
