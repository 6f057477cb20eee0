import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinionConfig } from '@benchline/core';
import { toAnsibleYaml } from './ansible-yaml.ts';
import { remoteTempDir } from './minion-layout.ts';

/** The `known_hosts` line pinning `minion.hostKey` (OpenSSH writes `[host]:port` unless the port is 22). */
export function knownHostsLine(minion: MinionConfig): string {
  const pattern = minion.port === 22 ? minion.host : `[${minion.host}]:${minion.port}`;
  return `${pattern} ${minion.hostKey}`;
}

/**
 * OpenSSH client options shared by Ansible and the warm check: host-key checking
 * against the pinned key only, no agent or ~/.ssh/config, never a prompt.
 */
export function sshOptions(knownHostsPath: string): string[] {
  assertUsableInSshOptions(knownHostsPath);
  return [
    '-F',
    '/dev/null',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `UserKnownHostsFile=${knownHostsPath}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'UpdateHostKeys=no',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=15',
  ];
}

/** Paths end up in OpenSSH options, which Ansible splits like a shell and OpenSSH expands %-tokens in. */
export function assertUsableInSshOptions(path: string): void {
  if (/["\\%\s]/.test(path))
    throw new Error(
      `the data dir path "${path}" contains characters OpenSSH options cannot hold (quotes, backslash, %, whitespace)`,
    );
}

/** Writes an inventory holding exactly this minion, generated from its config; returns its path. */
export async function writeInventory(
  dir: string,
  minionName: string,
  minion: MinionConfig,
  knownHostsPath: string,
): Promise<string> {
  const inventoryPath = join(dir, 'inventory.yml');
  const host = {
    ansible_host: minion.host,
    ansible_port: minion.port,
    ansible_user: minion.user,
    ansible_ssh_private_key_file: minion.privateKeyFile,
    // Ansible splits this string like a shell would (shlex), so it is joined from plain tokens only.
    ansible_ssh_common_args: sshOptions(knownHostsPath).join(' '),
    ansible_remote_tmp: remoteTempDir(minion.workDir),
  };
  await writeFile(inventoryPath, toAnsibleYaml({ all: { hosts: { [minionName]: host } } }), { mode: 0o600 });
  return inventoryPath;
}
