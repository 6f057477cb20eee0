import { describe, expect, it } from 'vitest';
import { judgeRun } from '../src/index.ts';
import { noisy } from './series.ts';

const points = (values: number[]) => values.map((value) => ({ value }));

describe('judgeRun', () => {
  const history = points(noisy(40, 100, 0.01, 1));

  it('calls a clearly slower run a regression when lower is better, an improvement when higher is', () => {
    const slower = judgeRun(history, { value: 110 });
    expect(slower.verdict).toBe('regression');
    expect(slower.changePercent).toBeCloseTo(10, 0);
    expect(slower.ci![0]).toBeGreaterThan(0);
    expect(slower.ci![0]).toBeLessThan(slower.changePercent!);
    expect(slower.ci![1]).toBeGreaterThan(slower.changePercent!);
    expect(judgeRun(history, { value: 110 }, { direction: 'higher' }).verdict).toBe('improvement');
    expect(judgeRun(history, { value: 90 }).verdict).toBe('improvement');
    expect(judgeRun(history, { value: 90 }, { direction: 'higher' }).verdict).toBe('regression');
  });

  it('calls a run within the noise unchanged', () => {
    const verdict = judgeRun(history, { value: 101 });
    expect(verdict.verdict).toBe('unchanged');
    expect(verdict.ci![0]).toBeLessThan(0);
    expect(verdict.ci![1]).toBeGreaterThan(0);
  });

  it('calls a significant change below minChangePercent unchanged', () => {
    const quiet = points(noisy(40, 100, 0.0005, 2));
    expect(judgeRun(quiet, { value: 101 }).verdict).toBe('unchanged');
    expect(judgeRun(quiet, { value: 101 }, { minChangePercent: 0.5 }).verdict).toBe('regression');
    expect(judgeRun(quiet, { value: 101 }, { minChangePercent: 0.5, minAbsoluteChange: 2 }).verdict).toBe('unchanged');
  });

  it('judges a run of a seasonal series against its phase: a slow weekend is not a regression', () => {
    // Nightly, 6 % slower at weekends: judged every night of a week after 120 nights, five seeds.
    const weekly = (i: number) => (i % 7 >= 5 ? 1.06 : 1);
    const verdicts = { unchanged: 0, slower: 0 };
    for (let seed = 1; seed <= 5; seed++) {
      const nights = noisy(127, 100, 0.01, seed).map((value, i) => value * weekly(i));
      for (let n = 120; n < 127; n++) {
        const history = points(nights.slice(0, n));
        if (judgeRun(history, { value: nights[n]! }).verdict === 'unchanged') verdicts.unchanged++;
        if (judgeRun(history, { value: nights[n]! * 1.05 }).verdict === 'regression') verdicts.slower++;
      }
    }
    // Unadjusted: 31 unchanged (4 of the 10 weekend nights are regressions) and 17 of 35 slower runs found.
    expect(verdicts.unchanged).toBeGreaterThanOrEqual(34);
    expect(verdicts.slower).toBeGreaterThanOrEqual(28);
    // The baseline is reported as what the run's night usually is: night 124 is a Saturday.
    const saturday = judgeRun(points(noisy(124, 100, 0.01, 1).map((value, i) => value * weekly(i))), { value: 106 });
    expect(saturday.baseline!.value).toBeCloseTo(106, -0.5);
    expect(Math.abs(saturday.changePercent!)).toBeLessThan(1.5);
  });

  it('judges against the level since the last change point, within the window', () => {
    const stepped = points([...noisy(40, 100, 0.01, 3), ...noisy(12, 120, 0.01, 4)]);
    const verdict = judgeRun(stepped, { value: 120 });
    expect(verdict.verdict).toBe('unchanged');
    expect(verdict.baseline).toMatchObject({ fromIndex: 40, points: 12 });
    expect(verdict.baseline!.value).toBeCloseTo(120, 0);
    expect(judgeRun(history, { value: 100 }, { window: 20 }).baseline).toMatchObject({ fromIndex: 20, points: 20 });
  });

  it('says how many points are missing when the history is too short', () => {
    const verdict = judgeRun(points([100, 101, 99]), { value: 150 });
    expect(verdict).toMatchObject({ verdict: 'insufficient-history', pointsNeeded: 2, ci: null });
    expect(verdict.changePercent).toBeCloseTo(50, 5);
    expect(judgeRun([], { value: 1 })).toMatchObject({
      verdict: 'insufficient-history',
      pointsNeeded: 5,
      baseline: null,
    });
  });

  it('widens the interval when the run itself is noisier than the history', () => {
    const steady = judgeRun(history, { value: 104 });
    const noisyRun = judgeRun(history, { value: 104, samples: [80, 90, 100, 110, 120, 130, 95] });
    expect(steady.verdict).toBe('regression');
    expect(noisyRun.verdict).toBe('unchanged');
    expect(noisyRun.baseline!.noise).toBeGreaterThan(steady.baseline!.noise);
  });
});
