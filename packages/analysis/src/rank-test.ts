import { normalUpperTail } from './normal.ts';

/**
 * Two-sided Mann–Whitney (Wilcoxon rank-sum) p-value of `before` vs `after`, normal approximation
 * with midranks and tie correction. `varianceInflation` widens the null variance for serially
 * correlated data: with AR(1) noise the rank sum's variance grows by about (1 + ρ) / (1 − ρ).
 */
export function rankSumPValue(before: ArrayLike<number>, after: ArrayLike<number>, varianceInflation = 1): number {
  const n1 = before.length;
  const n2 = after.length;
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0) return 1;
  const pooled = Array.from({ length: n }, (_, i) => ({ value: i < n1 ? before[i]! : after[i - n1]!, first: i < n1 }));
  pooled.sort((a, b) => a.value - b.value);
  let rankSum = 0;
  let tieTerm = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && pooled[j + 1]!.value === pooled[i]!.value) j++;
    const midrank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (pooled[k]!.first) rankSum += midrank;
    const ties = j - i + 1;
    tieTerm += ties ** 3 - ties;
    i = j + 1;
  }
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))) * varianceInflation;
  if (variance <= 0) return 1;
  const z = (rankSum - (n1 * (n + 1)) / 2) / Math.sqrt(variance);
  return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
}
