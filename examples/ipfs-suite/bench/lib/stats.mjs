/** Summary of a sample in Benchline's results format; the central `value` is the median. */
export function summarize(samples) {
  if (samples.length === 0) throw new Error('cannot summarize an empty sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  // Sample standard deviation (n - 1); 0 for a single measurement.
  const variance = samples.length > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1) : 0;
  return {
    value: round(median),
    median: round(median),
    stddev: round(Math.sqrt(variance)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    samples: samples.map(round),
    iterations: samples.length,
  };
}

function round(x) {
  return Number(x.toPrecision(6));
}
