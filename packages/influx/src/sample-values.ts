/**
 * A result's individual samples on its point, so `GET /compare` can bootstrap them: field
 * `sample_values`, the samples in file order as shortest round-trip decimals joined by commas. On the
 * point rather than read back from the run's results file (artifacts bucket, IPFS bundle) at request
 * time: compare then reads InfluxDB alone, as it already did, and never re-parses files. Written only
 * for 2 to MAX_SAMPLE_VALUES finite samples; a longer list is left out rather than cut, so a stored
 * list is always all of the file's samples and never a biased part.
 */
export const SAMPLE_VALUES_FIELD = 'sample_values';

/**
 * Criterion's 100 samples, BenchmarkDotNet's and hyperfine's usual counts fit. The bound keeps the
 * string far below InfluxDB 1.x's 64 KiB string field limit (at most 24 characters a number: under
 * 5 KB) and bounds the bootstrap's cost in `GET /compare` (about 0.1 s a series at 200 samples);
 * with more samples the Welch interval on `value`, `stddev` and `samples` is close anyway.
 */
export const MAX_SAMPLE_VALUES = 200;

/** The field's text, or undefined when the samples are not stored (see MAX_SAMPLE_VALUES). */
export function encodeSampleValues(samples: readonly number[]): string | undefined {
  if (samples.length < 2 || samples.length > MAX_SAMPLE_VALUES || !samples.every(Number.isFinite)) return undefined;
  return samples.join(',');
}

/** The samples of a point's field as read back from InfluxDB; undefined when absent or not a list of samples. */
export function decodeSampleValues(field: unknown): number[] | undefined {
  if (typeof field !== 'string') return undefined;
  const parts = field.split(',');
  // Number('') is 0: an empty part must not pass as a sample.
  if (parts.length < 2 || parts.includes('')) return undefined;
  const samples = parts.map(Number);
  return samples.every(Number.isFinite) ? samples : undefined;
}
