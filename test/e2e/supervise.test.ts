import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestRun, startStack, type Stack } from '@benchline/local';
import { liveProcesses, makeTempDir, until, type ServerDir } from '@benchline/servers';
import { SUITE, sleepySuite, waitForPublished } from './support/sleepy-suite.ts';

/**
 * Issue 19: local mode keeps itself alive. The stack `npm start` runs (startStack with `supervise`)
 * restarts a service that dies mid-run, says so on the console with its last log lines, and the
 * run is published; a service killed on purpose (fault injection) is left to the test.
 */
describe('npm start supervises its services', () => {
  let dir: ServerDir;
  let stack: Stack;
  const console: string[] = [];
  const said = (pattern: RegExp) =>
    until(`the console to say ${pattern}`, async () => console.find((line) => pattern.test(line)), 60_000, 100);

  beforeAll(async () => {
    dir = await makeTempDir('supervise');
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: (message) => console.push(message),
      supervise: { initialDelayMs: 1_000, reportAfter: 2, healthPollMs: 0 },
      extraSuites: { [SUITE]: await sleepySuite(dir.path) },
      // Redelivery of the killed executor's message after 2 s instead of 30 s.
      configOverrides: { defaultMinion: 'local', nats: { ackWaitSeconds: 2 } },
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await dir?.remove();
  }, 60_000);

  const killExecutorMidRun = async () => {
    const { runId } = await requestRun(stack, { suite: SUITE, parameters: { sleep: '3' } });
    // The benchmark runs on the minion (this machine): its processes carry the run's id, as does the
    // noise canary before it, so the benchmark is the marked process that sleeps.
    await until(
      'the benchmark to run',
      async () => {
        const sleeping = new Set(liveProcesses('cmdline', (argv) => argv[0] === 'sleep'));
        const marked = liveProcesses('environ', (environment) => environment.includes(`BENCHLINE_RUN_ID=${runId}`));
        return marked.some((pid) => sleeping.has(pid)) ? true : undefined;
      },
      60_000,
      100,
    );
    const executor = stack.services.get('executor')!;
    const pid = executor.child.pid!;
    // Not executor.kill(): that is a kill asked for. This is a crash (the OOM killer, say).
    process.kill(pid, 'SIGKILL');
    return { runId, pid };
  };

  it('restarts an executor killed mid-run, says so with its last log lines, and the run is published', async () => {
    const { runId, pid } = await killExecutorMidRun();
    const death = await said(
      new RegExp(`^executor \\(pid ${pid}\\) exited on SIGKILL after \\d+ s; its last log lines:\\n`),
    );
    expect(death).toContain('running benchmark');
    await said(/^restarting executor in 1 s$/);
    const restarted = await said(/^executor restarted \(pid \d+\)$/);
    expect(restarted).not.toContain(`pid ${pid})`);
    expect(stack.services.get('executor')!.child.pid).not.toBe(pid);

    await waitForPublished(stack, runId, 90_000);
  }, 150_000);

  it('reports a service that keeps dying, and backs off', async () => {
    const { runId, pid } = await killExecutorMidRun();
    await said(new RegExp(`^executor \\(pid ${pid}\\) exited on SIGKILL`));
    // The second death within a minute of its start: 2 s, and reported (reportAfter 2 here, 5 by default).
    await said(/^executor keeps dying: 2 times in a row, each within 60 s of its start; restarting every 2 s/);
    await said(/^restarting executor in 2 s$/);
    await waitForPublished(stack, runId, 90_000);
  }, 150_000);

  it('leaves a service killed on purpose to whoever killed it: restartService still brings it back', async () => {
    const publisher = stack.services.get('publisher')!;
    const before = console.length;
    await publisher.kill();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(console.slice(before).filter((line) => line.includes('publisher'))).toEqual([]);
    expect(stack.services.get('publisher')).toBe(publisher);

    await stack.restartService('publisher');
    const { runId } = await requestRun(stack, { suite: SUITE });
    await waitForPublished(stack, runId, 60_000);
    expect(console.slice(before).filter((line) => line.includes('publisher'))).toEqual([]);
  }, 120_000);
});
