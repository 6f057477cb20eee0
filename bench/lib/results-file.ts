/**
 * A big results file in Benchline's format, shaped like a large real suite: `cases` benchmark
 * cases × `sizes` parameter values, each measured `repeats` times with the usual dispersion fields.
 */
export interface ResultsShape {
  cases: number;
  sizes: readonly string[];
  repeats: number;
}

export const HUNDRED_THOUSAND: ResultsShape = { cases: 1_000, sizes: ['1KB', '64KB', '1MB', '16MB'], repeats: 25 };

export const measurementCount = (shape: ResultsShape): number => shape.cases * shape.sizes.length * shape.repeats;

export function benchlineResults(shape: ResultsShape): string {
  const benchmarks = [];
  for (let repeat = 0; repeat < shape.repeats; repeat++) {
    for (let index = 0; index < shape.cases; index++) {
      for (const size of shape.sizes) {
        // Deterministic, varied values: no two consecutive points alike.
        const value = 1 + ((index * 7919 + repeat * 104_729 + size.length * 31) % 100_000) / 1000;
        benchmarks.push({
          name: `case-${String(index).padStart(4, '0')}`,
          params: { size },
          unit: 'ms',
          value,
          stddev: value / 20,
          min: value * 0.9,
          max: value * 1.1,
          iterations: 10,
        });
      }
    }
  }
  return JSON.stringify({ version: 1, benchmarks });
}
