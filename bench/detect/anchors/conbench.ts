import type { Detector } from '../detector.ts';

const LOOKBACK = 100;
const Z_THRESHOLD = 5;
/**
 * Not part of the published rule: a z-score needs some history. 5 points, the least history
 * Benchline's own verdict asks for.
 */
const MIN_HISTORY = 5;

/**
 * conbench's lookback z-score: each result against the mean and sample SD of up to 100 earlier
 * results; |z| > 5 flags it. A regression makes a run of consecutive flags; the first of each run
 * is the reported change.
 */
export function conbenchChanges(values: readonly number[]): number[] {
  const changes: number[] = [];
  let previousFlagged = false;
  for (let i = MIN_HISTORY; i < values.length; i++) {
    const history = values.slice(Math.max(0, i - LOOKBACK), i);
    const mean = history.reduce((sum, value) => sum + value, 0) / history.length;
    const sd = Math.sqrt(history.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (history.length - 1));
    const flagged = sd > 0 ? Math.abs(values[i]! - mean) / sd > Z_THRESHOLD : values[i] !== mean;
    if (flagged && !previousFlagged) changes.push(i);
    previousFlagged = flagged;
  }
  return changes;
}

export const conbench: Detector = { name: 'conbench', detect: conbenchChanges };
