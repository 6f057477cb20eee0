import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type NotificationDestination } from '@benchline/core';
import { forDestination, pullRequestOf, type RunNotification } from '../src/notification.ts';
import { checkDestinations } from '../src/notifier.ts';
import { commitStatus, repositoryOf } from '../src/senders/github.ts';

const quiet = pino({ level: 'silent' });

const run = (changes: number[]): RunNotification => ({
  eventId: 'r1:analyzed',
  event: 'run.analyzed',
  suite: 'alpha',
  occurredAt: '2026-01-01T00:00:00Z',
  run: {
    id: 'r1',
    url: 'http://x/runs/r1',
    suite: 'alpha',
    ref: 'main',
    minion: 'm1',
    tags: [],
    requestedBy: 'ci',
    requestedAt: '2026-01-01T00:00:00Z',
    status: 'analyzed',
    series: changes.length,
    regressions: changes.filter((change) => change > 0).length,
    improvements: changes.filter((change) => change < 0).length,
    verdicts: changes.map((changePercent) => ({
      benchmark: 'b',
      case: 'b',
      metric: 'time',
      unit: 'ms',
      params: {},
      verdict: changePercent > 0 ? 'regression' : 'improvement',
      value: 1,
      baseline: 1,
      changePercent,
      ciLowerPercent: changePercent,
      ciUpperPercent: changePercent,
      changeIds: [],
    })),
  },
});
type Webhook = Extract<NotificationDestination, { type: 'webhook' }>;
const webhook = (extra: Partial<Webhook> = {}): Webhook => ({
  name: 'w',
  type: 'webhook',
  url: 'http://127.0.0.1:1',
  secret: 'x'.repeat(16),
  timeoutSeconds: 10,
  ...extra,
});

describe('which pull request a run belongs to', () => {
  it('reads a pr tag first, then a refs/pull ref', () => {
    expect(pullRequestOf({ tags: ['nightly', 'pr:42'], ref: 'refs/pull/7/head' })).toBe(42);
    expect(pullRequestOf({ tags: ['PR=9'], ref: 'main' })).toBe(9);
    expect(pullRequestOf({ tags: ['pull-request:5'], ref: '' })).toBe(5);
    expect(pullRequestOf({ tags: [], ref: 'refs/pull/7/merge' })).toBe(7);
    expect(pullRequestOf({ tags: ['prod'], ref: 'refs/heads/pull/7' })).toBeUndefined();
  });
});

describe('the GitHub repository of a suite', () => {
  it('is the configured one, else the owner and name of a URL, never a local path', () => {
    expect(repositoryOf({ repository: 'o/r' }, '/srv/x')).toEqual({ owner: 'o', repo: 'r' });
    expect(repositoryOf({}, 'https://github.com/acme/bench.git')).toEqual({ owner: 'acme', repo: 'bench' });
    expect(repositoryOf({}, 'git@ghe.example.com:acme/bench.git')).toEqual({ owner: 'acme', repo: 'bench' });
    expect(repositoryOf({}, 'ssh://git@ghe.example.com/acme/bench')).toEqual({ owner: 'acme', repo: 'bench' });
    expect(repositoryOf({}, '/srv/repos/bench')).toBeUndefined();
  });

  it('is required at start-up for every suite a GitHub destination covers', () => {
    const config = parseConfig({
      schedules: [],
      suites: { local: { repo: '/srv/local', benchmarks: [{ name: 'b', command: ['true'] }] } },
      notifications: {
        destinations: [
          { name: 'gh', type: 'github', token: 't' },
          { name: 'gh', type: 'webhook', url: 'https://x', secret: 'x'.repeat(16), suites: ['nope'] },
        ],
      },
    });
    expect(() => checkDestinations(config, quiet)).toThrow(ConfigError);
    expect(() => checkDestinations(config, quiet)).toThrow(
      /destinations\[0\]\.repository: suite "local"[\s\S]*destinations\[1\]\.name: duplicate "gh"[\s\S]*destinations\[1\]\.suites: no suite named "nope"/,
    );
  });
});

describe('destination filters', () => {
  it('take the event kinds and suites a destination asks for', () => {
    expect(forDestination(run([]), webhook({ events: ['run.failed'] }))).toBeUndefined();
    expect(forDestination(run([]), webhook({ suites: ['beta'] }))).toBeUndefined();
    expect(forDestination(run([]), webhook({ suites: ['alpha'] }))).toEqual(run([]));
    // GitHub announces runs only, whatever its events say.
    expect(
      forDestination({ ...run([]), event: 'change.detected' } as never, {
        name: 'g',
        type: 'github',
        token: 't',
        baseUrl: '',
        commitStatus: true,
        pullRequestComment: true,
        timeoutSeconds: 1,
      }),
    ).toBeUndefined();
  });

  it('leave out changes below minChangePercent, and runs with none above it except for GitHub', () => {
    const filtered = forDestination(run([2, -12, 7]), webhook({ minChangePercent: 5 })) as RunNotification;
    expect(filtered.run.verdicts!.map((verdict) => verdict.changePercent)).toEqual([-12, 7]);
    expect([filtered.run.regressions, filtered.run.improvements]).toEqual([1, 1]);
    expect(forDestination(run([2, -3]), webhook({ minChangePercent: 5 }))).toBeUndefined();
    const github = forDestination(run([2]), {
      name: 'g',
      type: 'github',
      token: 't',
      baseUrl: '',
      commitStatus: true,
      pullRequestComment: true,
      timeoutSeconds: 1,
      minChangePercent: 5,
    }) as RunNotification;
    expect(commitStatus(github.run)).toEqual({ state: 'success', description: 'no change (1 series)' });
  });
});

describe('the notifications config', () => {
  it('fills defaults and names a bad key', () => {
    const config = parseConfig({
      schedules: [],
      notifications: { destinations: [{ name: 'gh', type: 'github', token: 't' }] },
    });
    expect(config.notifications).toMatchObject({ maxAttempts: 8, maxDelaySeconds: 300 });
    expect(config.notifications.destinations[0]).toMatchObject({
      baseUrl: 'https://api.github.com',
      commitStatus: true,
      pullRequestComment: true,
      timeoutSeconds: 10,
    });
    expect(() =>
      parseConfig({
        notifications: { destinations: [{ name: 'w', type: 'webhook', url: 'https://x', secret: 'short' }] },
      }),
    ).toThrow(/notifications\.destinations\[0\]/);
  });
});
