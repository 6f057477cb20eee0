import type { Detector } from './detector.ts';
import { cleanPredictions, cover, f1Score, TCPD_MARGIN, truePositives } from './scoring.ts';
import type { SyntheticSeries } from './synthetic.ts';
import type { AnnotatedSeries } from './tcpd.ts';

export interface Scores {
  f1: number;
  cover: number;
  precision: number;
  recall: number;
}

/** TCPDBench: F1 and cover of the cleaned predictions, averaged over the series. */
export function scoreTcpd(series: readonly AnnotatedSeries[], predictions: readonly number[][]): Scores {
  const total = { f1: 0, cover: 0, precision: 0, recall: 0 };
  series.forEach(({ values, annotations }, k) => {
    const cleaned = cleanPredictions(predictions[k]!, values.length);
    const { f1, precision, recall } = f1Score(annotations, cleaned);
    total.f1 += f1;
    total.precision += precision;
    total.recall += recall;
    total.cover += cover(annotations, cleaned, values.length);
  });
  const n = series.length;
  return { f1: total.f1 / n, cover: total.cover / n, precision: total.precision / n, recall: total.recall / n };
}

/**
 * Synthetic series have one truth: true positives within the margin, pooled over all series
 * (no index-0 convention, which would flatter every detector); cover averaged over the series.
 */
export function scoreSynthetic(series: readonly SyntheticSeries[], predictions: readonly number[][]): Scores {
  let hits = 0;
  let predicted = 0;
  let truths = 0;
  let covered = 0;
  series.forEach(({ values, changes }, k) => {
    const cleaned = cleanPredictions(predictions[k]!, values.length);
    hits += truePositives(new Set(changes), new Set(cleaned), TCPD_MARGIN);
    predicted += cleaned.length;
    truths += changes.length;
    covered += cover([changes], cleaned, values.length);
  });
  const precision = predicted === 0 ? 1 : hits / predicted;
  const recall = truths === 0 ? 1 : hits / truths;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, cover: covered / series.length, precision, recall };
}

/** Change points reported on change-free series, per 1000 points. */
export function falseAlertsPer1000(series: readonly SyntheticSeries[], predictions: readonly number[][]): number {
  const points = series.reduce((sum, { values }) => sum + values.length, 0);
  const alerts = predictions.reduce((sum, found) => sum + found.length, 0);
  return (1000 * alerts) / points;
}

export const MAX_DELAY = 30;

/**
 * Online delay: the series fed point by point after its (single) step; the number of points of
 * the new level seen when the detector first reports a change within the margin of the step, or
 * undefined if not within MAX_DELAY points.
 */
export function detectionDelay(detector: Detector, series: SyntheticSeries): number | undefined {
  const step = series.changes[0]!;
  const reported = detector.detectLatest ?? detector.detect;
  for (let seen = 1; seen <= MAX_DELAY && step + seen <= series.values.length; seen++) {
    const found = reported(series.values.slice(0, step + seen));
    if (found.some((index) => Math.abs(index - step) <= TCPD_MARGIN)) return seen;
  }
  return undefined;
}
