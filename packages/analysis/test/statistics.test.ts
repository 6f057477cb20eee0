import { describe, expect, it } from 'vitest';
import { studentTTwoSided } from '../src/index.ts';
import { rankSumPValue } from '../src/rank-test.ts';
import { studentTQuantileTwoSided } from '../src/student-t.ts';

describe('statistics', () => {
  it('computes Student t tails and quantiles (values from tables)', () => {
    expect(studentTTwoSided(2, 10)).toBeCloseTo(0.07339, 4);
    expect(studentTQuantileTwoSided(0.01, 4)).toBeCloseTo(4.604, 3);
    expect(studentTQuantileTwoSided(0.05, 1000)).toBeCloseTo(1.962, 3);
  });

  it('computes the rank-sum p-value, wider with variance inflation', () => {
    const before = [1, 2, 3, 4, 5, 6, 7, 8];
    const after = [9, 10, 11, 12, 13, 14, 15, 16];
    // z = (36 − 68) / √(8·8·17/12) = −3.361, two-sided p = 0.000776
    expect(rankSumPValue(before, after)).toBeCloseTo(0.000776, 5);
    expect(rankSumPValue(before, after, 3)).toBeGreaterThan(0.05);
    expect(rankSumPValue([1, 1, 1], [1, 1, 1])).toBe(1);
  });
});
