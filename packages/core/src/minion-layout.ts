import { posix } from 'node:path';

/** Where a suite is checked out on a minion (the provisioner's playbook and the executor agree on it). */
export const suiteCheckoutDir = (workDir: string, suite: string) => posix.join(workDir, 'suites', suite, 'checkout');
