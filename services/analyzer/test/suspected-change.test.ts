import { describe, expect, it } from 'vitest';
import { identityOfTags, proto, seriesKeyOf, Verdict, type SeriesVerdict } from '@benchline/core';
import type { CommitPoint } from '../src/commit-points.ts';
import type { SeriesJudgement } from '../src/judge-series.ts';
import { changeId, reconcileChanges } from '../src/reconcile-changes.ts';
import { suspectedChange, type SuspectInput } from '../src/suspected-change.ts';

const series = identityOfTags({ suite: 's', benchmark: 'b', case: 'c', metric: 'latency', unit: 'ms', minion: 'm' });
const seriesKey = seriesKeyOf(series);
/** Eight commits at 10 ms, then the judged run's commit at 11.5 ms. */
const mainline: CommitPoint[] = Array.from({ length: 9 }, (_, i) => ({
  commit: `c${i + 1}`,
  position: i + 1,
  value: i < 8 ? 10 : 11.5,
  runIds: [`r${i + 1}`],
  timeMs: (i + 1) * 1000,
}));
const judgement = (verdict: Verdict, points = mainline): SeriesJudgement => ({
  verdict: proto.SeriesVerdict.create({
    verdict,
    value: 11.5,
    baseline: 10,
    changePercent: 15,
    baselinePoints: 8,
  }) as SeriesVerdict,
  direction: 'lower',
  mainline: points,
  pValue: 1e-4,
});
const input = (overrides: Partial<SuspectInput> = {}): SuspectInput => ({
  series,
  judgement: judgement(Verdict.VERDICT_REGRESSION),
  seriesKey,
  runId: 'r9',
  stored: [],
  now: '2026-12-06T00:00:00.000Z',
  ...overrides,
});

describe('suspectedChange', () => {
  it("suspects a regression between the previous commit and the run's, with the id a change point there gets", () => {
    const update = suspectedChange(input());
    expect(update?.event).toBe('detected');
    expect(update?.record).toMatchObject({
      id: changeId(seriesKey, 'c9'),
      status: 'detected',
      kind: 'regression',
      commitBefore: 'c8',
      commitAfter: 'c9',
      before: 10,
      after: 11.5,
      changePercent: 15,
      significance: 1e-4,
      pointsAfter: 1,
      runId: 'r9',
    });
    expect(update?.record.history[0]?.note).toMatch(/suspected from run r9's verdict/);
  });

  it('suspects nothing for an unchanged or improved run, or for the first commit of a series', () => {
    expect(suspectedChange(input({ judgement: judgement(Verdict.VERDICT_UNCHANGED) }))).toBeUndefined();
    expect(suspectedChange(input({ judgement: judgement(Verdict.VERDICT_IMPROVEMENT) }))).toBeUndefined();
    expect(suspectedChange(input({ runId: 'r1' }))).toBeUndefined();
  });

  it('suspects nothing where a change is already known nearby, unless reruns did not reproduce it', () => {
    const known = suspectedChange(input())!.record;
    const later: CommitPoint = { commit: 'c10', position: 10, value: 11.5, runIds: ['r10'], timeMs: 10_000 };
    const next = input({ judgement: judgement(Verdict.VERDICT_REGRESSION, [...mainline, later]), runId: 'r10' });
    for (const status of ['detected', 'confirmed', 'acknowledged', 'dismissed'] as const)
      expect(suspectedChange({ ...next, stored: [{ ...known, status }] })).toBeUndefined();
    const afterNoise = suspectedChange({ ...next, stored: [{ ...known, status: 'not-reproduced' }] });
    expect(afterNoise?.record).toMatchObject({ commitBefore: 'c9', commitAfter: 'c10' });
  });

  it('is taken over by the change point located at its commit later, keeping its id', () => {
    const suspected = suspectedChange(input())!.record;
    const longer: CommitPoint[] = Array.from({ length: 18 }, (_, i) => ({
      commit: `c${i + 1}`,
      position: i + 1,
      value: i < 8 ? 10 : 11.5,
      runIds: [`r${i + 1}`],
      timeMs: (i + 1) * 1000,
    }));
    const [update] = reconcileChanges({
      series,
      seriesKey,
      direction: 'lower',
      mainline: longer,
      detected: [
        {
          index: 8,
          shape: 'level',
          before: 10,
          after: 11.5,
          absoluteChange: 1.5,
          changePercent: 15,
          significance: 1e-6,
          segmentBefore: { from: 0, to: 8 },
          segmentAfter: { from: 8, to: 18 },
        },
      ],
      stored: [suspected],
      now: '2026-12-07T00:00:00.000Z',
    });
    expect(update?.record).toMatchObject({ id: suspected.id, commitAfter: 'c9', pointsAfter: 10 });
  });
});
