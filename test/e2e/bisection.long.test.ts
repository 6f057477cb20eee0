import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeStore, changeSubject, type ChangeRecord } from '@benchline/core';
import { makeTempDir, type ServerDir } from '@benchline/servers';
import { startStack, type Stack } from '../../packages/local/src/stack.ts';
import { requestRun } from '../../packages/local/src/request-run.ts';
import { watchRun } from '../../packages/local/src/follow.ts';
import {
  createRangesRepository,
  REGRESSION_BENCHMARK,
  regressionSuiteConfig,
  WINDOWS_FILE,
  type FixtureRange,
  type RangeSpec,
} from '../../packages/local/src/demo-regression.ts';

/**
 * The bisector against real servers and real git: one suite repository holds a range per case on
 * its main line (each starting at the base level), each case is a suite of its own over that
 * repository (so it can have its own `bisection` settings), and a change record is announced on
 * change.detected exactly as the analyzer announces one (the JSON contract), so each case costs
 * only the bisector's own runs.
 *
 * Budget (README "Confirmation and bisection"): every run costs ~8 s (the checkout), so the cases
 * use 2 runs per end and per midpoint at confidence 0.8 (the defaults, 3 and 0.95, are for
 * production), a 2× slowdown and 4–6 commits where the case is not about sensitivity, and the
 * 15-commit case keeps an 18 % slowdown. About 57 runs in all, plus a warm-up run and 10 normal
 * runs queued during the budget case for fairness.
 */
const CASES = {
  /** 15 commits, 18 % slower from the 9th: 4 confirmation runs + 4 steps of 4 = 20 runs. */
  culprit: { length: 15, culprit: 9 },
  /** The same code at both ends: 4 + 4 confirmation runs at confidence 0.98 (a false confirmation needs every run of one end beyond every run of the other: 1 in 70). */
  noise: { length: 4 },
  /** The 2nd commit's setup fails; the 1st is the culprit: 4 + 1 (skipped) + 4 = 9 runs. */
  skip: { length: 4, culprit: 1, factor: 2, brokenSetup: [2] },
  /** 6 commits, the 5th slower; budget 10 runs: 4 + one step of 4, then the budget leaves 3 candidates. */
  budget: { length: 6, culprit: 5, factor: 2 },
  /** 4 commits, the 2nd slower: 4 + 2 steps of 4 = 12 runs, killed during the second step. */
  kill: { length: 4, culprit: 2, factor: 2 },
} as const satisfies Record<string, RangeSpec>;
type CaseName = keyof typeof CASES;
const NAMES = Object.keys(CASES) as CaseName[];
const suiteOf = (name: CaseName) => `bisect-${name}`;
const BUDGET_RUNS = 10;
/** Normal runs (a suite of their own over the same repository, bisection off) queued during the budget case's bisection. */
const NORMAL_SUITE = 'bisect-normal';
const NORMAL_RUNS = 10;

/** The execution windows the fixture's benchmark appended to `<workDir>/windows.log`: `<startMs> <endMs> <runId>`. */
async function readWindows(path: string): Promise<{ runId: string; start: number; end: number }[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^(\d+) (\d+) (\S+)$/.exec(line);
      if (!match) throw new Error(`${path}: not a window: ${JSON.stringify(line)}`);
      return { runId: match[3]!, start: Number(match[1]), end: Number(match[2]) };
    });
}

interface Record_ {
  state: string;
  runs: { runId: string; commit: string; role: string; value?: number }[];
  steps: { verdict: string; commit: string }[];
  confirmation?: { verdict: string };
  result?: {
    outcome: string;
    message: string;
    culprit?: { sha: string; subject: string };
    candidates?: { sha: string }[];
    skipped: { sha: string }[];
    runsUsed: number;
    steps: number;
  };
}

