import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, summarize } from '../lib/stats.ts';

describe('stats', () => {
  it('takes the nearest-rank percentile, whatever the input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(values)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 0)).toBe(1);
    expect(values[0]).toBe(5); // the input is not sorted in place
  });

  it('summarizes one sample', () => {
    expect(summarize([3])).toEqual({ n: 1, median: 3, p95: 3, min: 3, max: 3 });
  });

  it('refuses an empty sample, a percentile outside 0..100 and a zero floor', () => {
    expect(() => median([])).toThrow(/empty/);
    expect(() => percentile([1], 101)).toThrow(/0\.\.100/);
    expect(() => ratio(1, 0)).toThrow(/floor must be positive/);
    expect(ratio(3, 2)).toBe(1.5);
  });
});
