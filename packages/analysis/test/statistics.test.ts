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
    // Exact: the perfect split is 1 of C(16, 8) = 12870 orderings on each side, p = 2/12870.
    expect(rankSumPValue(before, after)).toBeCloseTo(2 / 12870, 10);
    expect(rankSumPValue([1, 4, 3], [2, 5, 6])).toBeCloseTo(0.4, 10);
    // With ties, the tie-corrected normal approximation.
    expect(rankSumPValue([...before, 8], [...after, 8])).toBeLessThan(0.002);
    expect(rankSumPValue(before, after, 3)).toBeGreaterThan(0.05);
    expect(rankSumPValue([1, 1, 1], [1, 1, 1])).toBe(1);
  });
});
