import { readdir, readFile } from 'node:fs/promises';

/** PIDs of the live processes whose argv contains every one of `parts`. */
export async function processesWith(...parts: string[]): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const matches = await Promise.all(pids.map(async (pid) => {
    const argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
    return parts.every((part) => argv.some((arg) => arg.includes(part))) && (await isAlive(pid)) ? [pid] : [];
  }));
  return matches.flat();
}

/** Running or sleeping: neither gone nor a zombie waiting to be reaped. */
export async function isAlive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}
