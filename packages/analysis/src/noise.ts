import { madScale, median, runningMedian } from './robust.ts';

/** Residuals beyond this many robust standard deviations are treated as outliers and clipped. */
const CLIP_IN_SD = 3;
/** Autocorrelation is capped so that a near-random-walk series still gets a finite noise level. */
export const MAX_AUTOCORRELATION = 0.9;

export interface NoiseModel {
  /** The series with outliers pulled in to the local level ± CLIP_IN_SD robust SDs. */
  readonly clipped: Float64Array;
  /** Variance of the clipped residuals around the local level. */
  readonly variance: number;
  /** Lag-1 autocorrelation of those residuals, in [0, MAX_AUTOCORRELATION]. */
  readonly autocorrelation: number;
  /**
   * Variance that a segment mean of m points has times m: variance · (1 + ρ) / (1 − ρ), the long-run
   * variance of an AR(1) process. With ρ = 0.5 it is 3× the variance: ignoring it triples false alarms' odds.
   */
  readonly longRunVariance: number;
}

/**
 * Noise of a series whose level is piecewise constant: residuals around a running median (which
 * keeps steps and follows drift), scaled by their MAD, clipped at CLIP_IN_SD robust SDs (outliers
 * then weigh like a 3-SD point), and their lag-1 autocorrelation.
 */
export function estimateNoise(values: readonly number[], halfWidth: number): NoiseModel {
  const level = runningMedian(values, halfWidth);
  const residuals = Float64Array.from(values, (value, i) => value - level[i]!);
  const limit = CLIP_IN_SD * residualScale(residuals, values);
  const clippedResiduals = residuals.map((residual) => Math.max(-limit, Math.min(limit, residual)));
  const clipped = clippedResiduals.map((residual, i) => level[i]! + residual);
  const sumSquares = clippedResiduals.reduce((sum, residual) => sum + residual * residual, 0);
  const variance = Math.max(sumSquares / values.length, floorVariance(values));
  const autocorrelation = lagOneAutocorrelation(clippedResiduals);
  const longRunVariance = (variance * (1 + autocorrelation)) / (1 - autocorrelation);
  return { clipped, variance, autocorrelation, longRunVariance };
}

/** Lag-1 autocorrelation of residuals around a level (not re-centred), in [0, MAX_AUTOCORRELATION]. */
export function lagOneAutocorrelation(residuals: ArrayLike<number>): number {
  let squares = 0;
  let lagged = 0;
  for (let i = 0; i < residuals.length; i++) {
    squares += residuals[i]! ** 2;
    if (i > 0) lagged += residuals[i]! * residuals[i - 1]!;
  }
  return squares > 0 ? Math.min(MAX_AUTOCORRELATION, Math.max(0, lagged / squares)) : 0;
}

/** MAD of the residuals; for series that are mostly constant (MAD 0), their mean absolute value. */
function residualScale(residuals: Float64Array, values: readonly number[]): number {
  const scale = madScale(residuals);
  if (scale > 0) return scale;
  const meanAbsolute = residuals.reduce((sum, residual) => sum + Math.abs(residual), 0) / residuals.length;
  return meanAbsolute > 0 ? meanAbsolute : Math.sqrt(floorVariance(values));
}

/**
 * A variance floor of (1e-9 × level)²: quantised or constant series would otherwise have zero noise
 * and every one-quantum step would be "infinitely significant".
 */
function floorVariance(values: readonly number[]): number {
  const level = Math.abs(median(values));
  return Math.max(level * 1e-9, Number.MIN_VALUE) ** 2;
}
