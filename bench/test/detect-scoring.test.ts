import { describe, expect, it } from 'vitest';
import { cleanPredictions, cover, coverSingle, f1Score, partition, truePositives } from '../detect/scoring.ts';

describe('TCPDBench scoring', () => {
  it('cleans predictions to unique indices in [1, n − 1)', () => {
    expect(cleanPredictions([0, 5, 5, 3, 9, 10], 10)).toEqual([3, 5]);
  });

  it('matches annotated points one-to-one within the margin', () => {
    expect(truePositives(new Set([10, 12]), new Set([11]), 5)).toBe(1);
    expect(truePositives(new Set([10, 20]), new Set([14, 16]), 5)).toBe(2);
    expect(truePositives(new Set([10]), new Set([16]), 5)).toBe(0);
  });

  it('computes F1 with index 0 added and recall averaged over annotators', () => {
    // Annotators {0, 50} and {0}; predictions {0, 52, 100}: precision = 2/3 (0 and 50 matched),
    // recall = (2/2 + 1/1) / 2 = 1, F1 = 2 · (2/3) / (5/3) = 0.8.
    const score = f1Score([[50], []], [52, 100]);
    expect(score.precision).toBeCloseTo(2 / 3, 10);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(0.8, 10);
    // No prediction: precision 1/1, recall (1/2 + 1/1) / 2 = 0.75, F1 = 6/7.
    expect(f1Score([[50], []], []).f1).toBeCloseTo(6 / 7, 10);
  });

  it('computes the covering of the truth by the prediction', () => {
    expect(partition([5, 0, 5, 12], 10)).toEqual([
      [0, 5],
      [5, 10],
    ]);
    // Truth [0,5) [5,10); prediction [0,10): each true segment overlaps 5/10 → cover 0.5.
    expect(coverSingle([5], [], 10)).toBe(0.5);
    // Truth [0,10); prediction [0,4) [4,10): best overlap 6/10 → 0.6.
    expect(coverSingle([], [4], 10)).toBeCloseTo(0.6, 10);
    // Truth [0,4) [4,10) vs prediction [0,5) [5,10): 4·(4/5) + 6·(5/6) = 8.2 → 0.82; averaged with a perfect 1.
    expect(coverSingle([4], [5], 10)).toBeCloseTo(0.82, 10);
    expect(cover([[4], [5]], [5], 10)).toBeCloseTo(0.91, 10);
  });
});
