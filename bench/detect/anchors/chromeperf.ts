import type { Detector } from '../detector.ts';
import { seededRandom } from '../random.ts';
import { bestEnergySplit, shuffle } from './energy.ts';

const WINDOW = 50;
/** Retrospective runs analyse the windows ending every STRIDE points (each change is seen by ≥ 1 window). */
const STRIDE = 25;
const MIN_SEGMENT = 6;
const PERMUTATIONS = 199;
const MAX_P = 0.05;
const MIN_RELATIVE_CHANGE = 0.1;
const MIN_STD_MULTIPLE = 2.5;
const MIN_STEPPINESS = 0.5;

/**
 * Chromeperf's anomaly finder on the last 50 points: recursive splits by the energy statistic,
 * each kept when a 199-shuffle permutation test gives p ≤ 0.05; a split is an anomaly when both
 * sides hold ≥ 6 points, the median moved ≥ 10 % and ≥ 2.5 × the smaller side's SD, and the
 * steppiness (1 − RMS distance from a step of the normalised values) is ≥ 0.5.
 */
export function chromeperfLatest(values: readonly number[], seed = 1): number[] {
  const offset = Math.max(0, values.length - WINDOW);
  const window = values.slice(offset);
  const random = seededRandom(seed);
  const splits: number[] = [];
  const splitRecursively = (from: number, to: number) => {
    const split = bestEnergySplit(window, from, to, MIN_SEGMENT);
    if (split.index < 0 || !significant(window.slice(from, to), split.statistic, random)) return;
    splits.push(split.index);
    splitRecursively(from, split.index);
    splitRecursively(split.index, to);
  };
  splitRecursively(0, window.length);
  const bounds = [0, ...splits.sort((a, b) => a - b), window.length];
  return bounds
    .slice(1, -1)
    .filter((index, k) => passesThresholds(window.slice(bounds[k]!, index), window.slice(index, bounds[k + 2]!)))
    .map((index) => index + offset);
}

function significant(segment: number[], observed: number, random: () => number): boolean {
  const shuffled = [...segment];
  let asLarge = 0;
  for (let i = 0; i < PERMUTATIONS; i++) {
    shuffle(shuffled, random);
    if (bestEnergySplit(shuffled, 0, shuffled.length, MIN_SEGMENT).statistic >= observed) asLarge++;
    if ((asLarge + 1) / (PERMUTATIONS + 1) > MAX_P) return false;
  }
  return true;
}

function passesThresholds(before: number[], after: number[]): boolean {
  if (before.length < MIN_SEGMENT || after.length < MIN_SEGMENT) return false;
  const change = Math.abs(median(after) - median(before));
  return (
    change >= MIN_RELATIVE_CHANGE * Math.abs(median(before)) &&
    change >= MIN_STD_MULTIPLE * Math.min(standardDeviation(before), standardDeviation(after)) &&
    steppiness([...before, ...after], before.length) >= MIN_STEPPINESS
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / values.length);
}

/** Chromeperf's `find_step.Steppiness`: 1 − RMS deviation of the standardised values from the step fit. */
function steppiness(values: number[], index: number): number {
  const sd = standardDeviation(values);
  if (sd === 0) return 0;
  const left = mean(values.slice(0, index)) / sd;
  const right = mean(values.slice(index)) / sd;
  const squares = values.reduce((sum, value, i) => sum + (value / sd - (i < index ? left : right)) ** 2, 0);
  return 1 - Math.sqrt(squares / values.length);
}

/** Union of the anomalies of the windows ending every STRIDE points and at the end. */
export function chromeperfChanges(values: readonly number[]): number[] {
  const found = new Set<number>();
  for (let end = Math.min(WINDOW, values.length); ; end = Math.min(end + STRIDE, values.length)) {
    for (const index of chromeperfLatest(values.slice(0, end), end)) found.add(index);
    if (end === values.length) break;
  }
  return [...found].sort((a, b) => a - b);
}

export const chromeperf: Detector = { name: 'Chromeperf', detect: chromeperfChanges, detectLatest: chromeperfLatest };
