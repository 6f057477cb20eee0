import type { BenchmarkResult } from './model.ts';

type Dispersion = Pick<
  BenchmarkResult,
  'stddev' | 'min' | 'max' | 'median' | 'ciLower' | 'ciUpper' | 'ciLevel' | 'samples' | 'iterations'
>;

const DISPERSION: readonly (keyof Dispersion)[] = [
  'stddev',
  'min',
  'max',
  'median',
  'ciLower',
  'ciUpper',
  'ciLevel',
  'samples',
  'iterations',
];

/** The result with those of `dispersion`'s fields that are defined: what a file does not give stays absent. */
export function resultWith(fields: BenchmarkResult, dispersion: Dispersion = fields): BenchmarkResult {
  const result: BenchmarkResult = {
    benchmark: fields.benchmark,
    params: fields.params,
    metric: fields.metric,
    unit: fields.unit,
    value: fields.value,
  };
  for (const key of DISPERSION) copyDefined(result, dispersion, key);
  return result;
}

function copyDefined<K extends keyof Dispersion>(to: BenchmarkResult, from: Dispersion, key: K): void {
  if (from[key] !== undefined) to[key] = from[key];
}
