import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SuiteConfig } from '@benchline/core';

/**
 * sha256 over every file of the Ansible content (path and bytes) and over the
 * suite's provisioning config. A minion whose stamp carries this fingerprint was
 * provisioned by exactly this playbook for exactly this config.
 */
export async function provisioningFingerprint(ansibleDir: string, suite: SuiteConfig): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await contentFiles(ansibleDir)) {
    hash.update(`${relative(ansibleDir, file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  const { repo, packages, setup, setupInputs } = suite;
  hash.update(JSON.stringify({ repo, packages, setup, setupInputs }));
  return hash.digest('hex');
}

async function contentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.pyc'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
