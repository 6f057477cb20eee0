import { describe, expect, it } from 'vitest';
import { studentTTwoSided } from '../src/index.ts';
import { chiSquareUpperTail } from '../src/gamma.ts';
import { kruskalWallisPValue, rankSumPValue } from '../src/rank-test.ts';
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

  it('computes χ² tails (closed form for 2 degrees of freedom, tables otherwise)', () => {
    for (const x of [0.5, 3, 7.2, 40]) expect(chiSquareUpperTail(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(19.67514, 11)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(20.51501, 5)).toBeCloseTo(0.001, 7);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });

  it('computes the Kruskal–Wallis p-value, with ties corrected', () => {
    // Ranks 1…9 in three groups of three: H = 12/90 · (6² + 15² + 24²)/3 − 30 = 7.2, χ² with 2 df.
    expect(kruskalWallisPValue([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, (i) => Math.floor(i / 3))).toBeCloseTo(
      Math.exp(-3.6),
      12,
    );
    // Two groups: H is the square of the rank-sum test's z (normal approximation), ties included.
    const values = [1, 2, 2, 3, 5, 4, 6, 6, 7, 8];
    const twoGroups = kruskalWallisPValue(values, 2, (i) => (i < 5 ? 0 : 1));
    expect(twoGroups).toBeCloseTo(rankSumPValue(values.slice(0, 5), values.slice(5)), 7);
    expect(kruskalWallisPValue([4, 4, 4, 4], 2, (i) => i % 2)).toBe(1);
  });
});
