import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinionConfig } from '@benchline/core';
import { toAnsibleYaml } from './ansible-yaml.ts';
import { remoteTempDir } from './minion-layout.ts';

export interface AnsibleInventory {
  readonly inventoryPath: string;
  /** Holds only the minion's pinned host key; every SSH connection checks against it. */
  readonly knownHostsPath: string;
}

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
  if (/["\\%\s]/.test(knownHostsPath)) throw new Error(`the data dir path "${knownHostsPath}" contains characters OpenSSH options cannot hold (quotes, backslash, %, whitespace)`);
  return [
    '-F', '/dev/null',
    '-o', 'StrictHostKeyChecking=yes',
    '-o', `UserKnownHostsFile=${knownHostsPath}`,
    '-o', 'GlobalKnownHostsFile=/dev/null',
    '-o', 'UpdateHostKeys=no',
    '-o', 'IdentitiesOnly=yes',
    '-o', 'BatchMode=yes',
    '-o', 'ConnectTimeout=15',
  ];
}

/** Writes an inventory holding exactly this minion, generated from its config, and its known_hosts file. */
export async function writeInventory(dir: string, minionName: string, minion: MinionConfig): Promise<AnsibleInventory> {
  const knownHostsPath = join(dir, 'known_hosts');
  const inventoryPath = join(dir, 'inventory.yml');
  await writeFile(knownHostsPath, `${knownHostsLine(minion)}\n`, { mode: 0o600 });
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
  return { inventoryPath, knownHostsPath };
}
