import { SegmentFits } from './fits.ts';
import { estimateNoise, type NoiseModel } from './noise.ts';
import { pelt, totalCost } from './pelt.ts';
import { rankSumPValue } from './rank-test.ts';
import { type SeasonalAdjustment, seasonalAdjustment } from './season.ts';
import { trendShocks } from './local-trend.ts';
import { median } from './robust.ts';
import { stepBeatsLine } from './step-vs-trend.ts';
import { linesBeatParabola, trendChangePValue, trendConfirmed, trendDeparture } from './trend-test.ts';

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
  /**
   * `level`: median of the segment before the change; `trend`: the old line extrapolated to where
   * the new line departs most from it (the break or the new segment's last point).
   */
  before: number;
  /** `level`: median of the segment from `index` on; `trend`: the new line at that point. */
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
 * piecewise linear. For the piecewise-constant one, changes that are too small, not significant by
 * a rank test, or better fitted by a straight line (drift) are merged away, weakest first; for the
 * piecewise-linear one, breaks whose lines depart too little from each other, are not significant
 * against one line, or are fitted as well by one parabola (a smooth curve). Of the two tested
 * segmentations, the one with the smaller penalised cost is reported; a trend break only where it
 * is a shock to a smoothly bending trend (local-trend.ts).
 */
export function detectChangePoints(values: readonly number[], options: Partial<DetectOptions> = {}): ChangePoint[] {
  return detectWithSeason(values, options).changes;
}

/** detectChangePoints, and the season it took out of the series first, if it found one (season.ts). */
export function detectWithSeason(
  values: readonly number[],
  options: Partial<DetectOptions> = {},
): { changes: ChangePoint[]; season: SeasonalAdjustment | undefined } {
  const settings = { ...DEFAULT_DETECT_OPTIONS, ...options };
  if (values.length < 2 * settings.minSegment) return { changes: [], season: undefined };
  for (const [i, value] of values.entries()) {
    if (!Number.isFinite(value)) throw new RangeError(`values[${i}] is ${value}, not a finite number`);
  }
  // A season is neither a change nor noise: left in, it hides changes (the noise estimate grows) or
  // makes them (a steep phase of the cycle looks like a break).
  // The scale is the series' own: taking a season out of a series with zeros can leave it positive.
  const logScale = values.every((value) => value > 0);
  const season = seasonalAdjustment(values, logScale, settings.maxPValue);
  const adjusted = season === undefined ? values : values.map(season.adjust);
  const changes = changePointsOf(adjusted, logScale, settings);
  return { changes, season };
}

/** The change points of a series without a season (see detectChangePoints), on the log scale or not. */
function changePointsOf(adjusted: readonly number[], logScale: boolean, settings: DetectOptions): ChangePoint[] {
  const n = adjusted.length;
  const scaled = logScale ? adjusted.map(Math.log) : adjusted;
  const noise = estimateNoise(scaled, settings.minSegment);
  const penalty = settings.penaltyFactor * Math.log(n);
  const fits = new SegmentFits(noise.clipped);
  const variance = noise.longRunVariance;
  // The rank test is widened for serial correlation only when the estimate shows some: beyond 2/√n,
  // the bound within which a lag-1 autocorrelation of white noise falls 95 % of the time. Below it,
  // the estimate's own noise would weaken a short series' clearest steps.
  const rho = noise.autocorrelation > 2 / Math.sqrt(n) ? noise.autocorrelation : 0;
  const series: Series = { values: adjusted, logScale, noise, fits, inflation: (1 + rho) / (1 - rho) };
  const levels = pelt(fits, 'flat', variance, penalty, settings.minSegment);
  const testedLevels = testLevels(series, levels, settings);
  // The trend model is fitted only where the constant one is in doubt: where it cuts the series
  // more than once (it may be a trend cut into stairs) or its only cut fails the tests (a step on a
  // slope, which the rank test cannot tell from the slope). A series it does not cut has nothing
  // for a trend model to add: a drift alone is one line, no change either way.
  if (levels.length === 0 || (levels.length === 1 && testedLevels.length === 1)) return testedLevels;
  // A line has two parameters to a level's one: each segment's slope is charged like a change.
  const trends = pelt(fits, 'line', variance, 2 * penalty, settings.minSegment);
  const levelScore = (changes: readonly number[]) =>
    totalCost(n, changes, (from, to) => fits.flatError(from, to) / variance) + penalty * changes.length;
  const trendScore = (changes: readonly number[]) =>
    totalCost(n, changes, (from, to) => fits.lineError(from, to) / variance) + penalty * (2 * changes.length + 1);
  // The models are compared on what they would report, after their tests: a model whose changes
  // fail them (steps of a short series that the rank test cannot confirm) is no longer the better
  // description just because its untested fit was. A trend model left without a break says the
  // series is smooth (one line, or a curve a parabola follows): then the level model's steps would
  // be a staircase on it, and the choice between the untested fits stands.
  const testedTrends = testTrends(series, trends, settings);
  if (testedTrends.length === 0) return trendScore(trends) < levelScore(levels) ? [] : testedLevels;
  const at = (changes: readonly ChangePoint[]) => changes.map((change) => change.index);
  if (trendScore(at(testedTrends)) >= levelScore(at(testedLevels))) return testedLevels;
  return keepShocks(series, testedTrends, settings);
}

