import { posix } from 'node:path';
import { suiteCheckoutDir } from '@benchline/core';

/** Where provisioning keeps a suite's state on the minion; both the playbook and the warm check get these paths. */
export interface SuitePaths {
  readonly checkout: string;
  /** Written after setup succeeded: the commit, setup argv and input hashes it ran with. */
  readonly setupStamp: string;
  /** Written last by a successful playbook run: commit, fingerprint and host facts. */
  readonly provisionedStamp: string;
  /** One directory per run; everything in it is a leftover when provisioning starts. */
  readonly runsDir: string;
}

export function suitePaths(workDir: string, suiteName: string): SuitePaths {
  if (!posix.isAbsolute(workDir)) throw new Error(`minion workDir must be an absolute path, got "${workDir}"`);
  if (suiteName.includes('/') || suiteName.startsWith('.'))
    throw new Error(`suite name "${suiteName}" cannot be used as a directory name`);
  const suiteDir = posix.join(workDir, 'suites', suiteName);
  return {
    checkout: suiteCheckoutDir(workDir, suiteName),
    setupStamp: posix.join(suiteDir, '.benchline-setup.json'),
    provisionedStamp: posix.join(suiteDir, '.benchline-provisioned.json'),
    runsDir: posix.join(workDir, 'runs'),
  };
}

/** Ansible's remote temp dir, kept inside the work dir rather than the minion user's home. */
export function remoteTempDir(workDir: string): string {
  return posix.join(workDir, '.ansible-tmp');
}
