import { rankSumPValue } from './rank-test.ts';
import { median } from './robust.ts';

export interface CompareOptions {
  /** Of the interval, and 1 − confidence is the level the tests are judged at; default 0.95. */
  confidence: number;
  /** Bootstrap resamples; default 2000. */
  resamples: number;
  /** Seed of the bootstrap's generator: the same samples always give the same interval. */
  seed: number;
}

export interface SampleComparison {
  /** Medians of `a` and `b`. */
  medianA: number;
  medianB: number;
  /** median(b) / median(a), and its bootstrap percentile interval at `confidence`. */
  ratio: number;
  ratioCi: [number, number];
  /** (ratio − 1) · 100, and the interval in percent. */
  changePercent: number;
  ciPercent: [number, number];
  /** Mann–Whitney U p-values: two-sided, and one-sided for "b tends to be greater" and "b tends to be smaller". */
  pValue: number;
  pGreater: number;
  pLess: number;
  /** `exact` (every arrangement of the ranks counted) for small samples, else `normal` approximation. */
  method: 'exact' | 'normal';
  /** b is greater: one-sided p ≤ 1 − confidence and the ratio's interval lies above 1. */
  greater: boolean;
  /** b is smaller: one-sided p ≤ 1 − confidence and the ratio's interval lies below 1. */
  smaller: boolean;
}

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = { confidence: 0.95, resamples: 2000, seed: 1 };

/** Arrangements of the ranks counted exactly up to this many (C(n, nA)); beyond, the normal approximation. */
const EXACT_LIMIT = 50_000;
/** p-values of the exact test are ratios of counts: compare with a little slack. */
const EPSILON = 1e-9;

/**
 * Compares two small sets of measurements — `a` (say, the last good commit's runs) and `b` (the
 * suspect's) — as a confirmation rerun needs: Mann–Whitney U (exact for small samples, ties by
 * midranks) for "is there a shift at all", and a bootstrap confidence interval of the ratio of
 * medians for "how large". With 3 runs each the smallest one-sided p is 1/20 = 0.05, so the
 * default confidence of 0.95 is reachable only when every run of one set is beyond every run of
 * the other.
 */
export function compareSamples(
  a: readonly number[],
  b: readonly number[],
  options: Partial<CompareOptions> = {},
): SampleComparison {
  const { confidence, resamples, seed } = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  if (a.length === 0 || b.length === 0) throw new RangeError('compareSamples needs at least one value in each set');
  for (const value of [...a, ...b])
    if (!Number.isFinite(value)) throw new RangeError(`compareSamples got ${value}, not a finite number`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const medianA = median(a);
  const medianB = median(b);
  const ratio = medianB / medianA;
  const ratioCi = bootstrapRatioCi(a, b, confidence, resamples, seed);
  const tests = mannWhitney(a, b);
  const alpha = 1 - confidence + EPSILON;
  return {
    medianA,
    medianB,
    ratio,
    ratioCi,
    changePercent: (ratio - 1) * 100,
    ciPercent: [(ratioCi[0] - 1) * 100, (ratioCi[1] - 1) * 100],
    ...tests,
    greater: tests.pGreater <= alpha && ratioCi[0] > 1,
    smaller: tests.pLess <= alpha && ratioCi[1] < 1,
  };
}

function mannWhitney(
  a: readonly number[],
  b: readonly number[],
): Pick<SampleComparison, 'pValue' | 'pGreater' | 'pLess' | 'method'> {
  const ranks = midranks([...a, ...b]);
  const rankSumB = ranks.slice(a.length).reduce((sum, rank) => sum + rank, 0);
  if (binomial(a.length + b.length, b.length) <= EXACT_LIMIT) {
    // Every way to give b.length of the pooled ranks to b, equally likely under "no difference".
    let atLeast = 0;
    let atMost = 0;
    let total = 0;
    for (const sum of subsetSums(ranks, b.length)) {
      total++;
      if (sum >= rankSumB - EPSILON) atLeast++;
      if (sum <= rankSumB + EPSILON) atMost++;
    }
    const pGreater = atLeast / total;
    const pLess = atMost / total;
    return { pGreater, pLess, pValue: Math.min(1, 2 * Math.min(pGreater, pLess)), method: 'exact' };
  }
  const pValue = rankSumPValue(a, b);
  const expected = (b.length * (a.length + b.length + 1)) / 2;
  const oneSided = pValue / 2;
  return rankSumB >= expected
    ? { pValue, pGreater: oneSided, pLess: 1 - oneSided, method: 'normal' }
    : { pValue, pGreater: 1 - oneSided, pLess: oneSided, method: 'normal' };
}

function midranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((x, y) => x.value - y.value);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

function* subsetSums(values: readonly number[], size: number, from = 0, sum = 0): Generator<number> {
  if (size === 0) {
    yield sum;
    return;
  }
  for (let i = from; i <= values.length - size; i++) yield* subsetSums(values, size - 1, i + 1, sum + values[i]!);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function bootstrapRatioCi(
  a: readonly number[],
  b: readonly number[],
  confidence: number,
  resamples: number,
  seed: number,
): [number, number] {
  const random = mulberry32(seed);
  const resample = (values: readonly number[]) =>
    Array.from(values, () => values[Math.floor(random() * values.length)]!);
  const ratios = Float64Array.from({ length: resamples }, () => median(resample(b)) / median(resample(a))).sort();
  const tail = (1 - confidence) / 2;
  const at = (q: number) => ratios[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
  return [at(tail), at(1 - tail)];
}

/** A small seeded generator (Mulberry32): reproducible intervals. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
