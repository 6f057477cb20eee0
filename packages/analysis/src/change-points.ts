import { estimateNoise } from './noise.ts';
import { pelt } from './pelt.ts';
import { rankSumPValue } from './rank-test.ts';
import { median } from './robust.ts';
import { stepBeatsLine } from './step-vs-trend.ts';

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

export interface ChangePoint {
  /** 0-based index of the first point of the new level. */
  index: number;
  /** Median of the segment before the change. */
  before: number;
  /** Median of the segment from `index` on. */
  after: number;
  /** after − before. */
  absoluteChange: number;
  /** (after − before) / |before| · 100; ±Infinity when before is 0. */
  changePercent: number;
  /**
   * Two-sided Mann–Whitney p-value of the two segments, its variance widened for the estimated
   * lag-1 autocorrelation. The split itself was chosen to fit the data, so it is a measure of
   * strength, not an exact error rate: smaller is stronger.
   */
  significance: number;
  segmentBefore: Segment;
  segmentAfter: Segment;
}

/**
 * Retrospective change points of one series (see the package README for the method and its
 * assumptions): on the log scale when all values are positive, PELT with a Gaussian mean-shift
 * cost on outlier-clipped values, scaled by the noise's long-run variance, MBIC penalty; then
 * changes that are too small, not significant by a rank test, or better fitted by a straight line
 * (drift) are merged away, weakest first.
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
  const indices = pelt(noise.clipped, noise.longRunVariance, penalty, settings.minSegment);
  const inflation = (1 + noise.autocorrelation) / (1 - noise.autocorrelation);
  const isStep = (change: ChangePoint) =>
    stepBeatsLine(noise.clipped, change.segmentBefore.from, change.index, change.segmentAfter.to);
  return mergeWeakChanges(values, indices, settings, inflation, isStep);
}

function mergeWeakChanges(
  values: readonly number[], indices: number[], settings: DetectOptions, inflation: number,
  isStep: (change: ChangePoint) => boolean,
): ChangePoint[] {
  const bounds = [0, ...indices, values.length];
  for (;;) {
    const changes = bounds.slice(1, -1)
      .map((index, k) => describeChange(values, bounds[k]!, index, bounds[k + 2]!, inflation));
    const weakest = weakestFailing(changes, settings, isStep);
    if (weakest === undefined) return changes;
    bounds.splice(weakest + 1, 1);
  }
}

function describeChange(
  values: readonly number[], from: number, index: number, to: number, inflation: number,
): ChangePoint {
  const beforeValues = values.slice(from, index);
  const afterValues = values.slice(index, to);
  const before = median(beforeValues);
  const after = median(afterValues);
  const absoluteChange = after - before;
  return {
    index,
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
  changes: ChangePoint[], settings: DetectOptions, isStep: (change: ChangePoint) => boolean,
): number | undefined {
  let weakest: number | undefined;
  changes.forEach((change, k) => {
    const fails = Math.abs(change.changePercent) < settings.minChangePercent
      || Math.abs(change.absoluteChange) < settings.minAbsoluteChange
      || change.significance > settings.maxPValue
      || !isStep(change);
    if (fails && (weakest === undefined || isWeaker(change, changes[weakest]!))) weakest = k;
  });
  return weakest;
}

function isWeaker(a: ChangePoint, b: ChangePoint): boolean {
  if (a.significance !== b.significance) return a.significance > b.significance;
  return Math.abs(a.changePercent) < Math.abs(b.changePercent);
}
