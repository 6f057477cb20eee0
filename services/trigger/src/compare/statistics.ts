import { compareSamples, studentTQuantileTwoSided, studentTTwoSided, type Direction } from '@benchline/analysis';

/** One side of a comparison: the point's centre and, when the tool reported them, its spread, sample count and samples. */
export interface Centre {
  value: number;
  stddev?: number;
  samples?: number;
  /** The samples themselves (field `sample_values`), when the publisher stored them. */
  sampleValues?: readonly number[];
}

export type CompareVerdict = 'regression' | 'improvement' | 'unchanged' | 'inconclusive';

export interface SeriesComparison {
  /** `bootstrap` when both sides had their samples, else `welch`. */
  method: 'welch' | 'bootstrap';
  changePercent: number;
  /** Confidence interval of changePercent; absent when Welch lacks a spread and at least 2 samples on both sides. */
  ci?: [number, number];
  /** Two-sided: Welch's t-test of the two centres, or Mann–Whitney U of the two sets of samples. */
  pValue?: number;
  /** Welch only. */
  degreesOfFreedom?: number;
  /** Bootstrap only: the Mann–Whitney p counted over every arrangement of the ranks, or its normal approximation. */
  rankTest?: 'exact' | 'normal';
  /** Bootstrap only: the medians of the base's and the head's samples, which changePercent compares. */
  medians?: { base: number; head: number };
  verdict: CompareVerdict;
}

export interface CompareOptions {
  direction: Direction;
  /** Of the interval; its complement is the significance level. */
  confidence: number;
  /** A significant change smaller than this (in percent) is `unchanged`. */
  minChangePercent: number;
}

/** By its samples when both sides have them, all positive (a ratio of medians needs that), else Welch. */
export function compareSides(base: Centre, head: Centre, options: CompareOptions): SeriesComparison {
  const positive = (samples: readonly number[] | undefined) => samples?.every((sample) => sample > 0) === true;
  return positive(base.sampleValues) && positive(head.sampleValues)
    ? compareSampleSets(base.sampleValues!, head.sampleValues!, options)
    : compareCentres(base, head, options);
}

/**
 * Head against base by their samples, with `compareSamples` (the bisector's test): change in percent
 * from the ratio of medians, its seeded bootstrap interval (so the same runs always give the same
 * interval), and the two-sided Mann–Whitney p. Significant: p < 1 − confidence and the interval
 * excludes 0 — the bisector's rule, two-sided.
 */
export function compareSampleSets(
  base: readonly number[],
  head: readonly number[],
  options: CompareOptions,
): SeriesComparison {
  const result = compareSamples(base, head, { confidence: options.confidence });
  const significant = result.pValue < 1 - options.confidence && (result.ciPercent[0] > 0 || result.ciPercent[1] < 0);
  return {
    method: 'bootstrap',
    changePercent: result.changePercent,
    ci: result.ciPercent,
    pValue: result.pValue,
    rankTest: result.method,
    medians: { base: result.medianA, head: result.medianB },
    verdict: verdictOf(result.changePercent, significant, options),
  };
}

/**
 * Head against base, Welch-style: each centre's standard error is stddev/√samples (what InfluxDB
 * holds for a point: `value`, `stddev`, `samples`), the difference's is √(se₁² + se₂²) with
 * Welch–Satterthwaite degrees of freedom; the interval of the difference, divided by the base's
 * centre, is the interval of the change in percent (the base centre is taken as exact in the
 * denominator). Significant: the interval excludes 0 (p < 1 − confidence). `inconclusive` without spreads.
 */
export function compareCentres(base: Centre, head: Centre, options: CompareOptions): SeriesComparison {
  const difference = head.value - base.value;
  const changePercent = base.value === 0 ? 0 : (difference / Math.abs(base.value)) * 100;
  const errorOf = (centre: Centre) =>
    centre.stddev !== undefined && centre.samples !== undefined && centre.samples >= 2
      ? (centre.stddev * centre.stddev) / centre.samples
      : undefined;
  const baseVariance = errorOf(base);
  const headVariance = errorOf(head);
  if (baseVariance === undefined || headVariance === undefined || base.value === 0)
    return { method: 'welch', changePercent, verdict: 'inconclusive' };
  const standardError = Math.sqrt(baseVariance + headVariance);
  const degreesOfFreedom =
    standardError === 0
      ? base.samples! + head.samples! - 2
      : (baseVariance + headVariance) ** 2 /
        (baseVariance ** 2 / (base.samples! - 1) + headVariance ** 2 / (head.samples! - 1));
  const tail = 1 - options.confidence;
  const quantile = studentTQuantileTwoSided(tail, degreesOfFreedom);
  const toPercent = (x: number) => (x / Math.abs(base.value)) * 100;
  const ci: [number, number] = [
    toPercent(difference - quantile * standardError),
    toPercent(difference + quantile * standardError),
  ];
  const pValue =
    standardError === 0 ? (difference === 0 ? 1 : 0) : studentTTwoSided(difference / standardError, degreesOfFreedom);
  return {
    method: 'welch',
    changePercent,
    ci,
    pValue,
    degreesOfFreedom,
    verdict: verdictOf(changePercent, pValue < tail, options),
  };
}

/** By direction; `unchanged` when not significant or smaller than minChangePercent. */
function verdictOf(changePercent: number, significant: boolean, options: CompareOptions): CompareVerdict {
  if (!significant || Math.abs(changePercent) < options.minChangePercent) return 'unchanged';
  const worse = options.direction === 'lower' ? changePercent > 0 : changePercent < 0;
  return worse ? 'regression' : 'improvement';
}
