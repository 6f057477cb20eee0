import type { Detector } from '../detector.ts';

/**
 * Perfherder's detector (treeherder `perfalert.detect_changes` + the alert threshold of
 * `generate_new_alerts_in_series`), one value per revision: a back window of ≥ 12 values growing
 * to 24 while no change was seen, a fore window of 12; t of the linearly weighted means (points
 * nearest the split weigh most) over the pooled variances; a change where t > 7 is a local maximum
 * with full windows, and the plain means moved ≥ minChangePercent.
 */
export interface PerfherderOptions {
  minBackWindow: number;
  maxBackWindow: number;
  foreWindow: number;
  tThreshold: number;
  minChangePercent: number;
}

export const PERFHERDER_DEFAULTS: PerfherderOptions = {
  minBackWindow: 12,
  maxBackWindow: 24,
  foreWindow: 12,
  tThreshold: 7,
  minChangePercent: 2,
};

interface WindowStats {
  mean: number;
  weightedMean: number;
  variance: number;
  n: number;
}

/** `analyze`: means (plain and linearly weighted, first element nearest the split) and sample variance. */
function windowStats(window: readonly number[]): WindowStats {
  const n = window.length;
  let sum = 0;
  let weightedSum = 0;
  let weights = 0;
  window.forEach((value, i) => {
    const weight = (n - i) / n;
    sum += value;
    weightedSum += value * weight;
    weights += weight;
  });
  const weightedMean = n > 0 ? weightedSum / weights : 0;
  const variance = n > 1 ? window.reduce((total, value) => total + (value - weightedMean) ** 2, 0) / (n - 1) : 0;
  return { mean: n > 0 ? sum / n : 0, weightedMean, variance, n };
}

function tStatistic(back: WindowStats, fore: WindowStats): number {
  if (back.n === 0 || fore.n === 0) return 0;
  const delta = fore.weightedMean - back.weightedMean;
  if (delta === 0) return 0;
  if (back.variance === 0 && fore.variance === 0) return Infinity;
  return Math.abs(delta / Math.sqrt(back.variance / back.n + fore.variance / fore.n));
}

export function perfherderChanges(values: readonly number[], options: Partial<PerfherderOptions> = {}): number[] {
  const settings = { ...PERFHERDER_DEFAULTS, ...options };
  const n = values.length;
  const t = new Float64Array(n);
  const backCount = new Int32Array(n);
  const foreCount = new Int32Array(n);
  const means: [number, number][] = new Array(n);
  let lastSeenRegression = 0;
  for (let i = 1; i < n; i++) {
    const reach = Math.min(Math.max(lastSeenRegression, settings.minBackWindow), settings.maxBackWindow);
    const back: number[] = [];
    for (let j = i - 1; j >= 0 && back.length < settings.maxBackWindow && i - j <= reach; j--) back.push(values[j]!);
    const fore = values.slice(i, i + settings.foreWindow);
    backCount[i] = back.length;
    foreCount[i] = fore.length;
    const backStats = windowStats(back);
    const foreStats = windowStats(fore);
    means[i] = [backStats.mean, foreStats.mean];
    t[i] = tStatistic(backStats, foreStats);
    lastSeenRegression = t[i]! > settings.tThreshold ? 0 : lastSeenRegression + 1;
  }
  const changes: number[] = [];
  for (let i = 1; i < n; i++) {
    if (backCount[i]! < settings.minBackWindow || foreCount[i]! < settings.foreWindow) continue;
    if (t[i]! <= settings.tThreshold || t[i - 1]! > t[i]! || (i + 1 < n && t[i + 1]! > t[i]!)) continue;
    const [before, after] = means[i]!;
    if ((Math.abs(after - before) / Math.abs(before)) * 100 < settings.minChangePercent) continue;
    changes.push(i);
  }
  return changes;
}

export const perfherder: Detector = { name: 'Perfherder', detect: (values) => perfherderChanges(values) };
