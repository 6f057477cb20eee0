import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A Unix user made for one test: a minion that does not log in as root. */
export interface SystemUser {
  readonly name: string;
  readonly uid: number;
  readonly home: string;
  /** Deletes the user and its home, whatever processes of it are left. */
  remove(): Promise<void>;
}

/**
 * Creates an unprivileged user (`useradd`, so the tests must run as root, as CI does) with a home
 * of its own and bash as its shell. Its git trusts repositories of other owners: a test's
 * suite repository is a local path owned by the user running the tests.
 */
export async function createSystemUser(): Promise<SystemUser> {
  const name = `benchline-${randomBytes(4).toString('hex')}`;
  // Password '*': none that works, but not locked ('!'), which sshd refuses even for a key.
  await run('useradd', ['--create-home', '--shell', '/bin/bash', '--user-group', '--password', '*', name]);
  const [, , uid, gid, , home = ''] = (await run('getent', ['passwd', name])).stdout.trim().split(':');
  const gitConfig = join(home, '.gitconfig');
  await writeFile(gitConfig, '[safe]\n\tdirectory = *\n');
  await run('chown', [`${uid}:${gid}`, gitConfig]);
  return {
    name,
    uid: Number(uid),
    home,
    remove: async () => {
      await run('pkill', ['-KILL', '-u', name]).catch(() => undefined); // none left: exit code 1
      await run('userdel', ['--force', '--remove', name]);
    },
  };
}
