import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A lock held across every process of this machine; `release()` gives it up. */
export interface MachineLock {
  release(): Promise<void>;
}

/**
 * Waits for, then holds, an exclusive lock that every process on this machine asking for `name`
 * shares: for tests that change what the whole machine shares (kernel settings), when another copy
 * of the suite may run beside them. `flock` (util-linux) holds it while its `cat` reads our pipe,
 * so the kernel releases it when we do, or when this process dies, whatever kills it.
 */
export async function holdMachineLock(name: string, timeoutMs = 300_000): Promise<MachineLock> {
  const path = join(tmpdir(), `benchline-${name}.lock`);
  const holder = spawn(
    'flock',
    ['--exclusive', '--timeout', String(Math.ceil(timeoutMs / 1000)), path, 'sh', '-c', 'echo held; exec cat'],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = once(holder, 'exit');
  const held = once(holder.stdout, 'data');
  const first = await Promise.race([held.then(() => 'held' as const), exited.then(() => 'exited' as const)]);
  if (first === 'exited') throw new Error(`the machine lock ${path} was not free within ${timeoutMs} ms`);
  return {
    release: async () => {
      holder.stdin.end();
      await exited;
    },
  };
}
