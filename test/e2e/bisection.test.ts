import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeStore, changeSubject, type ChangeRecord } from '@benchline/core';
import { makeTempDir, type ServerDir } from '@benchline/servers';
import { startStack, type Stack } from '../../packages/local/src/stack.ts';
import { createRegressionRepository, REGRESSION_BENCHMARK, regressionSuiteConfig, type RegressionRepo } from '../../packages/local/src/demo-regression.ts';

/**
 * The bisector against real servers and real git: each case is a suite repository with 15
 * commits in its range, and a change record announced on change.detected exactly as the analyzer
 * announces one (the JSON contract), so each case costs only the bisector's own runs.
 */
const CASES = {
  culprit: { culprit: 9 },
  noise: {},
  skip: { culprit: 9, brokenSetup: [7] },
  budget: { culprit: 9 },
  kill: { culprit: 4 },
} as const;
type CaseName = keyof typeof CASES;
const suiteOf = (name: CaseName) => `bisect-${name}`;

describe('the bisector, on real runs of suites whose benchmark gets slower at a known commit', () => {
  let dir: ServerDir;
  let stack: Stack;
  let nc: NatsConnection;
  const fixtures = new Map<CaseName, RegressionRepo>();

  const bisection = async (changeId: string) => {
    const entry = await (await new Kvm(jetstream(nc)).open('benchline-bisections')).get(changeId);
    return entry?.operation === 'PUT' ? (entry.json() as { state: string; runs: { runId: string }[]; steps: { verdict: string; commit: string }[]; result?: Record<string, any>; confirmation?: { verdict: string } }) : undefined;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  };
  /** Stores and announces the change the analyzer would have found in the fixture's range. */
  const announce = async (name: CaseName): Promise<ChangeRecord> => {
    const fixture = fixtures.get(name)!;
    const now = new Date().toISOString();
    const change: ChangeRecord = {
      id: `${(Object.keys(CASES).indexOf(name) + 1).toString(16)}`.padStart(16, 'a'),
      series: { suite: suiteOf(name), benchmark: REGRESSION_BENCHMARK, case: REGRESSION_BENCHMARK, metric: 'duration', unit: 'ms', minion: 'local', params: {} },
      seriesKey: `series-${name}`, status: 'detected', kind: 'regression', direction: 'lower',
      commitBefore: fixture.before.at(-1)!, commitAfter: fixture.range.at(-1)!, positionBefore: 1, positionAfter: 16,
      runId: 'analysis-run', timeMs: Date.now(), before: 30, after: 35, changePercent: 18, significance: 0.001, pointsAfter: 5,
      detectedAt: now, updatedAt: now, history: [{ status: 'detected', at: now, by: 'analyzer' }],
    };
    const kv = await new Kvm(jetstream(nc)).open('benchline-changes');
    await new ChangeStore(kv).update(change, () => change);
    await jetstream(nc).publish(changeSubject('detected', change.series.suite), JSON.stringify(change), { msgID: `${change.id}:detected` });
    return change;
  };

  beforeAll(async () => {
    dir = await makeTempDir('bisection-e2e');
    for (const [name, options] of Object.entries(CASES) as [CaseName, object][]) {
      fixtures.set(name, await createRegressionRepository(join(dir.path, name), { ...options, historyBefore: 0, historyAfter: 0 }));
    }
    stack = await startStack({
      dataDir: dir.path, httpPort: 0, gatewayPort: 0, influxPort: 0, schedules: false, say: () => undefined,
      extraSuites: Object.fromEntries([...fixtures].map(([name, fixture]) => [suiteOf(name), regressionSuiteConfig(fixture.repo)])),
      configOverrides: { nats: { ackWaitSeconds: 5 }, bisection: { suites: { [suiteOf('budget')]: { maxRuns: 14 } } } },
    });
    nc = await connect({ servers: stack.nats.url, ...stack.natsCredentials('admin') });
  }, 300_000);
  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
    await dir?.remove();
  });

  it('bisects 15 commits to the culprit in no more than ⌈log2(15)⌉ + 2 steps, shown at GET /changes/:id', async () => {
    const change = await announce('culprit');
    const record = await until('the bisection', async () => ((await bisection(change.id))?.state === 'done' ? bisection(change.id) : undefined), 900_000);
    expect(record!.confirmation!.verdict).toBe('confirmed');
    expect(record!.result).toMatchObject({ outcome: 'culprit', culprit: { sha: fixtures.get('culprit')!.culprit, subject: 'Validate every entry twice' } });
    expect(record!.steps.length).toBeLessThanOrEqual(Math.ceil(Math.log2(15)) + 2);
    const response = await fetch(`${stack.triggerUrl}/changes/${change.id}`, { headers: { authorization: `Bearer ${stack.apiKey.key}` } });
    const shown = (await response.json()) as { status: string; bisection: { runs: { runId: string }[]; result: { culprit: { sha: string } } } };
    expect(shown.status).toBe('confirmed');
    expect(shown.bisection.result.culprit.sha).toBe(fixtures.get('culprit')!.culprit);
    expect(shown.bisection.runs.length).toBe(record!.runs.length);
  }, 900_000);

  it('ends not-reproduced, without bisecting, when the slowdown was noise in one run', async () => {
    const change = await announce('noise');
    const record = await until('the confirmation', async () => ((await bisection(change.id))?.state === 'done' ? bisection(change.id) : undefined), 600_000);
    expect(record!.result!.outcome).toBe('not-reproduced');
    expect(record!.steps).toEqual([]);
    expect((await new ChangeStore(await new Kvm(jetstream(nc)).open('benchline-changes')).get(change.id))!.status).toBe('not-reproduced');
  }, 600_000);

  it('skips a commit whose setup fails and still finds the culprit, saying so', async () => {
    const change = await announce('skip');
    const record = await until('the bisection', async () => ((await bisection(change.id))?.state === 'done' ? bisection(change.id) : undefined), 900_000);
    const fixture = fixtures.get('skip')!;
    expect(record!.result!.culprit.sha).toBe(fixture.culprit);
    expect(record!.result!.skipped.map((commit: { sha: string }) => commit.sha)).toEqual([fixture.range[6]]);
    expect(record!.result!.message).toMatch(/skipped/);
  }, 900_000);

  it('ends with the narrowest range reached when the budget is smaller than needed', async () => {
    const change = await announce('budget');
    const record = await until('the bisection', async () => ((await bisection(change.id))?.state === 'done' ? bisection(change.id) : undefined), 900_000);
    expect(record!.result!.outcome).toBe('budget');
    expect(record!.result!.candidates.length).toBeGreaterThan(1);
    expect(record!.result!.candidates.length).toBeLessThan(15);
    expect(record!.result!.candidates.map((commit: { sha: string }) => commit.sha)).toContain(fixtures.get('budget')!.culprit);
    expect(record!.result!.message).toMatch(/budget/);
  }, 900_000);

  it('loses nothing when the bisector is killed mid-bisection: it resumes from the recorded steps', async () => {
    const change = await announce('kill');
    await until('the first bisection step', async () => ((await bisection(change.id))?.steps.length ?? 0) >= 1 || undefined, 600_000);
    const before = (await bisection(change.id))!;
    await stack.services.get('bisector')!.kill();
    await stack.restartService('bisector');
    const record = await until('the bisection', async () => ((await bisection(change.id))?.state === 'done' ? bisection(change.id) : undefined), 900_000);
    expect(record!.result!.culprit.sha).toBe(fixtures.get('kill')!.culprit);
    expect(record!.runs.slice(0, before.runs.length)).toEqual(before.runs);
    const ids = record!.runs.map((run) => run.runId);
    expect(new Set(ids).size).toBe(ids.length);
  }, 900_000);
});
