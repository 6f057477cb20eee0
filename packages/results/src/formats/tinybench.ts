import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';

const MEASURED = new Set(['completed', 'aborted-with-statistics']);

/**
 * tinybench (v4+) task results. tinybench writes no file itself; the format is the export
 * `JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result })))`, each result a
 * TaskResult with `latency` (ms) and `throughput` (ops/s) statistics. Tasks whose state says
 * they never measured (errored, not-started, aborted) carry no statistics and yield no result.
 */
export const tinybench: FormatAdapter = {
  name: 'tinybench',
  detect(input) {
    const first = input.jsonOrNothing()?.firstElement();
    return isObject(first) && typeof first.name === 'string' && isObject(first.result) && 'state' in first.result;
  },
  parse(input) {
    return input.json().flatMapRows(undefined, (task): BenchmarkResult[] => {
      const benchmark = task.object().get('name').string();
      const result = task.get('result').object();
      if (!MEASURED.has(result.get('state').string())) return [];
      return [
        statistics(benchmark, METRIC.latency, 'ms', result.get('latency')),
        statistics(benchmark, METRIC.throughput, 'ops/s', result.get('throughput')),
      ];
    });
  },
};

function statistics(benchmark: string, metric: string, unit: string, stats: Json): BenchmarkResult {
  const mean = stats.object().get('mean').number();
  const moe = stats.get('moe').number();
  const result: BenchmarkResult = {
    benchmark,
    params: {},
    metric,
    unit,
    value: mean,
    stddev: stats.get('sd').number(),
    min: stats.get('min').number(),
    max: stats.get('max').number(),
    median: stats.get('p50').number(),
    ciLower: mean - moe,
    ciUpper: mean + moe,
    ciLevel: 0.95,
    iterations: stats.get('samplesCount').number(),
  };
  if (!stats.get('samples').missing) result.samples = stats.get('samples').numbers();
  return result;
}
