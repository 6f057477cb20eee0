import { detectWithSeason, relativeChangePercent, type DetectOptions } from './change-points.ts';
import type { Direction } from './direction.ts';
import { madScale, median } from './robust.ts';
import { studentTQuantileTwoSided, studentTTwoSided } from './student-t.ts';

export interface RunPoint {
  /** The run's value (e.g. the median of its samples). */
  value: number;
  /** The run's individual measurements, if known. */
  samples?: readonly number[];
  /** The standard error of `value` from the run's own samples, when only their spread is known (e.g. stddev / √n). */
  standardError?: number;
}

export interface JudgeOptions {
  /** Which way is better; see directionOfUnit. */
  direction: Direction;
  /** Fewest baseline points to judge against. */
  minHistory: number;
  /** Most recent points at most in the baseline. */
  window: number;
  /** Confidence of the interval of the change; a change is significant when it excludes 0. */
  confidence: number;
  /** Smallest |change| in percent of the baseline worth a regression/improvement verdict. */
  minChangePercent: number;
  /** Smallest |change| in the series' unit worth a verdict. */
  minAbsoluteChange: number;
  /** Options of the change-point detection that finds where the baseline starts. */
  detect: Partial<DetectOptions>;
}

export const DEFAULT_JUDGE_OPTIONS: Readonly<JudgeOptions> = {
  direction: 'lower',
  minHistory: 5,
  window: 30,
  confidence: 0.99,
  minChangePercent: 2,
  minAbsoluteChange: 0,
  detect: {},
};

export type VerdictKind = 'regression' | 'improvement' | 'unchanged' | 'insufficient-history';

export interface Baseline {
  /** Median of the baseline points' values; for a seasonal series, in the phase the run falls on. */
  value: number;
  /** How many points it holds. */
  points: number;
  /** Index in the history of its first point (just after the last change point, or the window's start). */
  fromIndex: number;
  /** Standard deviation of one run's value used by the test (robust, see judgeRun). */
  noise: number;
}

export interface RunVerdict {
  verdict: VerdictKind;
  /** (current − baseline) / |baseline| · 100; null without history. */
  changePercent: number | null;
  /** Confidence interval of changePercent; null when insufficient history. */
  ci: [number, number] | null;
  /** Two-sided p-value of the test (see judgeRun); null when insufficient history. */
  pValue: number | null;
  baseline: Baseline | null;
  /** With insufficient-history: how many more points of the current level are needed. */
  pointsNeeded?: number;
}

/**
 * The verdict on a new run against the series' history (oldest first). The baseline is the
 * history since its last change point (detectChangePoints), at most `window` points. The test is
 * a prediction interval for one new run: (current − median) / (σ · √(1 + π / (2k))) against
 * Student's t with k − 1 degrees of freedom, where k is the number of baseline points, σ the
 * robust run-to-run noise (MAD of the baseline values) or, if larger, the standard error of the
 * current run's own samples, and π / (2k) the variance of a median of k values relative to one.
 */
export function judgeRun(
  history: readonly RunPoint[],
  current: RunPoint,
  options: Partial<JudgeOptions> = {},
): RunVerdict {
  const settings = { ...DEFAULT_JUDGE_OPTIONS, ...options };
  const measured = history.map((point) => point.value);
  const { changes, season } = detectWithSeason(measured, settings.detect);
  // With a season, the baseline is seasonally adjusted, then put back into the phase the run falls
  // on: a nightly benchmark slower at weekends is judged against its usual weekend, not its week.
  const values = season === undefined ? measured : measured.map(season.adjust);
  const inRunPhase = (value: number) => (season === undefined ? value : season.restore(value, values.length));
  const lastChange = changes.at(-1)?.index ?? 0;
  const fromIndex = Math.max(lastChange, values.length - settings.window);
  const baselineValues = values.slice(fromIndex);
  const k = baselineValues.length;
  if (k < settings.minHistory) {
    const baseline =
      k === 0 ? null : { value: inRunPhase(median(baselineValues)), points: k, fromIndex, noise: Number.NaN };
    const changePercent = baseline === null ? null : relativeChangePercent(baseline.value, current.value);
    const pointsNeeded = settings.minHistory - k;
    return { verdict: 'insufficient-history', changePercent, ci: null, pValue: null, baseline, pointsNeeded };
  }
  const adjustedLevel = median(baselineValues);
  const level = inRunPhase(adjustedLevel);
  const spread = Math.abs(inRunPhase(adjustedLevel + runToRunNoise(baselineValues, adjustedLevel)) - level);
  const noise = Math.max(spread, ownStandardError(current));
  // The phase's level is a median of the history's points in that phase: its error adds to the prediction's.
  const phaseError = season === undefined ? 0 : Math.PI / (2 * Math.floor(values.length / season.period));
  const predictionError = noise * Math.sqrt(1 + Math.PI / (2 * k) + phaseError);
  const halfWidth = studentTQuantileTwoSided(1 - settings.confidence, k - 1) * predictionError;
  const difference = current.value - level;
  const pValue = predictionError > 0 ? studentTTwoSided(difference / predictionError, k - 1) : difference === 0 ? 1 : 0;
  const changePercent = relativeChangePercent(level, current.value);
  const ci: [number, number] = [
    relativeChangePercent(level, current.value - halfWidth),
    relativeChangePercent(level, current.value + halfWidth),
  ];
  const reportable =
    Math.abs(difference) > halfWidth &&
    Math.abs(changePercent) >= settings.minChangePercent &&
    Math.abs(difference) >= settings.minAbsoluteChange;
  const worse = settings.direction === 'lower' ? difference > 0 : difference < 0;
  return {
    verdict: reportable ? (worse ? 'regression' : 'improvement') : 'unchanged',
    changePercent,
    ci,
    pValue,
    baseline: { value: level, points: k, fromIndex, noise },
  };
}

/**
 * MAD of the baseline values; for quantised series where most values are equal (MAD 0), the mean
 * absolute deviation scaled to a Gaussian SD (√(π/2)).
 */
function runToRunNoise(values: readonly number[], level: number): number {
  const scale = madScale(values);
  if (scale > 0) return scale;
  return (Math.sqrt(Math.PI / 2) * values.reduce((sum, value) => sum + Math.abs(value - level), 0)) / values.length;
}

/** Standard error of the current run's value from its own samples (robust SD / √m), else as given, else 0. */
function ownStandardError(current: RunPoint): number {
  const samples = current.samples ?? [];
  if (samples.length >= 2) return madScale(samples) / Math.sqrt(samples.length);
  return current.standardError ?? 0;
}
