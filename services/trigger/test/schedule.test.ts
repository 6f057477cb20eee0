import { Cron } from 'croner';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig, type RunRequest } from '@benchline/core';
import { missedSlotRequests } from '../src/missed-slot.ts';
import { scheduledRequests } from '../src/schedule-requests.ts';
import { firedSlot, startSchedules } from '../src/schedule.ts';

const LONG_NAME = 'nightly-regression-check-of-the-main-branch';

const configWith = (cron: string, timezone: string) =>
  parseConfig({
    suites: {
      demo: { repo: '/srv/demo.git', benchmarks: [{ name: 'noop', command: ['true'] }] },
      other: { repo: '/srv/other.git', benchmarks: [{ name: 'noop', command: ['true'] }] },
    },
    minions: {
      m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
    },
    schedules: [
      { name: 'nightly', cron, timezone },
      { name: LONG_NAME, cron, timezone },
    ],
  });

/** One trigger replica: its own config, its own croner job, fired at `firedAt`; the run ids it submits. */
function replicaRunIds(cron: string, timezone: string, firedAt: string): string[] {
  const config = configWith(cron, timezone);
  return config.schedules.flatMap((schedule) => {
    const job = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
    try {
      return scheduledRequests(config, schedule, firedSlot(job, new Date(firedAt))).map(({ runId }) => runId);
    } finally {
      job.stop();
    }
  });
}

describe('schedule run ids', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('two replicas firing for one slot derive the same run ids, one of them 1.3 s late; other slots other ids', () => {
    const onTime = replicaRunIds('0 * * * *', 'UTC', '2026-01-01T12:00:00.004Z');
    const late = replicaRunIds('0 * * * *', 'UTC', '2026-01-01T12:00:01.300Z');
    expect(onTime).toEqual(late);
    expect(onTime.slice(0, 2)).toEqual(['nightly-demo-20260101T120000Z', 'nightly-other-20260101T120000Z']);
    // Long names are hashed to fit the 64-character id: still one id per slot and suite.
    expect(onTime.slice(2)).toEqual([expect.stringMatching(/^sched-[0-9a-f]{32}$/), expect.stringMatching(/^sched-/)]);
    const next = replicaRunIds('0 * * * *', 'UTC', '2026-01-01T13:00:00.002Z');
    expect(new Set([...onTime, ...next]).size).toBe(8);
  });

  it('gives the repeated hour of a daylight-saving change (02:00 CEST, then 02:00 CET) one id per real hour', () => {
    const first = replicaRunIds('0 * * * *', 'Europe/Berlin', '2026-10-25T00:00:00.010Z');
    const firstLate = replicaRunIds('0 * * * *', 'Europe/Berlin', '2026-10-25T00:00:02.000Z');
    const repeated = replicaRunIds('0 * * * *', 'Europe/Berlin', '2026-10-25T01:00:00.010Z');
    expect(first).toEqual(firstLate);
    expect(first[0]).toBe('nightly-demo-20261025T000000Z');
    expect(repeated[0]).toBe('nightly-demo-20261025T010000Z');
    expect(new Set([...first, ...repeated]).size).toBe(8);
  });

  it('submits a job croner fires late under the id of its slot, not of the moment it ran', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-01-01T11:59:59.500Z'));
    const submitted: RunRequest[] = [];
    const schedules = startSchedules(configWith('0 * * * *', 'UTC'), {
      submit: async (request) => {
        submitted.push(request);
        return { duplicate: false };
      },
      recorded: async () => false,
      log: pino({ level: 'silent' }),
    });
    // The event loop was busy past the slot: the timer due at 12:00:00 runs 1.5 s late.
    vi.setSystemTime(new Date('2026-01-01T12:00:01.000Z'));
    await vi.advanceTimersToNextTimerAsync();
    schedules.stop();
    expect(new Date().toISOString()).toBe('2026-01-01T12:00:01.500Z');
    expect(submitted.map(({ runId }) => runId).slice(0, 2)).toEqual([
      'nightly-demo-20260101T120000Z',
      'nightly-other-20260101T120000Z',
    ]);
    expect(submitted).toHaveLength(4);
  });
});

describe('missed slots', () => {
  const config = configWith('0 0 * * *', 'Europe/Berlin');
  const nightly = config.schedules[0]!;
  const job = new Cron(nightly.cron, { timezone: nightly.timezone, paused: true });
  // Up again at 08:00 Berlin time: the slot at midnight (23:00 UTC) was missed if no run of it is recorded.
  const now = new Date('2026-12-07T07:00:00Z');
  const missed = (recordedIds: string[]) =>
    missedSlotRequests(config, nightly, job, async (runId) => recordedIds.includes(runId), now).then((requests) =>
      requests.map(({ runId }) => runId),
    );

  it('are the latest slot of a schedule whose slot before it ran: every suite of it not yet recorded', async () => {
    expect(await missed(['nightly-demo-20261205T230000Z'])).toEqual([
      'nightly-demo-20261206T230000Z',
      'nightly-other-20261206T230000Z',
    ]);
    expect(await missed(['nightly-other-20261205T230000Z', 'nightly-demo-20261206T230000Z'])).toEqual([
      'nightly-other-20261206T230000Z',
    ]);
  });

  it('are none when the latest slot ran, or when no earlier slot ran (a new or changed schedule)', async () => {
    expect(
      await missed([
        'nightly-demo-20261205T230000Z',
        'nightly-demo-20261206T230000Z',
        'nightly-other-20261206T230000Z',
      ]),
    ).toEqual([]);
    expect(await missed([])).toEqual([]);
    // Two slots missed in a row: the schedule was not seen live just before, so nothing is caught up.
    expect(await missed(['nightly-demo-20261204T230000Z'])).toEqual([]);
  });

  it('count a slot due at the very moment of start-up as the latest', async () => {
    const atSlot = await missedSlotRequests(
      config,
      nightly,
      job,
      async (runId) => runId.endsWith('20261206T230000Z'),
      new Date('2026-12-07T23:00:00Z'),
    );
    expect(atSlot.map(({ runId }) => runId)).toEqual([
      'nightly-demo-20261207T230000Z',
      'nightly-other-20261207T230000Z',
    ]);
  });

  it('are submitted at start-up, for each schedule that wants them (catchUp, the default)', async () => {
    const previous = (schedule: (typeof config.schedules)[number]) =>
      new Cron(schedule.cron, { timezone: schedule.timezone, paused: true }).previousRuns(2, new Date(Date.now() + 1));
    const ranBefore = new Set(
      config.schedules.flatMap((schedule) =>
        scheduledRequests(config, schedule, previous(schedule)[1]!).map(({ runId }) => runId),
      ),
    );
    const asked: string[] = [];
    const submitted: string[] = [];
    const [first, second] = config.schedules;
    const schedules = startSchedules(
      { ...config, schedules: [first!, { ...second!, catchUp: false }] },
      {
        submit: async ({ runId }) => {
          submitted.push(runId);
          return { duplicate: false };
        },
        recorded: async (runId) => {
          asked.push(runId);
          return ranBefore.has(runId);
        },
        log: pino({ level: 'silent' }),
      },
    );
    // The look-up starts before startSchedules returns: the second schedule was never asked about.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((runId) => runId.startsWith('nightly-'))).toBe(true);
    await vi.waitFor(() => expect(submitted).toHaveLength(2));
    schedules.stop();
    expect(submitted).toEqual(scheduledRequests(config, first!, previous(first!)[0]!).map(({ runId }) => runId));
  });
});
