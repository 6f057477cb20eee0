import type { SegmentFits } from './fits.ts';

/** Cost of the segment [from, to) in units of −2 log-likelihood (already divided by the noise variance). */
export type SegmentCost = (from: number, to: number) => number;

/**
 * PELT (Killick, Fearnhead & Eckley 2012): the exact minimiser of Σ segment costs + penalty ·
 * (number of changes) over segmentations whose segments have at least `minSegment` points, the
 * cost of a segment being the squared error around its mean (`flat`) or its least-squares line
 * (`line`) divided by `variance` (−2 log-likelihood of Gaussian noise). Returns the start index of
 * each segment after the first.
 */
export function pelt(
  fits: SegmentFits,
  model: 'flat' | 'line',
  variance: number,
  penalty: number,
  minSegment: number,
): number[] {
  const n = fits.sum.length - 1;
  if (n < 2 * minSegment) return [];
  const line = model === 'line';
  const best = new Float64Array(n + 1);
  const lastChange = new Int32Array(n + 1);
  const candidates = new Int32Array(n + 1);
  const totals = new Float64Array(n + 1);
  let count = 0;
  best[0] = -penalty;
  for (let end = minSegment; end <= n; end++) {
    const newest = end - minSegment;
    if (newest === 0 || newest >= minSegment) candidates[count++] = newest;
    let bestCost = Infinity;
    let bestStart = 0;
    for (let k = 0; k < count; k++) {
      const start = candidates[k]!;
      // Inlined fits.flatError / fits.lineError: this loop is the detector's hot path.
      const m = end - start;
      const sum = fits.sum[end]! - fits.sum[start]!;
      const syy = fits.squares[end]! - fits.squares[start]! - (sum * sum) / m;
      let error = syy;
      if (line) {
        const indexSum = fits.indexSum[end]! - fits.indexSum[start]!;
        const sxx = fits.indexSquares[end]! - fits.indexSquares[start]! - (indexSum * indexSum) / m;
        const sxy = fits.cross[end]! - fits.cross[start]! - (indexSum * sum) / m;
        if (sxx > 0) error -= (sxy * sxy) / sxx;
      }
      const total = best[start]! + Math.max(0, error) / variance;
      totals[k] = total;
      if (total + penalty < bestCost) {
        bestCost = total + penalty;
        bestStart = start;
      }
    }
    best[end] = bestCost;
    lastChange[end] = bestStart;
    let kept = 0;
    for (let k = 0; k < count; k++) if (totals[k]! <= bestCost) candidates[kept++] = candidates[k]!;
    count = kept;
  }
  const changes: number[] = [];
  for (let end = lastChange[n]!; end > 0; end = lastChange[end]!) changes.push(end);
  return changes.reverse();
}

/** Σ cost over the segments that `changes` cut 0..n into. */
export function totalCost(n: number, changes: readonly number[], cost: SegmentCost): number {
  const bounds = [0, ...changes, n];
  let total = 0;
  for (let k = 0; k + 1 < bounds.length; k++) total += cost(bounds[k]!, bounds[k + 1]!);
  return total;
}
