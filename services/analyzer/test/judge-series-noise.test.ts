import { describe, expect, it } from 'vitest';
import { Verdict } from '@benchline/core';
import { judgeSeries, type RunPlace } from '../src/judge-series.ts';
import type { Series, SeriesPoint } from '../src/series.ts';

const point = (index: number, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
  runId: `run-${index}`,
  commit: `c${index}`,
  position: index,
  onDefaultBranch: true,
  value,
  timeMs: 1_000 * index,
  ...extra,
});
const series = (points: SeriesPoint[]): Series => ({
  identity: { suite: 's', benchmark: 'b', case: 'c', metric: 'duration', unit: 'ms', minion: 'm1', params: {} },
  key: 'k',
  points,
});
/** Ten quiet runs at 100 ± 1 ms, then run 11 at 150 ms. */
const history = [...Array.from({ length: 10 }, (_, index) => point(index + 1, 100 + (index % 3) - 1)), point(11, 150)];
const place = (extra: Partial<RunPlace> = {}): RunPlace => ({
  runId: 'run-11',
  position: 11,
  onDefaultBranch: true,
  noisy: false,
  segmentStartMs: undefined,
  ...extra,
});

describe('judgeSeries with noise and environment changes', () => {
  it('finds the slower run a regression in a quiet environment (the baseline for the cases below)', () => {
    expect(judgeSeries(series(history), place(), {})?.verdict.verdict).toBe(Verdict.VERDICT_REGRESSION);
  });

  it('skips the verdict of a noisy run and keeps it out of the mainline', () => {
    const noisyRun = history.map((entry) => (entry.runId === 'run-11' ? { ...entry, noisy: true } : entry));
    const judgement = judgeSeries(series(noisyRun), place({ noisy: true }), {});
    expect(judgement?.verdict.verdict).toBe(Verdict.VERDICT_SKIPPED);
    expect(judgement?.mainline.map((entry) => entry.commit)).not.toContain('c11');
  });

  it('leaves noisy earlier runs out of the history a run is judged against', () => {
    const noisyPast = history.map((entry, index) => (index < 8 ? { ...entry, noisy: true } : entry));
    expect(judgeSeries(series(noisyPast), place(), {})?.verdict).toMatchObject({
      verdict: Verdict.VERDICT_INSUFFICIENT_HISTORY,
    });
  });

  it('judges only against the points since the environment changed: no regression at the change', () => {
    const judgement = judgeSeries(series(history), place({ segmentStartMs: 11_000 }), {});
    expect(judgement?.verdict).toMatchObject({ verdict: Verdict.VERDICT_INSUFFICIENT_HISTORY, pointsNeeded: 5 });
    expect(judgement?.mainline.map((entry) => entry.commit)).toEqual(['c11']);
  });
});
