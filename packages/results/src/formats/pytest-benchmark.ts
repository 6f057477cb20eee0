import type { FormatAdapter } from '../adapter.ts';
import type { Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';

/**
 * pytest --benchmark-json: stats in seconds per call, the mean is the primary statistic;
 * `ops` (calls per second) → throughput.
 */
export const pytestBenchmark: FormatAdapter = {
  name: 'pytest-benchmark',
  detect(input) {
    const doc = input.jsonOrNothing();
    return doc?.isArray('benchmarks') === true && doc.has('machine_info');
  },
  parse(input) {
    return input.json().object().flatMapRows('benchmarks', toResults);
  },
};

function toResults(entry: Json): BenchmarkResult[] {
  const fullname = entry.object().get('fullname').string();
  const param = entry.get('param').optionalString();
  const benchmark =
    param !== undefined && fullname.endsWith(`[${param}]`) ? fullname.slice(0, -param.length - 2) : fullname;
  const params = entry.get('params').missing ? (param === undefined ? {} : { param }) : entry.get('params').params();
  const group = entry.get('group').optionalString();
  if (group !== undefined) params.group = group;
  const stats = entry.get('stats').object();
  const result: BenchmarkResult = {
    benchmark,
    params,
    metric: METRIC.latency,
    unit: 's',
    value: stats.get('mean').number(),
    stddev: stats.get('stddev').number(),
    min: stats.get('min').number(),
    max: stats.get('max').number(),
    median: stats.get('median').number(),
    iterations: stats.get('rounds').number() * stats.get('iterations').number(),
  };
  if (!stats.get('data').missing) result.samples = stats.get('data').numbers();
  const ops = stats.get('ops').optionalNumber();
  if (ops === undefined) return [result];
  return [result, { benchmark, params, metric: METRIC.throughput, unit: 'ops/s', value: ops }];
}
