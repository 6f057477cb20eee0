import { describe, expect, it } from 'vitest';
import { compareSamples } from '../src/index.ts';

describe('compareSamples (Mann–Whitney U and a bootstrap interval of the ratio of medians)', () => {
  it('finds 3 runs that are all 15 % slower than 3 others greater, exactly at p = 1/20', () => {
    const result = compareSamples([100, 101, 99], [115, 116, 114]);
    expect(result.method).toBe('exact');
    expect(result.pGreater).toBeCloseTo(0.05, 10);
    expect(result.pValue).toBeCloseTo(0.1, 10);
    expect(result.greater).toBe(true);
    expect(result.smaller).toBe(false);
    expect(result.changePercent).toBeCloseTo((115 / 100 - 1) * 100, 6);
    expect(result.ciPercent[0]).toBeGreaterThan(10);
    expect(result.ciPercent[1]).toBeLessThan(20);
  });

  it('finds no shift in overlapping sets, whatever one outlier does', () => {
    const result = compareSamples([100, 102, 99], [101, 100, 140]);
    expect(result.greater).toBe(false);
    expect(result.smaller).toBe(false);
    expect(result.pGreater).toBeGreaterThan(0.05);
    expect(result.ratioCi[0]).toBeLessThanOrEqual(1);
  });

  it('sees a shift downwards as smaller', () => {
    const result = compareSamples([10, 11, 10.5, 10.2], [8, 8.1, 7.9, 8.2]);
    expect(result.smaller).toBe(true);
    expect(result.pLess).toBeCloseTo(1 / 70, 10);
  });

  it('counts ties by midranks', () => {
    const result = compareSamples([1, 1, 1], [1, 1, 1]);
    expect(result.pValue).toBe(1);
    expect(result.greater || result.smaller).toBe(false);
  });

  it('uses the normal approximation for large samples, and gives the same interval for the same input', () => {
    const a = Array.from({ length: 30 }, (_, i) => 100 + (i % 7));
    const b = a.map((value) => value * 1.05);
    const first = compareSamples(a, b);
    expect(first.method).toBe('normal');
    expect(first.greater).toBe(true);
    expect(compareSamples(a, b).ratioCi).toEqual(first.ratioCi);
  });

  it('demands more at a higher confidence: 3 against 3 can never reach 0.99', () => {
    expect(compareSamples([100, 101, 99], [115, 116, 114], { confidence: 0.99 }).greater).toBe(false);
  });

  it('rejects empty sets and non-finite values', () => {
    expect(() => compareSamples([], [1])).toThrow(RangeError);
    expect(() => compareSamples([1], [Number.NaN])).toThrow(RangeError);
  });
});