describe('the bisector, on real runs of suites whose benchmark gets slower at a known commit', () => {
  let dir: ServerDir;
  let stack: Stack;
  let nc: NatsConnection;
  const fixtures = new Map<CaseName, FixtureRange>();
  const timings: string[] = [];

  const bisection = async (changeId: string) => {
    const entry = await (await new Kvm(jetstream(nc)).open('benchline-bisections')).get(changeId);
    return entry?.operation === 'PUT' ? (entry.json() as Record_) : undefined;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const done = (changeId: string, timeoutMs: number) =>
    until(
      `the investigation of ${changeId}`,
      async () => {
        const record = await bisection(changeId);
        return record?.state === 'done' ? record : undefined;
      },
      timeoutMs,
    );
  /** Stores and announces the change the analyzer would have found in the case's range. */
  const announce = async (name: CaseName): Promise<ChangeRecord> => {
    const fixture = fixtures.get(name)!;
    const now = new Date().toISOString();
    const change: ChangeRecord = {
      id: `${(NAMES.indexOf(name) + 1).toString(16)}`.padStart(16, 'a'),
      series: {
        suite: suiteOf(name),
        benchmark: REGRESSION_BENCHMARK,
        case: REGRESSION_BENCHMARK,
        metric: 'duration',
        unit: 'ms',
        minion: 'local',
        params: {},
      },
      seriesKey: `series-${name}`,
      status: 'detected',
      kind: 'regression',
      direction: 'lower',
      commitBefore: fixture.before,
      commitAfter: fixture.range.at(-1)!,
      positionBefore: 1,
      positionAfter: 2,
      runId: 'analysis-run',
      timeMs: Date.now(),
      before: 30,
      after: 35,
      changePercent: 18,
      significance: 0.001,
      pointsAfter: 5,
      detectedAt: now,
      updatedAt: now,
      history: [{ status: 'detected', at: now, by: 'analyzer' }],
    };
    const kv = await new Kvm(jetstream(nc)).open('benchline-changes');
    await new ChangeStore(kv).update(change, () => change);
    await jetstream(nc).publish(changeSubject('detected', change.series.suite), JSON.stringify(change), {
      msgID: `${change.id}:detected`,
    });
    return change;
  };
  const timed = async <T>(name: string, body: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await body();
    } finally {
      timings.push(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
    }
  };

  beforeAll(async () => {
    const started = Date.now();
    dir = await makeTempDir('bisection-e2e');
    const { repo, ranges } = await createRangesRepository(
      join(dir.path, 'suite'),
      NAMES.map((name) => CASES[name]),
    );
    for (const [index, name] of NAMES.entries()) fixtures.set(name, ranges[index]!);
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
      extraSuites: {
        ...Object.fromEntries(NAMES.map((name) => [suiteOf(name), regressionSuiteConfig(repo)])),
        [NORMAL_SUITE]: regressionSuiteConfig(repo),
      },
      configOverrides: {
        nats: { ackWaitSeconds: 5 },
        bisection: {
          confirmRuns: 2,
          stepRuns: 2,
          confidence: 0.8,
          suites: {
            [suiteOf('noise')]: { confirmRuns: 4, confidence: 0.98 },
            [suiteOf('budget')]: { maxRuns: BUDGET_RUNS },
            [NORMAL_SUITE]: { enabled: false },
          },
        },
      },
    });
    nc = await connect({ servers: stack.nats.url, ...stack.natsCredentials('admin') });
    // A first run while the services are still warming up measured 17 % slow: one normal run to warm up.
    const { runId } = await requestRun(stack, { suite: NORMAL_SUITE, ref: ranges[0]!.before, tags: ['warm-up'] });
    const watcher = await watchRun(
      nc,
      runId,
      () => undefined,
      () => undefined,
      'published',
    );
    const warmUp = await watcher.finished.finally(() => watcher.stop());
    if (warmUp.stage !== 'published')
      throw new Error(`the warm-up run failed at ${warmUp.message.stage}: ${warmUp.message.reason}`);
    timings.push(`stack and repository: ${Math.round((Date.now() - started) / 1000)} s`);
  }, 300_000);
  afterAll(async () => {
    console.log(`bisection e2e timings: ${timings.join('; ')}`);
    await nc?.close();
    await stack?.stop();
    await dir?.remove();
  });

  it(
    'bisects 15 commits to the culprit in no more than ⌈log2(15)⌉ + 2 steps, shown at GET /changes/:id',
    () =>
      timed('culprit', async () => {
        const change = await announce('culprit');
        const record = await done(change.id, 600_000);
        expect(record.confirmation!.verdict).toBe('confirmed');
        expect(record.result).toMatchObject({
          outcome: 'culprit',
          culprit: { sha: fixtures.get('culprit')!.culprit, subject: 'Validate every entry twice' },
        });
        expect(record.steps.length).toBeLessThanOrEqual(Math.ceil(Math.log2(15)) + 2);
        const response = await fetch(`${stack.triggerUrl}/changes/${change.id}`, {
          headers: { authorization: `Bearer ${stack.apiKey.key}` },
        });
        const shown = (await response.json()) as {
          status: string;
          bisection: { runs: { runId: string }[]; result: { culprit: { sha: string } } };
        };
        expect(shown.status).toBe('confirmed');
        expect(shown.bisection.result.culprit.sha).toBe(fixtures.get('culprit')!.culprit);
        expect(shown.bisection.runs.length).toBe(record.runs.length);
      }),
    600_000,
  );

  it(
    'ends not-reproduced, without bisecting, when the slowdown was noise in one run',
    () =>
      timed('noise', async () => {
        const change = await announce('noise');
        const record = await done(change.id, 300_000);
        expect(record.result!.outcome).toBe('not-reproduced');
        expect(record.runs).toHaveLength(8);
        expect(record.steps).toEqual([]);
        expect(
          (await new ChangeStore(await new Kvm(jetstream(nc)).open('benchline-changes')).get(change.id))!.status,
        ).toBe('not-reproduced');
      }),
    300_000,
  );

  it(
    'skips a commit whose setup fails and still finds the culprit, saying so',
    () =>
      timed('skip', async () => {
        const change = await announce('skip');
        const record = await done(change.id, 300_000);
        const fixture = fixtures.get('skip')!;
        expect(record.result!.outcome).toBe('culprit');
        expect(record.result!.culprit!.sha).toBe(fixture.culprit);
        expect(record.steps.map((step) => step.verdict)).toContain('skipped');
        expect(record.result!.skipped.map((commit) => commit.sha)).toEqual([fixture.range[1]]);
        expect(record.result!.message).toMatch(/skipped/);
      }),
    300_000,
  );

  it(
    'ends with the narrowest range reached when the budget is smaller than needed; normal runs queued meanwhile wait for at most one of its runs',
    () =>
      timed('budget + 10 normal runs', async () => {
        const change = await announce('budget');
        const fixture = fixtures.get('budget')!;
        // Fairness: 10 normal runs requested at once while the investigation is under way.
        await until(
          'the first run of the investigation',
          async () => ((await bisection(change.id))?.runs.length ?? 0) >= 1 || undefined,
          300_000,
        );
        const requestedAt = new Map<string, number>();
        const accepted: string[] = [];
        for (let i = 0; i < NORMAL_RUNS; i++) {
          const at = Date.now();
          const { runId } = await requestRun(stack, { suite: NORMAL_SUITE, ref: fixture.before, tags: ['fairness'] });
          requestedAt.set(runId, at);
          accepted.push(runId);
        }
        await Promise.all(
          accepted.map(async (runId) => {
            const watcher = await watchRun(
              nc,
              runId,
              () => undefined,
              () => undefined,
              'published',
            );
            const final = await watcher.finished.finally(() => watcher.stop());
            expect(final.stage, `normal run ${runId}`).toBe('published');
          }),
        );

        const record = await done(change.id, 300_000);
        expect(record.result!.outcome).toBe('budget');
        expect(record.runs.length).toBeLessThanOrEqual(BUDGET_RUNS);
        const candidates = record.result!.candidates!.map((commit) => commit.sha);
        expect(candidates.length).toBeGreaterThan(1);
        expect(candidates.length).toBeLessThan(fixture.range.length);
        expect(candidates).toContain(fixture.culprit);
        expect(record.result!.message).toMatch(/budget/);

        // While a normal run waited (requested → its benchmark started), at most one background run
        // executed: the one that held the minion when it was requested.
        const windows = await readWindows(join(dir.path, 'minion', WINDOWS_FILE));
        const background = windows.filter((window) => /^(confirm|bisect)-/.test(window.runId));
        const waits = accepted.map((runId) => {
          const own = windows.find((window) => window.runId === runId);
          expect(own, `the execution window of normal run ${runId}`).toBeDefined();
          const during = background.filter(
            (window) => window.start > requestedAt.get(runId)! && window.start < own!.start,
          );
          return { runId, waitedMs: own!.start - requestedAt.get(runId)!, backgroundRuns: during.length };
        });
        timings.push(
          `normal runs waited ${waits.map((wait) => `${Math.round(wait.waitedMs / 1000)} s/${wait.backgroundRuns}`).join(', ')} (s / background runs started meanwhile)`,
        );
        for (const wait of waits)
          expect(wait.backgroundRuns, `background runs started while ${wait.runId} waited`).toBeLessThanOrEqual(1);
        // And it is the same one for all of them: no background run started between two normal ones.
        const firstRequest = Math.min(...requestedAt.values());
        const lastNormalStart = Math.max(
          ...windows.filter((window) => accepted.includes(window.runId)).map((window) => window.start),
        );
        expect(
          background.filter((window) => window.start > firstRequest && window.start < lastNormalStart).length,
        ).toBeLessThanOrEqual(1);
      }),
    600_000,
  );

  it(
    'loses nothing when the bisector is killed mid-bisection: it resumes from the recorded steps',
    () =>
      timed('kill', async () => {
        const change = await announce('kill');
        // Killed during the second step, with the first step and a run of the second recorded.
        await until(
          'the first bisection step and a run of the second',
          async () => {
            const record = await bisection(change.id);
            return record && record.steps.length >= 1 && record.runs.length >= 4 + 4 + 1 ? true : undefined;
          },
          300_000,
        );
        const before = (await bisection(change.id))!;
        await stack.services.get('bisector')!.kill();
        await stack.restartService('bisector');
        const record = await done(change.id, 300_000);
        expect(record.result!.outcome).toBe('culprit');
        expect(record.result!.culprit!.sha).toBe(fixtures.get('kill')!.culprit);
        expect(record.runs.slice(0, before.runs.length)).toEqual(before.runs);
        expect(record.steps.slice(0, before.steps.length)).toEqual(before.steps);
        const ids = record.runs.map((run) => run.runId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toHaveLength(12);
      }),
    300_000,
  );
});
