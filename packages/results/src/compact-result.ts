import type { BenchmarkResult } from './model.ts';

type OptionalFields = Pick<BenchmarkResult, 'stddev' | 'min' | 'max' | 'median' | 'ciLower' | 'ciUpper' | 'ciLevel' | 'samples' | 'iterations'>;

const OPTIONAL: readonly (keyof OptionalFields)[] = ['stddev', 'min', 'max', 'median', 'ciLower', 'ciUpper', 'ciLevel', 'samples', 'iterations'];

const templates = new Map<number, BenchmarkResult>();

/**
 * The result with those of `optional`'s fields that are not undefined, as an object that holds
 * exactly its fields, in the model's order. V8 sizes an object literal for the fields written in
 * it and keeps fields added later in a separate array with spare room: about 30 bytes more a
 * result, and a large file has hundreds of thousands of results.
 */
export function compactResult(fields: BenchmarkResult, optional: OptionalFields = fields): BenchmarkResult {
  let shape = 0;
  for (let bit = 0; bit < OPTIONAL.length; bit++) {
    if (optional[OPTIONAL[bit]!] !== undefined) shape |= 1 << bit;
  }
  // Named stores, one per field, stay fast where a loop over the keys would not.
  const result = { ...templateOf(shape) };
  result.benchmark = fields.benchmark;
  result.params = fields.params;
  result.metric = fields.metric;
  result.unit = fields.unit;
  result.value = fields.value;
  if (optional.stddev !== undefined) result.stddev = optional.stddev;
  if (optional.min !== undefined) result.min = optional.min;
  if (optional.max !== undefined) result.max = optional.max;
  if (optional.median !== undefined) result.median = optional.median;
  if (optional.ciLower !== undefined) result.ciLower = optional.ciLower;
  if (optional.ciUpper !== undefined) result.ciUpper = optional.ciUpper;
  if (optional.ciLevel !== undefined) result.ciLevel = optional.ciLevel;
  if (optional.samples !== undefined) result.samples = optional.samples;
  if (optional.iterations !== undefined) result.iterations = optional.iterations;
  return result;
}

/**
 * JSON.parse sizes an object to its fields, and a spread copy keeps that size. The numbers are
 * null, not 0.5, so that V8 does not give each of them a box of its own.
 */
function templateOf(shape: number): BenchmarkResult {
  let template = templates.get(shape);
  if (template === undefined) {
    const fields: Record<string, unknown> = { benchmark: '', params: {}, metric: '', unit: '', value: null };
    OPTIONAL.forEach((key, bit) => {
      if (shape & (1 << bit)) fields[key] = key === 'samples' ? [] : null;
    });
    template = JSON.parse(JSON.stringify(fields)) as BenchmarkResult;
    templates.set(shape, template);
  }
  return template;
}
