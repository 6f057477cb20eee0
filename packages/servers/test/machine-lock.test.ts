import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { holdMachineLock } from '../src/index.ts';

const lockName = () => `test-${randomBytes(4).toString('hex')}`;

describe('holdMachineLock', () => {
  it('lets one holder in at a time, the next once the first released it', async () => {
    const name = lockName();
    const first = await holdMachineLock(name);
    const events: string[] = [];
    const second = holdMachineLock(name).then((lock) => {
      events.push('second held');
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    events.push('first releases');
    await first.release();
    await (await second).release();
    expect(events).toEqual(['first releases', 'second held']);
  });

  it('is released when its holder dies, however it dies', async () => {
    const name = lockName();
    const lockModule = new URL('../src/machine-lock.ts', import.meta.url).pathname;
    const code = `const { holdMachineLock } = await import(${JSON.stringify(lockModule)}); await holdMachineLock(${JSON.stringify(name)}); console.log('held'); setInterval(() => {}, 1000);`;
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await once(holder.stdout, 'data');
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    const lock = await holdMachineLock(name, 5_000);
    await lock.release();
  });

  it('says which lock it could not get in time', async () => {
    const name = lockName();
    const held = await holdMachineLock(name);
    await expect(holdMachineLock(name, 1_000)).rejects.toThrow(`benchline-${name}.lock was not free within 1000 ms`);
    await held.release();
  });
});
