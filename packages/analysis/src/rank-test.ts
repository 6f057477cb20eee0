import { chiSquareUpperTail } from './gamma.ts';
import { normalUpperTail } from './normal.ts';

/** Largest n1 + n2 whose exact null distribution is counted (O(n1² n2²) at most, a few µs here). */
const EXACT_UP_TO = 40;

/**
 * Two-sided Mann–Whitney (Wilcoxon rank-sum) p-value of `before` vs `after`: exact for small samples
 * without ties and serial correlation (the normal approximation overstates the tail there: a perfect
 * split of 7 vs 7 is p = 0.0006 exactly, 0.0018 approximated), otherwise the normal approximation
 * with midranks and tie correction. `varianceInflation` widens the null variance for serially
 * correlated data: with AR(1) noise the rank sum's variance grows by about (1 + ρ) / (1 − ρ).
 */
export function rankSumPValue(before: ArrayLike<number>, after: ArrayLike<number>, varianceInflation = 1): number {
  const n1 = before.length;
  const n2 = after.length;
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0) return 1;
  const { ranks, tieTerm } = midranks(Array.from({ length: n }, (_, i) => (i < n1 ? before[i]! : after[i - n1]!)));
  let rankSum = 0;
  for (let i = 0; i < n1; i++) rankSum += ranks[i]!;
  if (varianceInflation === 1 && tieTerm === 0 && n <= EXACT_UP_TO)
    return exactTwoSided(rankSum - (n1 * (n1 + 1)) / 2, n1, n2);
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))) * varianceInflation;
  if (variance <= 0) return 1;
  const z = (rankSum - (n1 * (n + 1)) / 2) / Math.sqrt(variance);
  return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
}

/**
 * Kruskal–Wallis p-value of "the groups come from one distribution" (`groupOf(i)` in 0 … groups − 1
 * for each value): H with midranks and tie correction, χ² with groups − 1 degrees of freedom.
 * Rank-based, so outliers, skew and bimodal noise do not make groups differ.
 */
export function kruskalWallisPValue(
  values: ArrayLike<number>,
  groups: number,
  groupOf: (index: number) => number,
): number {
  const n = values.length;
  const { ranks, tieTerm } = midranks(values);
  const rankSums = new Float64Array(groups);
  const counts = new Float64Array(groups);
  for (let i = 0; i < n; i++) {
    rankSums[groupOf(i)]! += ranks[i]!;
    counts[groupOf(i)]!++;
  }
  let between = 0;
  for (let g = 0; g < groups; g++) if (counts[g]! > 0) between += rankSums[g]! ** 2 / counts[g]!;
  const correction = 1 - tieTerm / (n ** 3 - n);
  if (!(correction > 0)) return 1;
  const h = ((12 / (n * (n + 1))) * between - 3 * (n + 1)) / correction;
  return chiSquareUpperTail(h, groups - 1);
}

/** Ranks 1 … n of the values, tied values sharing their mean rank, and Σ (t³ − t) over groups of t ties. */
function midranks(values: ArrayLike<number>): { ranks: Float64Array; tieTerm: number } {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const rankOf = new Map<number, number>();
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    rankOf.set(sorted[i]!, (i + j) / 2 + 1);
    const ties = j - i + 1;
    tieTerm += ties ** 3 - ties;
    i = j + 1;
  }
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = rankOf.get(values[i]!)!;
  return { ranks, tieTerm };
}

/** Exact two-sided p of the Mann–Whitney U statistic `u` of samples of n1 and n2 distinct values. */
function exactTwoSided(u: number, n1: number, n2: number): number {
  const counts = uCounts(n1, n2);
  const total = counts.reduce((sum, count) => sum + count, 0);
  let below = 0;
  let above = 0;
  counts.forEach((count, value) => {
    if (value <= u) below += count;
    if (value >= u) above += count;
  });
  return Math.min(1, (2 * Math.min(below, above)) / total);
}

/** How many of the C(n1 + n2, n1) orderings give each U = 0 … n1·n2 (f(m, n, u) = f(m−1, n, u−n) + f(m, n−1, u)). */
function uCounts(n1: number, n2: number): number[] {
  // table[n][u] for the current m, over n = 0 … n2.
  let table = Array.from({ length: n2 + 1 }, () => [1]);
  for (let m = 1; m <= n1; m++) {
    const next: number[][] = [Array.from({ length: 1 }, () => 1)];
    for (let n = 1; n <= n2; n++) {
      const row = new Array<number>(m * n + 1).fill(0);
      const withoutLast = table[n]!;
      const withoutOther = next[n - 1]!;
      for (let u = 0; u < row.length; u++) row[u] = (withoutOther[u] ?? 0) + (u >= n ? (withoutLast[u - n] ?? 0) : 0);
      next.push(row);
    }
    table = next;
  }
  return table[n2]!;
}
