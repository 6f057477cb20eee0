import { describe, expect, it } from 'vitest';
import type { ChangePoint } from '@benchline/analysis';
import { identityOfTags, seriesKeyOf, type ChangeRecord } from '@benchline/core';
import { mainlineHistory, type CommitPoint } from '../src/commit-points.ts';
import { CONFIRM_AFTER_POINTS, changeId, reconcileChanges, type ReconcileInput } from '../src/reconcile-changes.ts';
import type { SeriesPoint } from '../src/series.ts';

const tags = { suite: 's', benchmark: 'b', case: 'c', metric: 'latency', unit: 'ms', minion: 'm' };
const series = identityOfTags(tags);
const seriesKey = seriesKeyOf(series);
const mainline: CommitPoint[] = Array.from({ length: 20 }, (_, i) => ({
  commit: `c${i + 1}`,
  position: i + 1,
  value: i < 10 ? 10 : 11.5,
  runIds: [`r${i + 1}`],
  timeMs: (i + 1) * 1000,
}));
const step = (index: number, to = 20): ChangePoint => ({
  index,
  shape: 'level',
  before: 10,
  after: 11.5,
  absoluteChange: 1.5,
  changePercent: 15,
  significance: 1e-5,
  segmentBefore: { from: 0, to: index },
  segmentAfter: { from: index, to },
});
const input = (overrides: Partial<ReconcileInput>): ReconcileInput => ({
  series,
  seriesKey,
  direction: 'lower',
  mainline,
  detected: [step(10)],
  stored: [],
  now: '2026-12-06T00:00:00.000Z',
  ...overrides,
});

describe('reconcileChanges', () => {
  it('creates a regression with a stable id, the commit range and confirmed once enough points support it', () => {
    const [update] = reconcileChanges(input({}));
    expect(update?.event).toBe('detected');
    expect(update?.record).toMatchObject({
      id: changeId(seriesKey, 'c11'),
      kind: 'regression',
      commitBefore: 'c10',
      commitAfter: 'c11',
      pointsAfter: 10,
      status: CONFIRM_AFTER_POINTS <= 10 ? 'confirmed' : 'detected',
      runId: 'r11',
    });
    expect(reconcileChanges(input({ detected: [step(10, 14)] }))[0]?.record.status).toBe('detected');
    expect(reconcileChanges(input({ direction: 'higher' }))[0]?.record.kind).toBe('improvement');
  });

  it('updates the stored change when it is found again nearby, keeping its id, and reports nothing new when nothing changed', () => {
    const stored = reconcileChanges(input({ detected: [step(10, 14)] }))[0]!.record;
    const relocated = reconcileChanges(input({ detected: [step(11)], stored: [stored] }));
    expect(relocated).toHaveLength(1);
    expect(relocated[0]?.record.id).toBe(stored.id);
    expect(relocated[0]?.record.commitAfter).toBe('c12');
    expect(relocated[0]?.event).toBe('updated');
    expect(relocated[0]?.record.timeMs).toBe(stored.timeMs);
    expect(reconcileChanges(input({ detected: [step(10, 14)], stored: [stored] }))).toEqual([]);
  });

  it('never touches a dismissed or not-reproduced change again', () => {
    const stored = reconcileChanges(input({}))[0]!.record;
    for (const status of ['dismissed', 'not-reproduced'] as const) {
      const settled: ChangeRecord = { ...stored, status };
      expect(reconcileChanges(input({ detected: [step(11)], stored: [settled] }))).toEqual([]);
    }
  });
});

describe('mainlineHistory', () => {
  const point = (
    runId: string,
    commit: string,
    position: number | undefined,
    value: number,
    onDefaultBranch = true,
  ): SeriesPoint => ({
    runId,
    commit,
    position,
    value,
    onDefaultBranch,
    timeMs: position ?? 0,
  });

  it('orders by commit position, merges the runs of one commit, and leaves out other refs and unknown positions', () => {
    const history = mainlineHistory(
      [
        point('r3', 'c2', 2, 30),
        point('r1', 'c1', 1, 10),
        point('r2', 'c2', 2, 20),
        point('pr', 'x', 2, 99, false),
        point('old', 'o', undefined, 5),
      ],
      2,
    );
    expect(history.map(({ commit, value, runIds }) => [commit, value, runIds])).toEqual([
      ['c1', 10, ['r1']],
      ['c2', 25, ['r3', 'r2']],
    ]);
    expect(
      mainlineHistory([point('r1', 'c1', 1, 10), point('r2', 'c2', 2, 20)], 1).map(({ commit }) => commit),
    ).toEqual(['c1']);
  });
});

describe('seriesKeyOf', () => {
  it('is the same for equal identities whatever the order of their parameters', () => {
    const a = identityOfTags({ ...tags, param_a: '1', param_b: '2' });
    const b = identityOfTags({ ...tags, param_b: '2', param_a: '1', param_c: '' });
    expect(seriesKeyOf(a)).toBe(seriesKeyOf(b));
    expect(seriesKeyOf(a)).not.toBe(seriesKey);
  });
});
