import { describe, expect, it } from 'vitest';
import { studentTQuantileTwoSided } from '@benchline/analysis';
import { compareCentres, compareSampleSets, compareSides } from '../src/compare/statistics.ts';

const options = { direction: 'lower' as const, confidence: 0.95, minChangePercent: 2 };

describe('compareCentres: Welch interval of the change, against figures computed by hand', () => {
  it('equal spreads and sizes: df = 2(n − 1) = 18, t(0.975, 18) = 2.100922 (table)', () => {
    // se² = 5²/10 = 2.5 each; se = √5 = 2.236068; difference 10 ± 2.100922 · 2.236068 = 10 ± 4.697804.
    const result = compareCentres(
      { value: 100, stddev: 5, samples: 10 },
      { value: 110, stddev: 5, samples: 10 },
      options,
    );
    expect(result.changePercent).toBeCloseTo(10, 10);
    expect(result.degreesOfFreedom).toBeCloseTo(18, 10);
    expect(result.ci![0]).toBeCloseTo(5.302196, 5);
    expect(result.ci![1]).toBeCloseTo(14.697804, 5);
    // t = 10 / √5 = 4.472136 with 18 df: p ≈ 0.0003 (tables: t = 3.922 → 0.001, t = 4.5 → 0.00028).
    expect(result.pValue!).toBeGreaterThan(0.0002);
    expect(result.pValue!).toBeLessThan(0.0004);
    expect(result.verdict).toBe('regression');
    expect(
      compareCentres(
        { value: 100, stddev: 5, samples: 10 },
        { value: 110, stddev: 5, samples: 10 },
        { ...options, direction: 'higher' },
      ).verdict,
    ).toBe('improvement');
  });

  it('unequal spreads and sizes: Welch–Satterthwaite df = (1 + 1)² / (1/3 + 1/15) = 10, t(0.975, 10) = 2.228139', () => {
    // se² = 2²/4 = 1 and 4²/16 = 1; se = √2; difference −1 ± 2.228139 · 1.414214 = −1 ± 3.151064, in % of 50: ×2.
    const result = compareCentres({ value: 50, stddev: 2, samples: 4 }, { value: 49, stddev: 4, samples: 16 }, options);
    expect(result.changePercent).toBeCloseTo(-2, 10);
    expect(result.degreesOfFreedom).toBeCloseTo(10, 10);
    expect(result.ci![0]).toBeCloseTo(-8.302129, 5);
    expect(result.ci![1]).toBeCloseTo(4.302129, 5);
    // t = 0.707107 with 10 df: p = 0.4956 (table: t = 0.700 → 0.500).
    expect(result.pValue!).toBeCloseTo(0.4956, 3);
    expect(result.verdict).toBe('unchanged');
  });

  it('calls a significant change below minChangePercent unchanged, and one without spreads inconclusive', () => {
    const tiny = compareCentres(
      { value: 100, stddev: 1, samples: 100 },
      { value: 101, stddev: 1, samples: 100 },
      options,
    );
    expect(tiny.pValue!).toBeLessThan(1e-6);
    expect(tiny.verdict).toBe('unchanged');
    expect(
      compareCentres(
        { value: 100, stddev: 1, samples: 100 },
        { value: 101, stddev: 1, samples: 100 },
        { ...options, minChangePercent: 0.5 },
      ).verdict,
    ).toBe('regression');
    const bare = compareCentres({ value: 100 }, { value: 120, stddev: 3, samples: 5 }, options);
    expect(bare).toEqual({ method: 'welch', changePercent: 20, verdict: 'inconclusive' });
    expect(
      compareCentres({ value: 100, stddev: 3, samples: 1 }, { value: 120, stddev: 3, samples: 5 }, options).verdict,
    ).toBe('inconclusive');
  });

  it('inverts the t distribution to table values', () => {
    expect(studentTQuantileTwoSided(0.05, 18)).toBeCloseTo(2.100922, 5);
    expect(studentTQuantileTwoSided(0.05, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantileTwoSided(0.01, 5)).toBeCloseTo(4.032143, 5);
  });
});

/*
 * Mann–Whitney by hand, 5 samples a side: the head's rank sum W over the 10 pooled ranks, U = W − 15
 * (its least value). Under "no difference" each of the C(10, 5) = 252 ways to give 5 ranks to the
 * head is equally likely; the number of ways to reach each U = 0, 1, …, 25 is the number of
 * partitions of U into at most 5 parts of at most 5 (Gaussian binomial [10 choose 5]):
 * 1 1 2 3 5 7 9 11 14 16 18 19 20 20 19 18 16 14 11 9 7 5 3 2 1 1 (sum 252).
 */
describe('compareSampleSets: bootstrap interval of the ratio of medians and Mann–Whitney U, against figures computed by hand', () => {
  // Pooled in order: 20.0a 20.2a 20.4a 20.6a 20.8h 21.0a 21.2h 21.4h 21.6h 22.0h.
  const base = [20.0, 20.6, 20.2, 21.0, 20.4];
  const head = [21.4, 20.8, 22.0, 21.2, 21.6];

  it('a clear shift: medians 20.4 and 21.4, change +4.9020 %, exact two-sided p = 4/252 = 0.015873', () => {
    const result = compareSampleSets(base, head, options);
    // Sorted: base 20.0 20.2 [20.4] 20.6 21.0, head 20.8 21.2 [21.4] 21.6 22.0; 21.4 / 20.4 = 1.0490196.
    expect(result.medians).toEqual({ base: 20.4, head: 21.4 });
    expect(result.changePercent).toBeCloseTo(100 / 20.4, 10);
    // Head ranks 5, 7, 8, 9, 10: W = 39, U = 24. P(U ≥ 24) = (1 + 1)/252; two-sided twice that.
    expect(result.rankTest).toBe('exact');
    expect(result.pValue).toBeCloseTo(4 / 252, 12);
    // Seeded: the same samples give the same interval. With 5 samples a resample's median is one
    // of the samples, so each end is (head sample / base sample − 1) · 100; it brackets the change.
    expect(compareSampleSets(base, head, options)).toEqual(result);
    const [lower, upper] = result.ci!;
    expect(lower).toBeLessThan(result.changePercent);
    expect(upper).toBeGreaterThan(result.changePercent);
    const ratios = head.flatMap((h) => base.map((b) => (h / b - 1) * 100));
    for (const end of [lower, upper]) expect(ratios.some((ratio) => Math.abs(ratio - end) < 1e-9)).toBe(true);
    // p < 0.05 and the interval above 0: significant, slower, and above minChangePercent 2.
    expect(lower).toBeGreaterThan(0);
    expect(result.verdict).toBe('regression');
    expect(compareSampleSets(base, head, { ...options, direction: 'higher' }).verdict).toBe('improvement');
    expect(compareSampleSets(base, head, { ...options, minChangePercent: 5 }).verdict).toBe('unchanged');
  });

  it('interleaved samples: medians 20.4 and 20.5, exact two-sided p = 212/252 = 0.841270, unchanged', () => {
    // Pooled: 20.0a 20.1h 20.2a 20.3h 20.4a 20.5h 20.6a 20.7h 20.9h 21.0a; head ranks 2, 4, 6, 8, 9: W = 29,
    // U = 14. P(U ≥ 14) = P(U ≤ 11) = (1+1+2+3+5+7+9+11+14+16+18+19)/252 = 106/252; two-sided 212/252.
    const result = compareSampleSets(base, [20.3, 20.5, 20.7, 20.9, 20.1], options);
    expect(result.medians).toEqual({ base: 20.4, head: 20.5 });
    expect(result.changePercent).toBeCloseTo((20.5 / 20.4 - 1) * 100, 10);
    expect(result.pValue).toBeCloseTo(212 / 252, 12);
    expect(result.ci![0]).toBeLessThan(0);
    expect(result.ci![1]).toBeGreaterThan(0);
    expect(result.verdict).toBe('unchanged');
  });

  it('three samples a side cannot reach 0.05 two-sided: every head sample above every base sample is p = 2/20', () => {
    // C(6, 3) = 20 arrangements; only one puts all three head ranks on top, one all at the bottom.
    const result = compareSampleSets([10, 11, 12], [13, 14, 15], options);
    expect(result.changePercent).toBeCloseTo((14 / 11 - 1) * 100, 10);
    expect(result.pValue).toBeCloseTo(0.1, 12);
    expect(result.verdict).toBe('unchanged');
  });

  it('uses the samples only when both sides have them, all positive; otherwise Welch on the centres', () => {
    const withSamples = (sampleValues: number[]) => ({ value: 20.4, stddev: 0.4, samples: 5, sampleValues });
    expect(compareSides(withSamples(base), withSamples(head), options).method).toBe('bootstrap');
    expect(compareSides(withSamples(base), { value: 21.4, stddev: 0.4, samples: 5 }, options).method).toBe('welch');
    expect(compareSides(withSamples([0, ...base]), withSamples(head), options).method).toBe('welch');
  });
});
