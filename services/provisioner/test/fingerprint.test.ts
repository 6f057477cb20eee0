import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SuiteConfig } from '@benchline/core';
import { makeTempDir } from '@benchline/servers';
import { provisioningFingerprint } from '../src/fingerprint.ts';
import { DEFAULT_ANSIBLE_DIR } from '../src/run-ansible.ts';

const suite = {
  repo: '/srv/suite.git',
  defaultRef: 'main',
  packages: [],
  setup: [['npm', 'ci']],
  setupInputs: ['package-lock.json'],
  parameters: {},
  benchmarks: [],
} as unknown as SuiteConfig;
let dir: Awaited<ReturnType<typeof makeTempDir>>;
let ansibleDir: string;

beforeAll(async () => {
  dir = await makeTempDir('fingerprint');
  ansibleDir = join(dir.path, 'ansible');
  await cp(DEFAULT_ANSIBLE_DIR, ansibleDir, { recursive: true });
});
afterAll(async () => {
  await dir.remove();
});

test('the fingerprint is stable and ignores what does not change provisioning', async () => {
  const first = await provisioningFingerprint(ansibleDir, suite);
  expect(first).toMatch(/^[0-9a-f]{64}$/);
  expect(await provisioningFingerprint(ansibleDir, { ...suite, defaultRef: 'develop', parameters: { n: {} } })).toBe(
    first,
  );
  await writeFile(join(ansibleDir, 'library', 'stale.pyc'), 'bytecode');
  expect(await provisioningFingerprint(ansibleDir, suite)).toBe(first);
});

test('the fingerprint changes with the suite’s provisioning config and with the Ansible content', async () => {
  const first = await provisioningFingerprint(ansibleDir, suite);
  expect(await provisioningFingerprint(ansibleDir, { ...suite, setup: [['npm', 'install']] })).not.toBe(first);
  expect(await provisioningFingerprint(ansibleDir, { ...suite, packages: ['jq'] })).not.toBe(first);
  expect(await provisioningFingerprint(ansibleDir, { ...suite, setupInputs: ['yarn.lock'] })).not.toBe(first);
  expect(await provisioningFingerprint(ansibleDir, { ...suite, repo: '/srv/other.git' })).not.toBe(first);
  await writeFile(join(ansibleDir, 'roles', 'suite', 'tasks', 'main.yml'), '\n# edited\n', { flag: 'a' });
  expect(await provisioningFingerprint(ansibleDir, suite)).not.toBe(first);
});
