import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TriggerSource } from '@benchline/core';
import { ownRunId } from '@benchline/servers';
import { scheduledRunId } from '@benchline/trigger/internal';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import {
  describeTerminal,
  pointCount,
  requestOverHttp,
  requestOverNats,
  stageEvent,
  waitForTerminal,
  type RunRef,
} from './support/runs.ts';
import { FAST_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { failedAttempts } from './support/service-logs.ts';
import { eventWindow, overlaps, readWindows, windowsPerRun, type Window } from './support/windows.ts';

const SCHEDULED = 5;
const OVER_HTTP = 5;
const OVER_NATS = 10;
const ON_SECOND_MINION = 3;

/**
 * Guarantee 2 (strict sequence per minion) and issue 3's "ten run.requested at once": 20 runs for
 * one minion arrive at the same second through the three entry points (5 one-shot schedules firing
 * together, 5 HTTP requests, 10 RunRequested protobufs published on NATS), plus 3 runs for a second
 * minion. The benchmark appends its own execution window to a file on its minion.
 */
describe('strict sequence per minion', () => {
  let env: ReliabilityStack;
  const scheduled: ScheduledRun[] = [];
  const local: RunRef[] = [];
  const second: RunRef[] = [];

  beforeAll(async () => {
    env = await startReliabilityStack('sequence', { extraMinions: ['second'] });
    scheduled.push(...(await scheduleBurst(env)));
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('runs every request, one at a time on each minion, in parallel across minions', async () => {
    await sleep(scheduledAt(scheduled) - Date.now());
    const requests = await Promise.all([
      ...Array.from({ length: OVER_HTTP }, () => requestOverHttp(env.stack, { suite: FAST_SUITE, minion: 'local' })),
      ...Array.from({ length: OVER_NATS }, (_, index) =>
        requestOverNats(env.clientJs, { runId: ownRunId(`nats-${index}`), suite: FAST_SUITE, minion: 'local' }),
      ),
      ...Array.from({ length: ON_SECOND_MINION }, () =>
        requestOverHttp(env.stack, { suite: FAST_SUITE, minion: 'second', parameters: { sleep: '3' } }),
      ),
    ]);
    local.push(...requests.filter((run) => run.minion === 'local'));
    second.push(...requests.filter((run) => run.minion === 'second'));
    local.push(...scheduled);
    expect(local).toHaveLength(OVER_HTTP + OVER_NATS + scheduled.length);

    const finished = await waitForTerminal(env.jsm, [...local, ...second], 150_000);
    expect(finished.map(describeTerminal).filter((line) => !line.endsWith('published'))).toEqual([]);
    expect(
      finished
        .filter((event) => event.message.request.minion === 'local')
        .map((event) => event.message.request.source)
        .sort(),
    ).toEqual([
      ...Array<number>(OVER_HTTP).fill(TriggerSource.TRIGGER_SOURCE_HTTP),
      ...Array<number>(scheduled.length).fill(TriggerSource.TRIGGER_SOURCE_SCHEDULE),
      ...Array<number>(OVER_NATS).fill(TriggerSource.TRIGGER_SOURCE_NATS),
    ]);
    for (const run of [...local, ...second]) expect(await pointCount(env.stack, run.runId), run.runId).toBe(1);
  }, 200_000);

  it('never overlapped two benchmark executions on one minion', async () => {
    const windows = await readWindows(join(env.workDir('local'), WINDOWS_FILE));
    const secondWindows = await readWindows(join(env.workDir('second'), WINDOWS_FILE));
    expect(overlaps(windows)).toEqual([]);
    expect(overlaps(secondWindows)).toEqual([]);
    expect(await unexplainedWindows(env, windows, local)).toEqual([]);
    expect(await unexplainedWindows(env, secondWindows, second)).toEqual([]);
  });

  it('never overlapped two runs’ provisioning-to-execution spans on one minion', async () => {
    const spans = await Promise.all(
      local.map(async (run) => {
        const provisioned = await stageEvent(env.jsm, 'provisioned', run);
        const executed = await stageEvent(env.jsm, 'executed', run);
        return eventWindow(
          run.runId,
          provisioned?.message.provisioning?.startedAt,
          executed?.message.execution?.finishedAt,
        );
      }),
    );
    expect(overlaps(spans)).toEqual([]);
  });

  it('ran the two minions in parallel', async () => {
    const localWindows = await readWindows(join(env.workDir('local'), WINDOWS_FILE));
    const secondWindows = await readWindows(join(env.workDir('second'), WINDOWS_FILE));
    expect(
      overlaps([...localWindows, ...secondWindows.map((window) => ({ ...window, runId: `second:${window.runId}` }))])
        .length,
    ).toBeGreaterThan(0);
  });
});

interface ScheduledRun extends RunRef {
  at: number;
}

/**
 * Restarts the trigger with SCHEDULED one-shot schedules (an ISO time as the cron) due together a
 * little later, and returns their runs. A one-shot schedule whose time has passed never fires, so
 * the trigger must be up before that time; on a loaded machine its restart can take longer than
 * the lead, so a late attempt is made again with twice the lead and schedules of new names. The
 * late attempt's schedules may still have fired (its trigger was up, its readiness answer late):
 * those that did are runs of the burst too.
 */
async function scheduleBurst(env: ReliabilityStack): Promise<ScheduledRun[]> {
  const late: ScheduledRun[] = [];
  for (let attempt = 0, leadMs = 8_000; attempt < 4; attempt += 1, leadMs *= 2) {
    const at = new Date(Math.ceil((Date.now() + leadMs) / 1000) * 1000);
    const names = Array.from({ length: SCHEDULED }, (_, index) => ownRunId(`burst-${attempt}-${index}`));
    await env.restartWithConfig('trigger', {
      schedules: names.map((name) => ({ name, cron: at.toISOString(), suites: [FAST_SUITE], minion: 'local' })),
    });
    const runs = names.map((name) => ({
      runId: scheduledRunId(name, FAST_SUITE, at),
      minion: 'local',
      at: at.getTime(),
    }));
    if (Date.now() < at.getTime()) return [...(await fired(env, late)), ...runs];
    late.push(...runs);
  }
  throw new Error('the trigger never restarted before its schedules were due');
}

async function fired(env: ReliabilityStack, runs: ScheduledRun[]): Promise<ScheduledRun[]> {
  const requested = await Promise.all(runs.map((run) => stageEvent(env.jsm, 'requested', run)));
  return runs.filter((_, index) => requested[index] !== undefined);
}

const scheduledAt = (runs: ScheduledRun[]) => Math.max(...runs.map((run) => run.at));

/**
 * Runs whose benchmark ran other than once per delivery. A run executes exactly once unless the
 * executor failed an attempt and retried it (then it runs again from scratch, after the first
 * attempt stopped: "one at a time" still holds, and the overlap check proves it), so each run needs
 * one window plus one per failed attempt the executor logged for it, at most. Repeats that did
 * happen are printed with their cause, to read what a loaded machine did.
 */
async function unexplainedWindows(env: ReliabilityStack, windows: Window[], runs: RunRef[]): Promise<string[]> {
  const counts = windowsPerRun(
    windows,
    runs.map((run) => run.runId),
  );
  const strays = windows
    .filter((window) => !(window.runId in counts))
    .map((window) => `stray window of ${window.runId}`);
  const unexplained = await Promise.all(
    Object.entries(counts).map(async ([runId, count]) => {
      if (count === 1) return [];
      if (count === 0) return [`run ${runId}: no window`];
      const attempts = await failedAttempts(env.stack, 'executor', runId);
      const errors = attempts.map((attempt) => attempt.error).join(' | ');
      console.info(`run ${runId}: ${count} windows; the executor's failed attempts: ${errors}`);
      return count > attempts.length + 1 ? [`run ${runId}: ${count} windows, ${attempts.length} failed attempts`] : [];
    }),
  );
  return [...strays, ...unexplained.flat()];
}
