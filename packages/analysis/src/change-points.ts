import { SegmentFits } from './fits.ts';
import { estimateNoise } from './noise.ts';
import { pelt, totalCost } from './pelt.ts';
import { rankSumPValue } from './rank-test.ts';
import { median } from './robust.ts';
import { stepBeatsLine } from './step-vs-trend.ts';
import { trendChangePValue, trendConfirmed, trendDeparture } from './trend-test.ts';

export interface DetectOptions {
  /** Fewest points a level must hold to count (and the delay before a new level can be reported). */
  minSegment: number;
  /** Penalty per change in units of the noise's long-run variance: penaltyFactor · ln(n) (3 = MBIC). */
  penaltyFactor: number;
  /** Smallest |relative change| of the median, in percent, worth reporting. */
  minChangePercent: number;
  /** Smallest |absolute change| of the median worth reporting (in the series' unit). */
  minAbsoluteChange: number;
  /** Largest two-sided rank-sum p-value between the adjacent segments for a change to stand. */
  maxPValue: number;
}

export const DEFAULT_DETECT_OPTIONS: Readonly<DetectOptions> = {
  minSegment: 5,
  penaltyFactor: 3,
  minChangePercent: 2,
  minAbsoluteChange: 0,
  maxPValue: 0.001,
};

export interface Segment {
  /** First index of the segment. */
  from: number;
  /** One past its last index. */
  to: number;
}

/**
 * What changed: `level` in a series that is piecewise constant (a step); `trend` in a series that
 * is piecewise linear (its level and/or slope broke at `index`: a gradual regression starting, a
 * drift stopping, a step on a trending series).
 */
export type ChangeShape = 'level' | 'trend';

export interface ChangePoint {
  /** 0-based index of the first point of the new level (or new trend). */
  index: number;
  shape: ChangeShape;
  /** Median of the segment before the change. */
  before: number;
  /** Median of the segment from `index` on. */
  after: number;
  /** after − before. */
  absoluteChange: number;
  /** (after − before) / |before| · 100; ±Infinity when before is 0. */
  changePercent: number;
  /**
   * `level`: two-sided Mann–Whitney p-value of the two segments, its variance widened for the
   * estimated lag-1 autocorrelation; `trend`: p-value of two lines against one over the two
   * segments. The split itself was chosen to fit the data, so it is a measure of strength, not an
   * exact error rate: smaller is stronger.
   */
  significance: number;
  segmentBefore: Segment;
  segmentAfter: Segment;
}

/**
 * Retrospective change points of one series (see the package README for the method and its
 * assumptions): on the log scale when all values are positive, outlier-clipped, PELT with an MBIC
 * penalty in units of the noise's long-run variance for two models, piecewise constant and
 * piecewise linear, the one with the smaller penalised cost kept. Then, for a piecewise-constant
 * series, changes that are too small, not significant by a rank test, or better fitted by a
 * straight line (drift) are merged away, weakest first; for a piecewise-linear one, breaks whose
 * lines depart too little from each other or are not significant against one line.
 */
