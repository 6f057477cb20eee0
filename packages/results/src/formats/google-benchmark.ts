import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { paramsFromName, type NamedParams } from '../names.ts';
import { SeriesTable, type Aggregate, type SeriesKey } from '../series.ts';

const NOT_COUNTERS = new Set([
  'name',
  'family_index',
  'per_family_instance_index',
  'run_name',
  'run_type',
  'repetitions',
  'repetition_index',
  'threads',
  'iterations',
  'real_time',
  'cpu_time',
  'time_unit',
  'aggregate_name',
  'aggregate_unit',
  'label',
  'error_occurred',
  'error_message',
  'big_o',
  'cpu_coefficient',
  'real_coefficient',
  'rms',
]);
export const RATE_COUNTERS: Record<string, string> = { bytes_per_second: 'B/s', items_per_second: 'items/s' };
export const FOLDED: ReadonlySet<string> = new Set<Aggregate>(['mean', 'median', 'stddev', 'min', 'max']);
const FLAGS = new Set(['real_time', 'manual_time', 'process_time']);

/**
 * Google Benchmark --benchmark_format=json (or --benchmark_out): iteration rows of one
 * run_name are the samples, its mean/median/stddev aggregate rows fold into the same result.
 */
export const googleBenchmark: FormatAdapter = {
  name: 'google-benchmark',
  detect(input) {
    const doc = input.jsonOrNothing();
    const context = doc?.member('context');
    return doc !== undefined && isObject(context) && 'num_cpus' in context && doc.isArray('benchmarks');
  },
  parse(input) {
    const table = new SeriesTable();
    const complexity: BenchmarkResult[] = [];
    for (const row of input.json().object().rows('benchmarks')) {
      if (row.object().get('error_occurred').value === true) continue;
      const runName = row.get('run_name').missing ? row.get('name').string() : row.get('run_name').string();
      const named = parseName(runName);
      const aggregate = row.get('run_type').value === 'aggregate' ? row.get('aggregate_name').string() : undefined;
      if (aggregate === 'BigO' || aggregate === 'RMS') complexity.push(complexityResult(row, named, aggregate));
      else if (aggregate === undefined) addIteration(table, row, named);
      else if (aggregate !== 'cv') addAggregate(table, row, named, aggregate);
    }
    const results = table.results('mean');
    results.push(...complexity);
    return results;
  },
};

/** A run name's segments: `key:value` → params, bare numbers → `arg0`, `arg1`…, time flags → `"true"`. */
export function parseName(runName: string): NamedParams {
  return paramsFromName(runName, ':', (segment, index) => {
    if (/^-?\d+$/.test(segment)) return [`arg${index}`, segment];
    return FLAGS.has(segment) ? [segment, 'true'] : undefined;
  });
}

/** Calls `measure` for each measurement of a row: the real time (latency), the CPU time and every counter. */
function forEachMeasurement(row: Json, named: NamedParams, measure: (key: SeriesKey, value: Json) => void): void {
  const unit = row.get('time_unit').string();
  const { name: benchmark, params } = named;
  measure({ benchmark, params, metric: METRIC.latency, unit }, row.get('real_time'));
  measure({ benchmark, params, metric: 'cpu_time', unit }, row.get('cpu_time'));
  const fields = row.value as Record<string, unknown>;
  for (const key in fields) {
    if (NOT_COUNTERS.has(key) || typeof fields[key] !== 'number') continue;
    const rate = RATE_COUNTERS[key];
    measure(
      rate
        ? { benchmark, params, metric: METRIC.throughput, unit: rate }
        : { benchmark, params, metric: key, unit: '1' },
      row.get(key),
    );
  }
}

function addIteration(table: SeriesTable, row: Json, named: NamedParams): void {
  const iterations = row.get('iterations').number();
  forEachMeasurement(row, named, (key, value) => table.addSample(key, value.number(), iterations));
}

function addAggregate(table: SeriesTable, row: Json, named: NamedParams, aggregate: string): void {
  forEachMeasurement(row, named, (key, value) => {
    if (FOLDED.has(aggregate)) table.addAggregate(key, aggregate as Aggregate, value.number());
    else table.addSample({ ...key, metric: `${key.metric}_${aggregate}` }, value.number());
  });
}

function complexityResult(row: Json, named: NamedParams, aggregate: 'BigO' | 'RMS'): BenchmarkResult {
  if (aggregate === 'RMS') {
    return {
      benchmark: named.name,
      params: named.params,
      metric: 'big_o_rms',
      unit: 'ratio',
      value: row.get('rms').number(),
    };
  }
  return {
    benchmark: named.name,
    params: { ...named.params, big_o: row.get('big_o').string() },
    metric: 'big_o_coefficient',
    unit: row.get('time_unit').string(),
    value: row.get('real_coefficient').number(),
  };
}
