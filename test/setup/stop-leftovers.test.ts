import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { isAlive, makeTempDir } from '@benchline/servers';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, 'fixtures');

it('stops, at the end of a test file, a process the file started and left running', async () => {
  const dir = await makeTempDir('leftovers');
  const pidFile = join(dir.path, 'pid');
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', join(FIXTURES, 'vitest.config.ts')],
      { env: { ...process.env, LEFTOVER_PID_FILE: pidFile }, cwd: join(import.meta.dirname, '..', '..') },
    );
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
    expect(stdout + stderr).toMatch(/stopping 1 processes the test file left running:\s+sleep 300/);
  } finally {
    // Were it left running, this test's failure must not leave it behind too.
    const pid = Number(await readFile(pidFile, 'utf8').catch(() => '0'));
    if (pid > 0 && isAlive(pid)) process.kill(pid, 'SIGKILL');
    await dir.remove();
  }
}, 60_000);
