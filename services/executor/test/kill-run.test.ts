import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir, type ServerDir } from '@benchline/servers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KILL_RUN_SCRIPT } from '../src/remote-scripts.ts';

const run = promisify(execFile);

/** kill-run.sh as the minion runs it, here on this machine: only /proc and the run dir matter to it. */
const killRun = (runDir: string) =>
  run('sh', ['-c', KILL_RUN_SCRIPT, 'benchline-kill-run', 'BENCHLINE_RUN_ID=kill-run-test-none', '200', runDir]);

/** Field 22 of /proc/<pid>/stat, the process's start time, as the wrapper records it. */
const startTime = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]!;

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

describe('kill-run.sh and the process groups its .pgid files name', () => {
  let dir: ServerDir;
  let group: ChildProcess;

  beforeEach(async () => {
    dir = await makeTempDir('kill-run');
    // The leader of a process group of its own: what a .pgid file names.
    group = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    await new Promise((resolve) => group.once('spawn', resolve));
  });

  afterEach(async () => {
    if (alive(group)) process.kill(-group.pid!, 'SIGKILL');
    await dir.remove();
  });

  it('kills the group whose leader has the recorded start time, and removes the file', async () => {
    const file = join(dir.path, 'bench.1.pgid');
    writeFileSync(file, `${group.pid} ${startTime(group.pid!)}\n`);
    const exited = new Promise((resolve) => group.once('exit', resolve));

    expect((await killRun(dir.path)).stdout.trim()).toBe('TERM');
    await exited;
    expect(alive(group)).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('leaves alone a group that now holds the number of a stale file: its leader started at another time', async () => {
    writeFileSync(join(dir.path, 'bench.1.pgid'), `${group.pid} ${Number(startTime(group.pid!)) - 1}\n`);

    expect((await killRun(dir.path)).stdout.trim()).toBe('');
    expect(alive(group)).toBe(true);
  });

  it('still kills by the number alone in a file without a start time (written before start times were recorded)', async () => {
    writeFileSync(join(dir.path, 'bench.1.pgid'), `${group.pid}\n`);
    const exited = new Promise((resolve) => group.once('exit', resolve));

    expect((await killRun(dir.path)).stdout.trim()).toBe('TERM');
    await exited;
  });
});
