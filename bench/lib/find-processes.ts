import { readdir, readFile } from 'node:fs/promises';
import { procStat } from './process-cpu.ts';

const livePids = async (): Promise<number[]> =>
  (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);

/** The pids of the live processes whose command line (argv, as /proc/<pid>/cmdline holds it) passes `test`. */
export async function pidsWhere(test: (argv: readonly string[]) => boolean): Promise<number[]> {
  const matching = await Promise.all(
    (await livePids()).map(async (pid) => {
      // A process may exit between the listing and the read.
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      return cmdline !== '' && test(cmdline.replace(/\0$/, '').split('\0')) ? [pid] : [];
    }),
  );
  return matching.flat();
}

/** `roots` and every live process below them. */
export async function withDescendants(roots: readonly number[]): Promise<number[]> {
  const parents = new Map<number, number>();
  await Promise.all(
    (await livePids()).map(async (pid) => {
      const stat = await procStat(pid);
      if (stat) parents.set(pid, stat.ppid);
    }),
  );
  const found = new Set(roots);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, ppid] of parents)
      if (!found.has(pid) && found.has(ppid)) {
        found.add(pid);
        grown = true;
      }
  }
  return [...found];
}
