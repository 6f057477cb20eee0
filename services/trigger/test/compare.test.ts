import { describe, expect, it } from 'vitest';
import { studentTQuantileTwoSided } from '@benchline/analysis';
import { compareCentres } from '../src/routes/compare.ts';

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
    expect(bare).toEqual({ changePercent: 20, verdict: 'inconclusive' });
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
