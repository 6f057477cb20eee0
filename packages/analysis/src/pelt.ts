/**
 * PELT (Killick, Fearnhead & Eckley 2012): the exact minimiser of Σ segment costs + penalty ·
 * (number of changes) over segmentations whose segments have at least `minSegment` points. The
 * cost is the squared error around the segment mean divided by `variance` (−2 log-likelihood of
 * a Gaussian mean shift), computed from cumulative sums in O(1). Returns the start index of each
 * segment after the first.
 */
export function pelt(values: ArrayLike<number>, variance: number, penalty: number, minSegment: number): number[] {
  const n = values.length;
  if (n < 2 * minSegment) return [];
  const sums = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sums[i + 1] = sums[i]! + values[i]!;
    squares[i + 1] = squares[i]! + values[i]! ** 2;
  }
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
      const sum = sums[end]! - sums[start]!;
      const cost = Math.max(0, squares[end]! - squares[start]! - (sum * sum) / (end - start)) / variance;
      const total = best[start]! + cost;
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
