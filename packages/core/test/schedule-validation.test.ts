import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../src/config.ts';
import { scheduleProblems, scheduleSlots } from '../src/schedule-validation.ts';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('schedule validation', () => {
  it('rejects a bad cron expression and an unknown time zone in the config validation, naming each key', () => {
    const attempt = () =>
      parseConfig({
        schedules: [
          { name: 'ok', cron: '0 3 * * *', timezone: 'Europe/Berlin' },
          { name: 'minute-61', cron: '61 * * * *' },
          { name: 'mars', cron: '0 0 * * *', timezone: 'Mars/Olympus' },
          { name: 'words', cron: 'every night' },
        ],
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /\n {2}schedules\[1\]\.cron: not a valid cron expression or ISO time "61 \* \* \* \*": .*minute: 61/,
    );
    expect(attempt).toThrow(/\n {2}schedules\[2\]\.timezone: unknown time zone "Mars\/Olympus"/);
    expect(attempt).toThrow(/\n {2}schedules\[3\]\.cron: not a valid cron expression or ISO time "every night"/);
    expect(attempt).not.toThrow(/schedules\[0\]/);
  });

  it('rejects a config file with a bad cron expression and a bad time zone at loadConfig, naming the file and each key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'benchline-schedules-'));
    const path = join(dir, 'benchline.yaml');
    try {
      await writeFile(
        path,
        [
          'schedules:',
          '  - { name: nightly, cron: "0 25 * * *" }',
          '  - { name: berlin, cron: "0 3 * * *", timezone: Berlin }',
        ].join('\n'),
      );
      const loading = loadConfig(path, {});
      await expect(loading).rejects.toThrow(ConfigError);
      await expect(loading).rejects.toThrow(`${path} is invalid:`);
      await expect(loading).rejects.toThrow(
        /\n {2}schedules\[0\]\.cron: not a valid cron expression or ISO time "0 25 \* \* \*"/,
      );
      await expect(loading).rejects.toThrow(/\n {2}schedules\[1\]\.timezone: unknown time zone "Berlin"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('accepts cron expressions with seconds, weekday ranges, and one-shot ISO times, past ones included', () => {
    expect(
      scheduleProblems([
        { cron: '*/5 * * * * *', timezone: 'UTC' },
        { cron: '0 9 * * 1-5', timezone: 'America/New_York' },
        { cron: '2026-03-29T02:30:00', timezone: 'Europe/Berlin' },
        { cron: '2020-01-01T00:00:00', timezone: 'UTC' },
      ]),
    ).toEqual([]);
  });

  it('computes slots in the schedule’s time zone: 09:00 Berlin is 08:00 UTC in winter, 07:00 UTC in summer', () => {
    expect(
      iso(scheduleSlots({ cron: '0 9 * * 1-5', timezone: 'Europe/Berlin' }, new Date('2026-03-27T00:00:00Z'), 3)),
    ).toEqual([
      '2026-03-27T08:00:00.000Z', // Friday, CET (UTC+1)
      '2026-03-30T07:00:00.000Z', // Monday, CEST (UTC+2): the clocks went forward on Sunday 29 March
      '2026-03-31T07:00:00.000Z',
    ]);
  });

  it('fires a daily 02:30 Berlin slot once on both daylight-saving days: at 03:00 when 02:30 does not exist, at the first 02:30 when it happens twice', () => {
    expect(
      iso(scheduleSlots({ cron: '30 2 * * *', timezone: 'Europe/Berlin' }, new Date('2026-03-27T12:00:00Z'), 3)),
    ).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:00:00.000Z', // 02:00–03:00 is skipped: 03:00 CEST, the first minute after the gap
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
    expect(
      iso(scheduleSlots({ cron: '30 2 * * *', timezone: 'Europe/Berlin' }, new Date('2026-10-23T12:00:00Z'), 3)),
    ).toEqual([
      '2026-10-24T00:30:00.000Z', // 02:30 CEST
      '2026-10-25T00:30:00.000Z', // 02:30 happens twice (CEST, then CET): one slot, the first
      '2026-10-26T01:30:00.000Z', // 02:30 CET
    ]);
  });

  it('keeps an hourly schedule one slot per real hour across both switches (no hour fired twice, none lost in UTC)', () => {
    expect(
      iso(scheduleSlots({ cron: '0 * * * *', timezone: 'Europe/Berlin' }, new Date('2026-03-28T23:30:00Z'), 3)),
    ).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T01:00:00.000Z', // 03:00 CEST (02:00 does not exist)
      '2026-03-29T02:00:00.000Z',
    ]);
    expect(
      iso(scheduleSlots({ cron: '0 * * * *', timezone: 'Europe/Berlin' }, new Date('2026-10-24T23:30:00Z'), 4)),
    ).toEqual([
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET, the repeated hour: a distinct instant, a distinct slot
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
  });
});
