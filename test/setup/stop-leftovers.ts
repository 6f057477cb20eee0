import { afterAll } from 'vitest';
import { runningProcesses } from '@benchline/servers';

// Every test file stops what it started in its own afterAll. A beforeAll that timed out while it
// started a stack never hands the servers it had started to that afterAll: they would outlive the
// file and load the machine for every file after it. Whatever a file left running is stopped at
// its end, after its own hooks, and named.
afterAll(async () => {
  const left = runningProcesses();
  if (left.length === 0) return;
  const names = left.map((server) => server.child.spawnargs.join(' ').slice(0, 120));
  console.warn(`stopping ${left.length} processes the test file left running:\n  ${names.join('\n  ')}`);
  await Promise.all(left.map((server) => server.kill()));
});
