import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import type { BenchmarkResult } from '../model.ts';
import { summarize } from '../numbers.ts';
import { resultWith } from '../result-fields.ts';

const UNITS: Record<string, { unit: string; metric: string }> = {
  second: { unit: 's', metric: 'latency' },
  byte: { unit: 'B', metric: 'memory' },
  integer: { unit: '1', metric: 'value' },
};

/**
 * pyperf JSON (`-o`/`--output`, also what pyperformance writes): a suite of benchmarks, each with
 * runs whose `values` (seconds per loop, or bytes, or integers) are the samples; warmups and
 * calibration runs are not. The value is the mean (pyperf's "Mean +- std dev"). The name and
 * unit come from the benchmark's metadata, else from the suite's.
 */
export const pyperf: FormatAdapter = {
  name: 'pyperf',
  detect(input) {
    const doc = input.jsonOrNothing();
    const first = doc?.isArray('benchmarks') ? doc.firstElement('benchmarks') : undefined;
    return isObject(first) && Array.isArray(first.runs);
  },
  parse(input) {
    const doc = input.json().object();
    const common = doc.get('metadata').missing ? undefined : doc.get('metadata').object();
    return doc.flatMapRows('benchmarks', (benchmark) => toResults(benchmark, common));
  },
};

function toResults(benchmark: Json, common: Json | undefined): BenchmarkResult[] {
  const metadata = benchmark.object().get('metadata');
  const field = (key: string): Json => (metadata.get(key).missing && common ? common.get(key) : metadata.get(key));
  const name = field('name').string();
  const kind = UNITS[field('unit').optionalString() ?? 'second'] ?? field('unit').fail('second, byte or integer');
  const samples: number[] = [];
  let iterations = 0;
  for (const run of benchmark.get('runs').array()) {
    if (run.object().get('values').missing) continue;
    const values = run.get('values').numbers();
    samples.push(...values);
    const runMetadata = run.get('metadata');
    const loops =
      (runMetadata.missing ? undefined : runMetadata.get('loops').optionalNumber()) ??
      field('loops').optionalNumber() ??
      1;
    iterations += values.length * loops * (field('inner_loops').optionalNumber() ?? 1);
  }
  if (samples.length === 0) return [];
  const { mean, ...spread } = summarize(samples);
  return [
    resultWith({
      benchmark: name,
      params: {},
      metric: kind.metric,
      unit: kind.unit,
      value: mean,
      ...spread,
      samples,
      iterations,
    }),
  ];
}
