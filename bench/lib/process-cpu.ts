import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

/** What the bench reads from /proc/<pid>/stat: the parent, and CPU times in ticks of USER_HZ. */
export interface ProcStat {
  ppid: number;
  /** utime + stime: the process's own threads. */
  own: number;
  /** cutime + cstime: its children that exited and were waited for (e.g. an ssh client per command). */
  children: number;
}

/**
 * Parses a /proc/<pid>/stat line. The command name (field 2) is in parentheses and may hold spaces
 * or parentheses itself, so the fields are counted from the last ')'.
 */
export function parseStat(stat: string): ProcStat {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4; utime, stime, cutime, cstime are fields 14–17.
  const [ppid, utime, stime, cutime, cstime] = [fields[1], ...fields.slice(11, 15)].map(Number);
  if ([ppid, utime, stime, cutime, cstime].some((value) => value === undefined || !Number.isInteger(value)))
    throw new Error(`not a /proc/<pid>/stat line: ${JSON.stringify(stat.slice(0, 200))}`);
  return { ppid: ppid!, own: utime! + stime!, children: cutime! + cstime! };
}

/** The process's stat, or undefined when it has exited (a process may go at any moment). */
export async function procStat(pid: number): Promise<ProcStat | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ESRCH') return undefined;
    throw error;
  });
  return stat === undefined ? undefined : parseStat(stat);
}

let ticksPerSecond: Promise<number> | undefined;

/** USER_HZ from `getconf CLK_TCK` (100 on every Linux Node runs on, asked once all the same). */
export function clockTicksPerSecond(): Promise<number> {
  ticksPerSecond ??= promisify(execFile)('getconf', ['CLK_TCK']).then(({ stdout }) => {
    const value = Number(stdout.trim());
    if (!Number.isInteger(value) || value <= 0) throw new Error(`getconf CLK_TCK said ${JSON.stringify(stdout)}`);
    return value;
  });
  return ticksPerSecond;
}
