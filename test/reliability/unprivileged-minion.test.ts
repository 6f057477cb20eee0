import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemUser, type SystemUser } from '@benchline/servers';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import { describeTerminal, pointCount, requestOverHttp, waitForTerminal } from './support/runs.ts';
import { FAST_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { readWindows, windowsPerRun } from './support/windows.ts';

const MINION = 'unprivileged';

/** The owners (uids) of everything under `dir`, each once. */
async function ownersUnder(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { recursive: true });
  const owners = await Promise.all(entries.map(async (entry) => (await lstat(join(dir, entry))).uid));
  return [...new Set([(await lstat(dir)).uid, ...owners])];
}

/**
 * docs/security.md: "The minion user is a dedicated, unprivileged account". Every other test's
 * minion logs in as the user running the tests, root on CI; this one as a user made for it.
 */
describe('a minion whose user is not root', () => {
  let user: SystemUser;
  let env: ReliabilityStack;
  beforeAll(async () => {
    user = await createSystemUser();
    env = await startReliabilityStack('unprivileged', { extraMinions: [MINION], minionUsers: { [MINION]: user } });
  }, 180_000);
  afterAll(async () => {
    await env?.close();
    await user?.remove();
  });

  it('provisions, runs and publishes a run as that user; everything the run left on the minion is that user’s', async () => {
    expect(user.uid).not.toBe(0);
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE, minion: MINION });
    const [event] = await waitForTerminal(env.jsm, [run], 120_000);
    expect(describeTerminal(event!)).toBe(`${run.runId}: published`);
    expect(await pointCount(env.stack, run.runId)).toBe(1);
    const workDir = env.workDir(MINION);
    expect(windowsPerRun(await readWindows(join(workDir, WINDOWS_FILE)), [run.runId])).toEqual({ [run.runId]: 1 });
    expect(await ownersUnder(workDir)).toEqual([user.uid]);
  }, 150_000);
});
