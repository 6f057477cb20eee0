import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sshd } from '@benchline/servers';

/**
 * Makes the minion unreachable as a dead host would be: the sshd listener stops and every
 * connection it serves breaks (an OpenSSH master the provisioner keeps open would otherwise carry
 * on without the listener). Only processes of this test's own sshd are signalled, by pid.
 */
export async function cutOffMinion(sshd: Sshd): Promise<void> {
  const listener = Number((await readFile(join(sshd.dir, 'sshd.pid'), 'utf8')).trim());
  const sessions = await descendants(listener);
  await sshd.stop();
  for (const pid of sessions) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone with its connection
    }
  }
}

/** Every process below `root` (the session processes of a privilege-separated sshd are two levels deep). */
async function descendants(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // After the command name, which is in parentheses and may contain spaces: state, ppid, ...
    if (stat) parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}
