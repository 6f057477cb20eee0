import type { SegmentFits } from './fits.ts';
import { MAX_AUTOCORRELATION } from './noise.ts';

/**
 * p-value of "two lines" (a break at `index`, each side with its own level and slope) against
 * "one line" over values[from, to): the drop in squared error over the noise variance is χ² with 2
 * degrees of freedom under one line, so p = exp(−drop / 2σ²). σ² is the larger of the series'
 * long-run variance and that of the two-line residuals, widened by their own lag-1 autocorrelation
 * (capped like the series' one): a smooth curve cut into lines leaves residuals that are
 * correlated, not noise, and its kinks are not claimed as changes.
 */
export function trendChangePValue(
  values: ArrayLike<number>,
  fits: SegmentFits,
  from: number,
  index: number,
  to: number,
  longRunVariance: number,
): number {
  const before = fits.line(from, index);
  const after = fits.line(index, to);
  let squares = 0;
  let lagged = 0;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const residual = values[i]! - (i < index ? before(i) : after(i));
    squares += residual * residual;
    if (i > from && i !== index) lagged += residual * previous;
    previous = residual;
  }
  const rho = squares > 0 ? Math.min(MAX_AUTOCORRELATION, Math.max(0, lagged / squares)) : 0;
  const local = (squares / Math.max(1, to - from - 4)) * ((1 + rho) / (1 - rho));
  const variance = Math.max(longRunVariance, local);
  const drop = fits.lineError(from, to) - fits.lineError(from, index) - fits.lineError(index, to);
  return variance > 0 ? Math.min(1, Math.exp(-Math.max(0, drop) / (2 * variance))) : 1;
}

/** The old line extrapolated and the new line, at one point (analysed scale). */
export interface Departure {
  expected: number;
  actual: number;
}

/**
 * Where the new line departs most from the old one extrapolated: at the break or at the end of the
 * new segment (in the analysed scale: log units when `logScale`).
 */
export function trendDeparture(fits: SegmentFits, from: number, index: number, to: number): Departure {
  const before = fits.line(from, index);
  const after = fits.line(index, to);
  const atBreak = { expected: before(index), actual: after(index) };
  const atEnd = { expected: before(to - 1), actual: after(to - 1) };
  const gap = ({ expected, actual }: Departure) => Math.abs(actual - expected);
  return gap(atEnd) > gap(atBreak) ? atEnd : atBreak;
}

/**
 * A break is confirmed when each of the last `minSegment` points of the new segment is closer to the
 * new line than to the old line extrapolated: as for a level, a new trend must hold for minSegment
 * runs (a short blip at the end of a series bends a line but is not confirmed by it).
 */
export function trendConfirmed(
  values: ArrayLike<number>,
  fits: SegmentFits,
  from: number,
  index: number,
  to: number,
  minSegment: number,
): boolean {
  const before = fits.line(from, index);
  const after = fits.line(index, to);
  for (let i = Math.max(index, to - minSegment); i < to; i++) {
    if (Math.abs(values[i]! - after(i)) >= Math.abs(values[i]! - before(i))) return false;
  }
  return true;
}

/**
 * Whether two lines (a break at `index`) fit values[from, to) better than one parabola, by least
 * squares: the trend counterpart of a step having to beat a straight line, with a smooth model one
 * degree above the segments'. A smooth curve cut into lines is fitted as well by a parabola, so its
 * kinks are not changes; a real break of the trend is a corner that no parabola follows.
 */
export function linesBeatParabola(
  values: ArrayLike<number>,
  fits: SegmentFits,
  from: number,
  index: number,
  to: number,
): boolean {
  return fits.lineError(from, index) + fits.lineError(index, to) < parabolaError(values, from, to);
}

/** Σ (value − least-squares parabola)² over [from, to), in an index centred and scaled to [−1, 1]. */
function parabolaError(values: ArrayLike<number>, from: number, to: number): number {
  const m = to - from;
  const centre = (from + to - 1) / 2;
  const scale = Math.max(1, (m - 1) / 2);
  let mean = 0;
  for (let i = from; i < to; i++) mean += values[i]! / m;
  // On a grid symmetric about 0, Σt = Σt³ = 0: the slope separates from the level and curvature.
  let t2 = 0;
  let t4 = 0;
  let ty = 0;
  let t2y = 0;
  for (let i = from; i < to; i++) {
    const t = (i - centre) / scale;
    const y = values[i]! - mean;
    t2 += t * t;
    t4 += t ** 4;
    ty += t * y;
    t2y += t * t * y;
  }
  const slope = t2 > 0 ? ty / t2 : 0;
  const determinant = m * t4 - t2 * t2;
  const curvature = determinant > 0 ? (m * t2y) / determinant : 0;
  const level = (-curvature * t2) / m;
  let error = 0;
  for (let i = from; i < to; i++) {
    const t = (i - centre) / scale;
    error += (values[i]! - mean - (level + slope * t + curvature * t * t)) ** 2;
  }
  return error;
}
