import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';

/** Bencher's built-in measures: their canonical metric and the unit Bencher gives them. */
const MEASURES: Record<string, { metric: string; unit: string }> = {
  latency: { metric: METRIC.latency, unit: 'ns' },
  throughput: { metric: METRIC.throughput, unit: 'ops/s' },
  'file-size': { metric: 'file_size', unit: 'B' },
  'build-time': { metric: 'build_time', unit: 's' },
};

/**
 * Bencher Metric Format: `{BENCHMARK: {MEASURE: {value, lower_value?, upper_value?}}}`. Built-in
 * measures map to latency (ns), throughput (ops/s), file_size (B), build_time (s); any other
 * measure (instructions, cycles, a custom slug) keeps its slug as metric with unit `1`.
 * lower_value/upper_value are bounds of unstated meaning → ciLower/ciUpper without a level.
 */
export const bencherMetricFormat: FormatAdapter = {
  name: 'bmf',
  detect(input) {
    const doc = input.jsonOrNothing();
    const first = doc?.isObject ? doc.keys()[0] : undefined;
    const measures = first === undefined ? undefined : doc!.member(first);
    if (!isObject(measures)) return false;
    const values = Object.values(measures);
    return values.length > 0 && values.every((measure) => isObject(measure) && typeof measure.value === 'number');
  },
  parse(input) {
    const doc = input.json().object();
    return doc.keys().flatMap((benchmark) =>
      doc
        .get(benchmark)
        .entries()
        .map(([slug, measure]) => toResult(benchmark, slug, measure)),
    );
  },
};

function toResult(benchmark: string, slug: string, measure: Json): BenchmarkResult {
  const { metric, unit } = MEASURES[slug] ?? { metric: slug, unit: '1' };
  const result: BenchmarkResult = {
    benchmark,
    params: {},
    metric,
    unit,
    value: measure.object().get('value').number(),
  };
  const lower = measure.get('lower_value').optionalNumber();
  const upper = measure.get('upper_value').optionalNumber();
  if (lower !== undefined) result.ciLower = lower;
  if (upper !== undefined) result.ciUpper = upper;
  return result;
}
