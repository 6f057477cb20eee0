import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MinionConfig } from '@benchline/core';
import { makeTempDir } from '@benchline/servers';
import { knownHostsLine, sshOptions, writeInventory } from '../src/inventory.ts';

const minion: MinionConfig = {
  host: '127.0.0.1',
  port: 2222,
  user: 'bench',
  privateKeyFile: '/keys/minion',
  hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBASE64',
  workDir: '/srv/benchline',
};
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dir = await makeTempDir('inventory');
});
afterAll(async () => {
  await dir.remove();
});

test('known_hosts lines use [host]:port except on port 22, as OpenSSH looks them up', () => {
  expect(knownHostsLine(minion)).toBe('[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBASE64');
  expect(knownHostsLine({ ...minion, host: 'bench-1.lan', port: 22 })).toBe(
    'bench-1.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBASE64',
  );
});

test('the generated inventory holds the minion from config with strict host-key checking against the pinned key', async () => {
  const knownHostsPath = `${dir.path}/pinned.known_hosts`;
  const inventoryPath = await writeInventory(dir.path, 'm1', minion, knownHostsPath);
  const inventory = await readFile(inventoryPath, 'utf8');
  expect(inventory).toContain(
    '{all: {hosts: {m1: {ansible_host: !unsafe "127.0.0.1", ansible_port: 2222, ansible_user: !unsafe "bench", ansible_ssh_private_key_file: !unsafe "/keys/minion"',
  );
  expect(inventory).toContain(
    `StrictHostKeyChecking=yes -o UserKnownHostsFile=${knownHostsPath} -o GlobalKnownHostsFile=/dev/null`,
  );
  expect(inventory).toContain('ansible_remote_tmp: !unsafe "/srv/benchline/.ansible-tmp"');
});

test('paths OpenSSH would split or expand are refused', () => {
  expect(() => sshOptions('/data dir/known_hosts')).toThrow(/cannot hold/);
  expect(() => sshOptions('/data/%d/known_hosts')).toThrow(/cannot hold/);
});
