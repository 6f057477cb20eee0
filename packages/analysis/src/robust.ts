/** Consistency factor that makes the MAD estimate the standard deviation of Gaussian data. */
export const MAD_TO_SD = 1.4826;

export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median absolute deviation from the median, scaled to estimate a standard deviation. */
export function madScale(values: ArrayLike<number>): number {
  const centre = median(values);
  const deviations = Float64Array.from(values, (value) => Math.abs(value - centre));
  return MAD_TO_SD * median(deviations);
}

/**
 * Centred running median with windows truncated at the ends. Running medians keep steps sharp
 * (a window switches level exactly where more than half of it is on the new level), so the
 * residuals around it are free of level shifts and slow drift alike.
 */
export function runningMedian(values: readonly number[], halfWidth: number): Float64Array {
  const n = values.length;
  const result = new Float64Array(n);
  const buffer = new Float64Array(2 * halfWidth + 1);
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - halfWidth);
    const to = Math.min(n, i + halfWidth + 1);
    const window = buffer.subarray(0, to - from);
    for (let j = from; j < to; j++) window[j - from] = values[j]!;
    window.sort();
    const mid = window.length >> 1;
    result[i] = window.length % 2 === 1 ? window[mid]! : (window[mid - 1]! + window[mid]!) / 2;
  }
  return result;
}
