import { Cron } from 'croner';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig, type RunRequest } from '@benchline/core';
import { firedSlot, scheduledRequests, startSchedules } from '../src/schedule.ts';

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
    const schedules = startSchedules(
      configWith('0 * * * *', 'UTC'),
      async (request) => {
        submitted.push(request);
        return { duplicate: false };
      },
      pino({ level: 'silent' }),
    );
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
