/**
 * The TCPDBench scores (van den Burg & Williams 2020, `cpdbench_utils/metrics.py`), as the data
 * README defines them: F1 with a margin and segmentation covering, over several annotators.
 */

export const TCPD_MARGIN = 5;

/** Unique predictions with 1 ≤ i < n − 1, sorted: what TCPDBench scores. */
export function cleanPredictions(predictions: readonly number[], length: number): number[] {
  return [...new Set(predictions)].filter((index) => index >= 1 && index < length - 1).sort((a, b) => a - b);
}

/**
 * Annotated points matched one-to-one to a not-yet-used prediction within the margin (the
 * closest, the smaller index on a tie), annotated points taken in increasing order.
 */
export function truePositives(annotated: ReadonlySet<number>, predicted: ReadonlySet<number>, margin: number): number {
  const unused = new Set(predicted);
  let count = 0;
  for (const truth of [...annotated].sort((a, b) => a - b)) {
    let closest: number | undefined;
    for (const candidate of unused) {
      const distance = Math.abs(truth - candidate);
      if (distance > margin) continue;
      const closestDistance = closest === undefined ? Infinity : Math.abs(truth - closest);
      if (distance < closestDistance || (distance === closestDistance && candidate < closest!)) closest = candidate;
    }
    if (closest === undefined) continue;
    count++;
    unused.delete(closest);
  }
  return count;
}

export interface F1Score {
  f1: number;
  precision: number;
  recall: number;
}

/** F1 over annotators: index 0 added to every set; precision against their union, recall their mean. */
export function f1Score(
  annotations: readonly (readonly number[])[],
  predictions: readonly number[],
  margin = TCPD_MARGIN,
): F1Score {
  const withZero = (indices: readonly number[]) => new Set([0, ...indices]);
  const predicted = withZero(predictions);
  const annotators = annotations.map(withZero);
  const union = new Set(annotators.flatMap((set) => [...set]));
  const precision = truePositives(union, predicted, margin) / predicted.size;
  const recall =
    annotators.reduce((sum, set) => sum + truePositives(set, predicted, margin) / set.size, 0) / annotators.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}

/** Segments [from, to) of 0..length−1 cut at the given change points. */
export function partition(changePoints: readonly number[], length: number): [number, number][] {
  const cuts = [...new Set(changePoints)].filter((index) => index > 0 && index < length).sort((a, b) => a - b);
  const bounds = [0, ...cuts, length];
  return bounds.slice(1).map((to, k) => [bounds[k]!, to]);
}

/** Segmentation covering of the truth by the prediction (Arbelaez et al. 2010). */
export function coverSingle(truth: readonly number[], predictions: readonly number[], length: number): number {
  const predicted = partition(predictions, length);
  let covered = 0;
  for (const [from, to] of partition(truth, length)) {
    let best = 0;
    for (const [pFrom, pTo] of predicted) {
      const intersection = Math.max(0, Math.min(to, pTo) - Math.max(from, pFrom));
      const union = Math.max(to, pTo) - Math.min(from, pFrom) - Math.max(0, Math.max(from, pFrom) - Math.min(to, pTo));
      best = Math.max(best, intersection / union);
    }
    covered += (to - from) * best;
  }
  return covered / length;
}

/** Cover averaged over annotators. */
export function cover(
  annotations: readonly (readonly number[])[],
  predictions: readonly number[],
  length: number,
): number {
  return annotations.reduce((sum, truth) => sum + coverSingle(truth, predictions, length), 0) / annotations.length;
}
