import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, RUNS_STREAM } from '@benchline/core';
import type { ServiceName } from '@benchline/local';
import { until } from '@benchline/servers';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import {
  describeTerminal,
  expectPublishedOnce,
  leaseHolder,
  requestOverNats,
  stageStoredAt,
  waitForStage,
  waitForTerminal,
  type RunRef,
} from './support/runs.ts';
import { deadServices, serviceLog, waitForLog } from './support/service-logs.ts';
import { GATED_SUITE, openGate, SLOW_SETUP_SECONDS, WINDOWS_FILE } from './support/suites.ts';
import { overlaps, readWindows, windowsPerRun } from './support/windows.ts';

const MINIONS = ['local', 'second'];
/** The stack's start: ~10 s idle, over two minutes at a load average of 40. */
const STACK_START_MS = 240_000;
/**
 * How long a stopping service may take to exit once its in-flight work can end (see each test):
 * generous, for a loaded machine; what it catches is a service that never exits by itself (a
 * line never closed, a handler never ending, a drain that hangs), which then reaches the SIGKILL.
 */
const EXIT_WITHIN_MS = 60_000;
/** For a run to be published after its stage's service was restarted. */
const PUBLISHED_WITHIN_MS = 180_000;
/** The SIGKILL fallback, past the bound: a service that overruns it is seen exiting late, not killed early. */
const KILL_AFTER_MS = 90_000;

/**
 * The README's promise for every service: "SIGTERM stops taking work, finishes what is in flight,
 * drains the NATS connection and exits 0". Each of the provisioner, the executor and the publisher
 * gets SIGTERM while runs are in its stage, a new run is requested while it stops, and it is
 * started again. The executor's and publisher's in-flight work is held by events the test
 * controls (a benchmark waiting for its gate, InfluxDB down), so the SIGTERM always lands mid-stage.
 */