export function detectChangePoints(values: readonly number[], options: Partial<DetectOptions> = {}): ChangePoint[] {
  const settings = { ...DEFAULT_DETECT_OPTIONS, ...options };
  const n = values.length;
  if (n < 2 * settings.minSegment) return [];
  for (const [i, value] of values.entries()) {
    if (!Number.isFinite(value)) throw new RangeError(`values[${i}] is ${value}, not a finite number`);
  }
  const scaled = values.every((value) => value > 0) ? values.map(Math.log) : values;
  const noise = estimateNoise(scaled, settings.minSegment);
  const penalty = settings.penaltyFactor * Math.log(n);
  const fits = new SegmentFits(noise.clipped);
  const variance = noise.longRunVariance;
  const flatCost = (from: number, to: number) => fits.flatError(from, to) / variance;
  const lineCost = (from: number, to: number) => fits.lineError(from, to) / variance;
  const levels = pelt(fits, 'flat', variance, penalty, settings.minSegment);
  // A line has two parameters to a level's one: each segment's slope is charged like a change. A
  // series the constant model cuts at most once is not one a trend model would describe better
  // with breaks (a drift alone is one line: no change either way), so the second fit is skipped.
  const trends = levels.length < 2 ? [] : pelt(fits, 'line', variance, 2 * penalty, settings.minSegment);
  const levelScore = totalCost(n, levels, flatCost) + penalty * levels.length;
  const trendScore = totalCost(n, trends, lineCost) + penalty * (2 * trends.length + 1);
  // The rank test is widened for serial correlation only when the estimate shows some: beyond 2/√n,
  // the bound within which a lag-1 autocorrelation of white noise falls 95 % of the time. Below it,
  // the estimate's own noise would weaken a short series' clearest steps.
  const rho = noise.autocorrelation > 2 / Math.sqrt(n) ? noise.autocorrelation : 0;
  const inflation = (1 + rho) / (1 - rho);
  if (levels.length >= 2 && trendScore < levelScore) {
    const logScale = scaled !== values;
    const describe = (from: number, index: number, to: number): Candidate => {
      const change = describeChange(values, from, index, to, inflation, 'trend');
      change.significance = trendChangePValue(noise.clipped, fits, from, index, to, variance);
      const departure = trendDeparture(fits, from, index, to);
      const departurePercent = logScale
        ? 100 * Math.expm1(departure)
        : relativeChangePercent(change.before, change.before + departure);
      return { change, effectPercent: Math.abs(departurePercent) };
    };
    const confirmed = (change: ChangePoint) =>
      trendConfirmed(
        noise.clipped,
        fits,
        change.segmentBefore.from,
        change.index,
        change.segmentAfter.to,
        settings.minSegment,
      );
    return mergeWeakChanges(n, trends, settings, describe, confirmed);
  }
  const isStep = (change: ChangePoint) =>
    stepBeatsLine(noise.clipped, change.segmentBefore.from, change.index, change.segmentAfter.to);
  const describe = (from: number, index: number, to: number): Candidate => {
    const change = describeChange(values, from, index, to, inflation, 'level');
    return { change, effectPercent: Math.abs(change.changePercent) };
  };
  return mergeWeakChanges(n, levels, settings, describe, isStep);
}

/** A change under review, with the relative size the minimum change is checked against. */
interface Candidate {
  change: ChangePoint;
  effectPercent: number;
}

function mergeWeakChanges(
  n: number,
  indices: number[],
  settings: DetectOptions,
  describe: (from: number, index: number, to: number) => Candidate,
  holdsShape: (change: ChangePoint) => boolean,
): ChangePoint[] {
  const bounds = [0, ...indices, n];
  for (;;) {
    const candidates = bounds.slice(1, -1).map((index, k) => describe(bounds[k]!, index, bounds[k + 2]!));
    const weakest = weakestFailing(candidates, settings, holdsShape);
    if (weakest === undefined) return candidates.map((candidate) => candidate.change);
    bounds.splice(weakest + 1, 1);
  }
}

function describeChange(
  values: readonly number[],
  from: number,
  index: number,
  to: number,
  inflation: number,
  shape: ChangeShape,
): ChangePoint {
  const beforeValues = values.slice(from, index);
  const afterValues = values.slice(index, to);
  const before = median(beforeValues);
  const after = median(afterValues);
  const absoluteChange = after - before;
  return {
    index,
    shape,
    before,
    after,
    absoluteChange,
    changePercent: relativeChangePercent(before, after),
    significance: rankSumPValue(beforeValues, afterValues, inflation),
    segmentBefore: { from, to: index },
    segmentAfter: { from: index, to },
  };
}

export function relativeChangePercent(before: number, after: number): number {
  if (before === 0) return after === 0 ? 0 : Math.sign(after) * Infinity;
  return ((after - before) / Math.abs(before)) * 100;
}

/** The position of the change that fails a criterion with the least evidence (largest p), if any. */
function weakestFailing(
  candidates: Candidate[],
  settings: DetectOptions,
  holdsShape: (change: ChangePoint) => boolean,
): number | undefined {
  let weakest: number | undefined;
  candidates.forEach((candidate, k) => {
    const { change, effectPercent } = candidate;
    const fails =
      effectPercent < settings.minChangePercent ||
      Math.abs(change.absoluteChange) < settings.minAbsoluteChange ||
      change.significance > settings.maxPValue ||
      !holdsShape(change);
    if (fails && (weakest === undefined || isWeaker(candidate, candidates[weakest]!))) weakest = k;
  });
  return weakest;
}

function isWeaker(a: Candidate, b: Candidate): boolean {
  if (a.change.significance !== b.change.significance) return a.change.significance > b.change.significance;
  return a.effectPercent < b.effectPercent;
}
