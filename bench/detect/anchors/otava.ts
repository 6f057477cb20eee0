import type { Detector } from '../detector.ts';
import { studentTTwoSided } from '@benchline/analysis';
import { bestEnergySplit } from './energy.ts';

const WINDOW = 50;
const MAX_P = 0.001;
/** Otava's first pass keeps "weak" change points at 10 × the final p-value. */
const FIRST_PASS_P = 0.01;
const MIN_SIDE = 2;

/**
 * Otava (Hunter; Fleming et al. 2023): E-divisive means in sliding windows of 50 points (step 25,
 * restarting at the last change found), each next best split accepted while a two-sided Student
 * t-test of its two sides gives p < 0.01; then the weakest change points are merged away until all
 * adjacent segments differ with p < 0.001.
 */
export function otavaChanges(values: readonly number[]): number[] {
  const weak = new Set<number>();
  for (let start = 0; start < values.length; ) {
    const end = Math.min(start + WINDOW, values.length);
    const found = splitWindow(values, start, end);
    for (const index of found) weak.add(index);
    start = Math.max(found.at(-1) ?? 0, start + WINDOW / 2);
  }
  return merge(
    values,
    [...weak].sort((a, b) => a - b),
  );
}

function splitWindow(values: readonly number[], start: number, end: number): number[] {
  const changes: number[] = [];
  for (;;) {
    const bounds = [start, ...changes, end];
    let best = { index: -1, statistic: -Infinity, from: 0, to: 0 };
    for (let k = 0; k + 1 < bounds.length; k++) {
      const split = bestEnergySplit(values, bounds[k]!, bounds[k + 1]!, MIN_SIDE);
      if (split.statistic > best.statistic) best = { ...split, from: bounds[k]!, to: bounds[k + 1]! };
    }
    if (best.index < 0 || sidesPValue(values, best.from, best.index, best.to) >= FIRST_PASS_P) return changes;
    changes.push(best.index);
    changes.sort((a, b) => a - b);
  }
}

function merge(values: readonly number[], changes: number[]): number[] {
  for (;;) {
    const bounds = [0, ...changes, values.length];
    const pValues = changes.map((index, k) => sidesPValue(values, bounds[k]!, index, bounds[k + 2]!));
    const weakest = pValues.indexOf(Math.max(...pValues));
    if (changes.length === 0 || pValues[weakest]! < MAX_P) return changes;
    changes.splice(weakest, 1);
  }
}

function sidesPValue(values: readonly number[], from: number, index: number, to: number): number {
  return tTestP(values.slice(from, index), values.slice(index, to));
}

/** Two-sided Student t-test (pooled variance) p-value, as Otava computes it from population SDs. */
function tTestP(left: readonly number[], right: readonly number[]): number {
  const n1 = left.length;
  const n2 = right.length;
  if (n1 + n2 <= 2) return 1;
  const mean1 = left.reduce((sum, value) => sum + value, 0) / n1;
  const mean2 = right.reduce((sum, value) => sum + value, 0) / n2;
  const ss1 = left.reduce((sum, value) => sum + (value - mean1) ** 2, 0);
  const ss2 = right.reduce((sum, value) => sum + (value - mean2) ** 2, 0);
  // ttest_ind_from_stats with population SDs: pooled variance (n1·s1² + n2·s2²) / (n1 + n2 − 2).
  const pooled = (ss1 + ss2) / (n1 + n2 - 2);
  const se = Math.sqrt(pooled * (1 / n1 + 1 / n2));
  if (se === 0) return mean1 === mean2 ? 1 : 0;
  return studentTTwoSided((mean1 - mean2) / se, n1 + n2 - 2);
}

export const otava: Detector = { name: 'Otava', detect: otavaChanges };
