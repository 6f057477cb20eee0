const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Reads a decimal as tools print it ("1,234.5", "3.1e-05"); undefined if it is not one. */
export function readDecimal(text: string): number | undefined {
  if (text === '' || text === '.' || !DECIMAL.test(text) || !/\d/.test(text)) return undefined;
  const value = Number(text.replaceAll(',', ''));
  return Number.isFinite(value) ? value : undefined;
}

export interface Summary {
  mean: number;
  median: number;
  min: number;
  max: number;
  stddev?: number;
}

/** Summary statistics of a non-empty sample; stddev is the sample (n-1) standard deviation. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const summary: Summary = { mean, median, min: sorted[0]!, max: sorted[n - 1]! };
  if (n > 1) summary.stddev = Math.sqrt(sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  return summary;
}

/**
 * A printed decimal scaled by a unit's factor ("1.2 K" → 1200), rounded to 15 significant digits
 * so that the product is the decimal the tool meant, without binary floating-point noise.
 */
export function scaleDecimal(value: number, factor: number): number {
  return Number((factor >= 1 ? value * factor : value / (1 / factor)).toPrecision(15));
}
