import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** Running or sleeping: neither gone nor a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/**
 * The live processes of this machine whose `/proc/<pid>/<file>` entries (argv for `cmdline`,
 * the environment for `environ`) satisfy `matches`: tests whose minion is this machine look
 * at its processes directly.
 */
export function liveProcesses(file: 'cmdline' | 'environ', matches: (entries: string[]) => boolean): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return matches(readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\0')) && isAlive(pid);
      } catch {
        return false;
      }
    });
}

const OWN_SUFFIX = randomBytes(4).toString('hex');

/**
 * A run id of this test process's own, `<name>-<random suffix>`, for a run a test requests by id.
 * The executor finds a run's processes on its minion by the id alone (`BENCHLINE_RUN_ID`), and a
 * test's minion is this machine: a second copy of the suite running the same fixed id at the same
 * time would have its benchmarks killed when this one's run is cleaned up.
 */
export function ownRunId(name: string): string {
  return `${name}-${OWN_SUFFIX}`;
}
