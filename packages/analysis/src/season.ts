import { lagOneAutocorrelation } from './noise.ts';
import { kruskalWallisPValue } from './rank-test.ts';
import { median, runningMedian } from './robust.ts';

/**
 * The periods a series may repeat with, in points: quarters, days of a week, months, hours of a day
 * and weeks of a year. A series has no calendar of its own, so the calendar's periods are the
 * candidates; a nightly benchmark that is slower at weekends repeats every 7 points.
 */
const CALENDAR_PERIODS = [4, 7, 12, 24, 52] as const;

/** Fewest whole cycles a period is tested on: each phase's level is then a median of ≥ 4 points. */
const MIN_CYCLES = 4;

export interface Season {
  /** Points per cycle. */
  period: number;
  /** The level of each phase (index mod period) relative to the series' own, summing to 0. */
  profile: Float64Array;
  /** Kruskal–Wallis p-value of "every phase has the same level". */
  pValue: number;
}

/**
 * The series' seasonal pattern, if it has one: the calendar period whose phases differ most
 * significantly (Kruskal–Wallis at `maxPValue`) in the residuals around a running median one cycle
 * wide on each side, prewhitened. That median follows steps and drift but spans whole cycles, so
 * the residuals keep the season and lose the level; ranks keep outliers and skewed noise from
 * making phases differ. The profile is each phase's median residual, centred.
 */
export function findSeason(values: readonly number[], maxPValue: number): Season | undefined {
  let best: Season | undefined;
  for (const period of CALENDAR_PERIODS) {
    if (values.length < MIN_CYCLES * period) break;
    const residuals = runningMedian(values, period);
    for (let i = 0; i < residuals.length; i++) residuals[i] = values[i]! - residuals[i]!;
    const profile = phaseProfile(residuals, period);
    const pValue = kruskalWallisPValue(prewhitened(residuals, profile), period, (i) => (i + 1) % period);
    if (pValue > maxPValue || (best !== undefined && pValue >= best.pValue)) continue;
    best = { period, profile, pValue };
  }
  return best;
}

/** A series' season: how to take it out of a value at an index of the series (or after it), and put it back. */
export interface SeasonalAdjustment {
  period: number;
  adjust: (value: number, index: number) => number;
  restore: (value: number, index: number) => number;
}

/**
 * How to take the season out of the series and of values that continue it, if it has one. As the
 * detector analyses a series of positive values as logarithms, its season there is a factor per
 * phase; otherwise an amount per phase.
 */
export function seasonalAdjustment(
  values: readonly number[],
  logScale: boolean,
  maxPValue: number,
): SeasonalAdjustment | undefined {
  const season = findSeason(logScale ? values.map(Math.log) : values, maxPValue);
  if (season === undefined) return undefined;
  const { period, profile } = season;
  const level = (index: number) => profile[index % period]!;
  return logScale
    ? {
        period,
        adjust: (value, index) => value * Math.exp(-level(index)),
        restore: (value, index) => value * Math.exp(level(index)),
      }
    : { period, adjust: (value, index) => value - level(index), restore: (value, index) => value + level(index) };
}

/** Each phase's median residual, centred so that the phases sum to 0. */
function phaseProfile(residuals: Float64Array, period: number): Float64Array {
  const phases = Array.from({ length: period }, () => [] as number[]);
  for (let i = 0; i < residuals.length; i++) phases[i % period]!.push(residuals[i]!);
  const profile = Float64Array.from(phases, median);
  const mean = profile.reduce((sum, level) => sum + level, 0) / period;
  for (let phase = 0; phase < period; phase++) profile[phase]! -= mean;
  return profile;
}

/**
 * The residuals with AR(1) noise filtered out (r[i] − ρ·r[i−1], from i = 1): ρ is the lag-1
 * autocorrelation of the residuals net of the phase levels, in [0, 0.9] as in noise.ts. The filter
 * keeps a season periodic; without it, neighbouring phases of correlated noise move together, which
 * Kruskal–Wallis, taking its groups for independent, reads as a season.
 */
function prewhitened(residuals: Float64Array, profile: Float64Array): Float64Array {
  const rho = lagOneAutocorrelation(residuals.map((residual, i) => residual - profile[i % profile.length]!));
  const whitened = new Float64Array(residuals.length - 1);
  for (let i = 1; i < residuals.length; i++) whitened[i - 1] = residuals[i]! - rho * residuals[i - 1]!;
  return whitened;
}
