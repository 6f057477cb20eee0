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
 * residuals around it are free of level shifts and slow drift alike. The window is kept sorted as it
 * slides (one insertion and one removal per point), O(n · halfWidth).
 */
export function runningMedian(values: readonly number[], halfWidth: number): Float64Array {
  const n = values.length;
  const result = new Float64Array(n);
  const window = new Float64Array(2 * halfWidth + 1);
  let size = 0;
  const insert = (value: number) => {
    const at = lowerBound(window, size, value);
    window.copyWithin(at + 1, at, size);
    window[at] = value;
    size++;
  };
  const remove = (value: number) => {
    const at = lowerBound(window, size, value);
    window.copyWithin(at, at + 1, size);
    size--;
  };
  for (let j = 0; j < Math.min(n, halfWidth); j++) insert(values[j]!);
  for (let i = 0; i < n; i++) {
    if (i - halfWidth - 1 >= 0) remove(values[i - halfWidth - 1]!);
    if (i + halfWidth < n) insert(values[i + halfWidth]!);
    const mid = size >> 1;
    result[i] = size % 2 === 1 ? window[mid]! : (window[mid - 1]! + window[mid]!) / 2;
  }
  return result;
}

/** The first position in sorted[0, size) whose value is not below `value`. */
function lowerBound(sorted: Float64Array, size: number, value: number): number {
  let low = 0;
  let high = size;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