/**
 * The trend breaks that are shocks: within minSegment of a jump of the level or slope that a local
 * linear trend, bending as smoothly as the series' own trend does, cannot follow (local-trend.ts).
 * The parabola test rules out one smooth bend; this rules out a trend that bends again and again
 * (business cycles), whose every corner is significant against straight lines. A shock counts when
 * its χ² exceeds 2 ln n, the Schwarz (BIC) penalty of its two parameters: where it is, the trend
 * model's own penalised search has already said. The breaks kept are described again over the
 * segments between them, not tested again: each passed its tests between the neighbours PELT gave it.
 */
function keepShocks(series: Series, breaks: ChangePoint[], settings: DetectOptions): ChangePoint[] {
  const { values, noise } = series;
  const isShock = (shocks: readonly number[], change: ChangePoint) =>
    shocks.some((shock) => Math.abs(shock - change.index) <= settings.minSegment);
  const shocks = trendShocks(noise.clipped, noise.variance, {
    threshold: 2 * Math.log(values.length),
    separation: settings.minSegment,
    enough: (found) => breaks.every((change) => isShock(found, change)),
  });
  const kept = breaks.filter((change) => isShock(shocks, change)).map((change) => change.index);
  if (kept.length === breaks.length) return breaks;
  const bounds = [0, ...kept, values.length];
  return kept.map((index, k) => describeBreak(series, bounds[k]!, index, bounds[k + 2]!).change);
}

/** One series as the tests see it: original values, their noise model and fits on the analysed scale. */
interface Series {
  values: readonly number[];
  /** Whether the analysed scale is the logarithm of the values. */
  logScale: boolean;
  noise: NoiseModel;
  fits: SegmentFits;
  /** Variance inflation of the rank test for serial correlation. */
  inflation: number;
}

/** Level changes that pass the minimum effect, the rank test and a step-beats-line check. */
function testLevels(series: Series, changes: number[], settings: DetectOptions): ChangePoint[] {
  const { values, noise, inflation } = series;
  const describe = (from: number, index: number, to: number): Candidate => {
    const change = describeChange(values, from, index, to, inflation, 'level');
    return { change, effectPercent: Math.abs(change.changePercent) };
  };
  const isStep = (change: ChangePoint) =>
    stepBeatsLine(noise.clipped, change.segmentBefore.from, change.index, change.segmentAfter.to);
  return mergeWeakChanges(values.length, changes, settings, describe, isStep);
}

