import { readdir, readFile } from 'node:fs/promises';

/** Peak resident set size (VmHWM) of a live process, in kB, from /proc/<pid>/status. */
export async function peakRssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no VmHWM line`);
  return Number(match[1]);
}

/** The pid of the nats-server whose `--ports_file_dir` is `dir`: it names its ports file `nats-server_<pid>.ports`. */
export async function natsServerPid(dir: string): Promise<number> {
  const pids = (await readdir(dir)).flatMap((name) => /^nats-server_(\d+)\.ports$/.exec(name)?.[1] ?? []).map(Number);
  for (const pid of pids) {
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (command.startsWith('nats-server')) return pid;
  }
  throw new Error(`no running nats-server wrote a ports file in ${dir}`);
}