describe('a service stopped with SIGTERM mid-run', () => {
  let env: ReliabilityStack;
  const all: RunRef[] = [];
  let requested = 0;

  beforeAll(async () => {
    env = await startReliabilityStack('graceful', {
      extraMinions: ['second'],
      // The publisher's in-flight writes wait for InfluxDB through the whole test, however slow the machine.
      configOverrides: { influx: { retryMaxSeconds: 300 } },
    });
  }, STACK_START_MS);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  /** A run of the gated suite whose benchmark does not wait (its gate opened before it starts), requested over NATS. */
  async function openRun(minion: string): Promise<RunRef> {
    const runId = `graceful-${++requested}`;
    await openGate(env.workDir(minion), runId);
    const run = await requestOverNats(env.clientJs, { runId, suite: GATED_SUITE, minion });
    all.push(run);
    return run;
  }

  /**
   * Sends SIGTERM to the service and waits until it logged that it is stopping; `exit` resolves
   * once the process is gone (SIGKILL only after KILL_AFTER_MS, which the exit signal then shows).
   */
  async function sigterm(name: ServiceName) {
    const service = env.stack.services.get(name)!;
    const pid = service.child.pid!;
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
      service.child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    const sentAt = Date.now();
    void service.stop(KILL_AFTER_MS);
    await until(
      `${name} (pid ${pid}) to log that it is stopping`,
      async () => (await linesOf(name, pid, sentAt)).find((line) => line.msg === `${name} stopping`),
      15_000,
    );
    return { pid, sentAt, exit };
  }

  /** What the process `pid` of the service logged from `since` on. */
  const linesOf = async (name: ServiceName, pid: number, since: number) =>
    (await serviceLog(env.stack, name)).filter((line) => line.pid === pid && (line.time ?? 0) >= since);

  /** The runs for which those lines say `message`. */
  const runsSaying = (lines: { msg?: string; runId?: string }[], message: string) =>
    lines
      .filter((line) => line.msg === message)
      .map((line) => line.runId)
      .sort();

  /**
   * Exit code 0 within the bound of `from`; the process logged nothing at error level or above after
   * the SIGTERM (a crash, a failed drain), and `<name> stopped` last. Resolves with those lines.
   */
  async function expectCleanExit(name: ServiceName, stop: Awaited<ReturnType<typeof sigterm>>, from: number) {
    const exit = await stop.exit;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.at - from).toBeLessThan(EXIT_WITHIN_MS);
    const lines = await linesOf(name, stop.pid, stop.sentAt);
    expect(lines.filter((line) => Number(line.level) >= 50).map((line) => line.msg)).toEqual([]);
    expect(lines.at(-1)?.msg).toBe(`${name} stopped`);
    return { lines, exitedAt: exit.at };
  }

  it('provisioner, while Ansible runs a setup command: it finishes the provisionings it holds, takes no new run, exits 0; its successor takes the new run', async () => {
    // Both minions cold, provisioned at once: the gated suite has the slow-setup suite's setup
    // command (its benchmarks do not wait here).
    const cold = await Promise.all(MINIONS.map(openRun));
    await expect
      .poll(
        () =>
          MINIONS.flatMap((minion) =>
            env.minionProcesses(minion, (argv) => argv.includes('sleep') && argv.includes(SLOW_SETUP_SECONDS)),
          ),
        {
          timeout: 120_000,
          interval: 100,
        },
      )
      .not.toEqual([]);

    const stop = await sigterm('provisioner');
    // Waits in its minion's line (the minion is busy): a stopping provisioner hands it back at once;
    // one that kept it would provision it when the minion is freed.
    const late = await openRun('local');
    // Left for it: the rest of the setup and of a cold provisioning's playbook, the last pull (2.5 s), the drain.
    const { lines, exitedAt } = await expectCleanExit('provisioner', stop, stop.sentAt);

    // Finished by it before it exited, none handed back: each run.provisioned stored before the exit;
    // those stored after the SIGTERM (one at least: a setup command was running) logged by this process.
    const provisionedAt = await Promise.all(cold.map((run) => stageStoredAt(env.jsm, 'provisioned', run)));
    for (const at of provisionedAt) expect(at).toBeLessThanOrEqual(exitedAt);
    const inFlight = cold.filter((_, index) => provisionedAt[index]! >= stop.sentAt).map((run) => run.runId);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(runsSaying(lines, 'provisioned')).toEqual(inFlight.sort());
    expect(runsSaying(lines, 'provisioning')).not.toContain(late.runId);

    const successor = await env.stack.restartService('provisioner');
    for (const run of [...cold, late]) await expectPublishedOnce(env.jsm, env.stack, run, PUBLISHED_WITHIN_MS);
    expect(runsSaying(await linesOf('provisioner', successor.child.pid!, 0), 'provisioned')).toEqual([late.runId]);
    for (const minion of MINIONS) expect(await leaseHolder(env.js, minion)).toBeUndefined();
  }, 300_000);

  it('executor, while a benchmark runs on each minion: it lets both finish and takes no new run, exits 0; its successor takes the new run', async () => {
    // It holds one run per minion, so with both benchmarks running it is full.
    const inFlight = await Promise.all(
      MINIONS.map(async (minion) => {
        const runId = `graceful-${++requested}`;
        const run = await requestOverNats(env.clientJs, { runId, suite: GATED_SUITE, minion });
        all.push(run);
        return run;
      }),
    );
    await Promise.all(
      inFlight.map((run) => waitForLog(env.stack, 'executor', 'running benchmark', [run.runId], 120_000)),
    );

    const stop = await sigterm('executor');
    // Waits in the provisioner for the first run's minion, which the stopping executor frees.
    const late = await openRun('local');
    // One after the other: the first run's stage is over (stored, acknowledged) before the second's
    // benchmark ends, and the late run can only be provisioned after that.
    const [onLocal, onSecond] = inFlight as [RunRef, RunRef];
    await openGate(env.workDir('second'), onSecond.runId);
    await waitForStage(env.jsm, 'executed', onSecond, 60_000);
    await openGate(env.workDir('local'), onLocal.runId);
    const gatesOpenedAt = Date.now();
    // Left for it: fetching and storing results, cleanup, the drain.
    const { lines, exitedAt } = await expectCleanExit('executor', stop, gatesOpenedAt);

    for (const run of inFlight) expect(await stageStoredAt(env.jsm, 'executed', run)).toBeLessThanOrEqual(exitedAt);
    expect(runsSaying(lines, 'executed')).toEqual(inFlight.map((run) => run.runId).sort());
    expect(runsSaying(lines, 'running benchmark')).toEqual([]);
    // The benchmarks ran to their end under the stopping executor, after the SIGTERM.
    for (const run of inFlight) {
      const windows = (await readWindows(join(env.workDir(run.minion), WINDOWS_FILE))).filter(
        (window) => window.runId === run.runId,
      );
      expect(windows).toHaveLength(1);
      expect(windows[0]!.end).toBeGreaterThan(stop.sentAt * 1_000);
    }

    await env.stack.restartService('executor');
    for (const run of [...inFlight, late]) await expectPublishedOnce(env.jsm, env.stack, run, PUBLISHED_WITHIN_MS);
    for (const minion of MINIONS) expect(await leaseHolder(env.js, minion)).toBeUndefined();
  }, 240_000);

  it('publisher, while InfluxDB is down: it writes both runs it holds once InfluxDB is back, takes no new run, exits 0', async () => {
    await env.stack.influxd.stop();
    const inFlight = await Promise.all(MINIONS.map(openRun));
    for (const run of inFlight) await waitForStage(env.jsm, 'executed', run, 120_000);
    // Both in hand (it holds two at once), neither acknowledged: it is full.
    await waitForLog(env.stack, 'publisher', 'InfluxDB', undefined, 30_000);
    await expect
      .poll(async () => (await env.jsm.consumers.info(RUNS_STREAM, CONSUMERS.publisher.durable)).num_ack_pending, {
        timeout: 15_000,
      })
      .toBe(2);

    const stop = await sigterm('publisher');
    const late = await openRun('local');
    await waitForStage(env.jsm, 'executed', late, 120_000);
    // Still in flight: its writes wait for InfluxDB.
    expect(env.stack.services.get('publisher')!.child.exitCode).toBeNull();
    const influxBackAt = Date.now();
    await env.stack.influxd.start();
    // Left for it: its retry's next attempt (at most 8 s apart), the writes, the drain.
    const { lines, exitedAt } = await expectCleanExit('publisher', stop, influxBackAt);

    for (const run of inFlight) expect(await stageStoredAt(env.jsm, 'published', run)).toBeLessThanOrEqual(exitedAt);
    expect(runsSaying(lines, 'published')).toEqual(inFlight.map((run) => run.runId).sort());
    expect(await stageStoredAt(env.jsm, 'published', late)).toBeUndefined();

    await env.stack.restartService('publisher');
    for (const run of [...inFlight, late]) await expectPublishedOnce(env.jsm, env.stack, run, PUBLISHED_WITHIN_MS);
  }, 240_000);

  it('left every run published once, one window each, none overlapping, leases free, no service dead', async () => {
    const finished = await waitForTerminal(env.jsm, all, 10_000);
    expect(finished.map(describeTerminal)).toEqual(all.map((run) => `${run.runId}: published`));
    for (const minion of MINIONS) {
      const windows = await readWindows(join(env.workDir(minion), WINDOWS_FILE));
      const runIds = all.filter((run) => run.minion === minion).map((run) => run.runId);
      expect(windowsPerRun(windows, runIds)).toEqual(Object.fromEntries(runIds.map((runId) => [runId, 1])));
      expect(overlaps(windows)).toEqual([]);
      expect(await leaseHolder(env.js, minion)).toBeUndefined();
    }
    expect(deadServices(env.stack)).toEqual([]);
  });
});