/** Trend breaks that pass the minimum departure, two lines against one, and are corners, confirmed. */
function testTrends(series: Series, changes: number[], settings: DetectOptions): ChangePoint[] {
  const { values, noise, fits } = series;
  const describe = (from: number, index: number, to: number) => describeBreak(series, from, index, to);
  const isBreak = (change: ChangePoint) => {
    const { from } = change.segmentBefore;
    const { to } = change.segmentAfter;
    return (
      linesBeatParabola(noise.clipped, fits, from, change.index, to) &&
      trendConfirmed(noise.clipped, fits, from, change.index, to, settings.minSegment)
    );
  };
  return mergeWeakChanges(values.length, changes, settings, describe, isBreak);
}

/** A trend break between the segments [from, index) and [index, to), with its departure in percent. */
function describeBreak(series: Series, from: number, index: number, to: number): Candidate {
  const { values, logScale, noise, fits, inflation } = series;
  const medians = describeChange(values, from, index, to, inflation, 'trend');
  const { expected, actual } = trendDeparture(fits, from, index, to);
  const departure = Math.abs(actual - expected);
  // Reported as where the old trend would have gone and where the new one went: the medians of
  // the two segments can say "no change" for a V, or the opposite of the break for a drift that stops.
  const [before, after] = logScale ? [Math.exp(expected), Math.exp(actual)] : [expected, actual];
  const change: ChangePoint = {
    ...medians,
    before,
    after,
    absoluteChange: after - before,
    changePercent: relativeChangePercent(before, after),
    significance: trendChangePValue(noise.clipped, fits, from, index, to, noise.longRunVariance),
  };
  const departurePercent = logScale
    ? 100 * Math.expm1(departure)
    : relativeChangePercent(medians.before, medians.before + departure);
  return { change, effectPercent: Math.abs(departurePercent) };
}

/** A change under review, with the relative size the minimum change is checked against. */
interface Candidate {
  change: ChangePoint;
  effectPercent: number;
}

interface Reviewed extends Candidate {
  fails: boolean;
}

/**
 * Merges away, weakest first, the changes that fail a criterion. Removing a change alters only its
 * two neighbours' segments, so only they are reviewed again.
 */
function mergeWeakChanges(
  n: number,
  indices: number[],
  settings: DetectOptions,
  describe: (from: number, index: number, to: number) => Candidate,
  holdsShape: (change: ChangePoint) => boolean,
): ChangePoint[] {
  const bounds = [0, ...indices, n];
  const review = (k: number): Reviewed => {
    const candidate = describe(bounds[k]!, bounds[k + 1]!, bounds[k + 2]!);
    return { ...candidate, fails: fails(candidate, settings, holdsShape) };
  };
  const reviewed = indices.map((_, k) => review(k));
  for (;;) {
    const weakest = weakestFailing(reviewed);
    if (weakest === undefined) return reviewed.map((candidate) => candidate.change);
    bounds.splice(weakest + 1, 1);
    reviewed.splice(weakest, 1);
    for (const k of [weakest - 1, weakest]) if (k >= 0 && k < reviewed.length) reviewed[k] = review(k);
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

/** Whether a change is too small, not significant, or not of its model's shape. */
function fails(candidate: Candidate, settings: DetectOptions, holdsShape: (change: ChangePoint) => boolean): boolean {
  const { change, effectPercent } = candidate;
  return (
    effectPercent < settings.minChangePercent ||
    Math.abs(change.absoluteChange) < settings.minAbsoluteChange ||
    change.significance > settings.maxPValue ||
    !holdsShape(change)
  );
}

/** The position of the failing change with the least evidence (largest p), if any. */
function weakestFailing(reviewed: readonly Reviewed[]): number | undefined {
  let weakest: number | undefined;
  reviewed.forEach((candidate, k) => {
    if (candidate.fails && (weakest === undefined || isWeaker(candidate, reviewed[weakest]!))) weakest = k;
  });
  return weakest;
}

function isWeaker(a: Candidate, b: Candidate): boolean {
  if (a.change.significance !== b.change.significance) return a.change.significance > b.change.significance;
  return a.effectPercent < b.effectPercent;
}
