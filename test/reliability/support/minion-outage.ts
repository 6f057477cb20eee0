import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sshd } from '@benchline/servers';

/**
 * Makes the minion unreachable as a dead host would be: the sshd listener stops and every
 * connection it serves breaks (an OpenSSH master the provisioner keeps open would otherwise carry
 * on without the listener). Only processes of this test's own sshd are signalled, by pid.
 */
export async function cutOffMinion(sshd: Sshd): Promise<void> {
  await stopWith(sshd, await descendants(await listenerPid(sshd)));
}

/**
 * Kills sshd as a crash (or `kill -9` of every sshd) would: the listener and the sshd process of
 * every connection, but none of the processes the sessions started, which stay on the minion.
 */
export async function killSshd(sshd: Sshd): Promise<void> {
  const sessions = await descendants(await listenerPid(sshd));
  const sshdProcesses = [];
  for (const pid of sessions) {
    if ((await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim() === 'sshd') sshdProcesses.push(pid);
  }
  await stopWith(sshd, sshdProcesses);
}

async function listenerPid(sshd: Sshd): Promise<number> {
  return Number((await readFile(join(sshd.dir, 'sshd.pid'), 'utf8')).trim());
}

async function stopWith(sshd: Sshd, sessionProcesses: number[]): Promise<void> {
  await sshd.stop();
  for (const pid of sessionProcesses) {
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
