import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { resultWith } from '../result-fields.ts';

const MEASURED = new Set(['completed', 'aborted-with-statistics']);
const TABLE_STATISTIC = /^(Latency|Throughput) (avg|med) \((.+)\)$/;
/** "1436.1 ± 48.06%", "441.00 ± 10.00", "296,370" */
const CELL = /^([\d,.eE+-]+)(?:\s*±\s*([\d.]+)(%?))?$/;

/**
 * tinybench. It writes no file itself; two exports are read:
 * - its task results, `JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result })))`: in v4+
 *   a TaskResult with `latency` (ms) and `throughput` (ops/s) statistics (tasks whose state says they
 *   never measured yield no result); in v2/v3 flat statistics in ms with `hz`;
 * - `JSON.stringify(bench.table())`: v3+ rows `Latency avg (ns)`: "MEAN ± RME%", `Latency med (ns)`:
 *   "P50 ± MAD", the same for throughput (ops/s); v2 rows `ops/sec`, `Average Time (ns)`, `Margin` (±RME%).
 * The relative margin of error (95%) becomes the CI; `Samples` / `samplesCount` → iterations.
 */
export const tinybench: FormatAdapter = {
  name: 'tinybench',
  detect(input) {
    const first = input.jsonOrNothing()?.firstElement();
    if (!isObject(first)) return false;
    if (typeof first['Task name'] === 'string' || typeof first['Task Name'] === 'string') return true;
    return (
      typeof first.name === 'string' && isObject(first.result) && ('state' in first.result || 'hz' in first.result)
    );
  },
  parse(input) {
    return input.json().flatMapRows(undefined, (task): BenchmarkResult[] => {
      task.object();
      if (!task.get('Task name').missing || !task.get('Task Name').missing) return tableRow(task);
      const benchmark = task.get('name').string();
      const result = task.get('result').object();
      if (result.get('latency').missing && !result.get('hz').missing) return flatResult(benchmark, result);
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
  return resultWith({
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
    samples: stats.get('samples').missing ? undefined : stats.get('samples').numbers(),
  });
}

/** tinybench 2/3 results: latency statistics in ms at the top level, `hz` the mean rate. */
function flatResult(benchmark: string, result: Json): BenchmarkResult[] {
  const mean = result.get('mean').number();
  const moe = result.get('moe').optionalNumber();
  const samples = result.get('samples').missing ? undefined : result.get('samples').numbers();
  const latency = resultWith({
    benchmark,
    params: {},
    metric: METRIC.latency,
    unit: 'ms',
    value: mean,
    stddev: result.get('sd').optionalNumber(),
    min: result.get('min').optionalNumber(),
    max: result.get('max').optionalNumber(),
    median: result.get('p50').optionalNumber(),
    ciLower: moe === undefined ? undefined : mean - moe,
    ciUpper: moe === undefined ? undefined : mean + moe,
    ciLevel: moe === undefined ? undefined : 0.95,
    samples,
    iterations: samples?.length,
  });
  return [
    latency,
    { benchmark, params: {}, metric: METRIC.throughput, unit: 'ops/s', value: result.get('hz').number() },
  ];
}

function tableRow(row: Json): BenchmarkResult[] {
  const benchmark = (row.get('Task name').missing ? row.get('Task Name') : row.get('Task name')).string();
  const samples = row.get('Samples');
  const iterations = samples.missing
    ? undefined
    : typeof samples.value === 'number'
      ? samples.number()
      : cell(samples).value;
  const found = new Map<string, BenchmarkResult>();
  const result = (metric: string, unit: string): BenchmarkResult => {
    let entry = found.get(metric);
    if (entry === undefined)
      found.set(metric, (entry = resultWith({ benchmark, params: {}, metric, unit, value: Number.NaN, iterations })));
    return entry;
  };
  for (const [key, field] of row.entries()) {
    const statistic = TABLE_STATISTIC.exec(key);
    if (statistic) {
      const entry = result(statistic[1] === 'Latency' ? METRIC.latency : METRIC.throughput, statistic[3]!);
      const { value, margin, relative } = cell(field);
      if (statistic[2] === 'med') entry.median = value;
      else withMargin(entry, value, relative ? margin : undefined);
    }
  }
  if (!row.get('Average Time (ns)').missing) {
    const margin = row.get('Margin').missing ? undefined : cell(row.get('Margin'), /^±([\d.]+)%$/).value;
    withMargin(result(METRIC.latency, 'ns'), row.get('Average Time (ns)').number(), margin);
    if (!row.get('ops/sec').missing)
      withMargin(result(METRIC.throughput, 'ops/s'), cell(row.get('ops/sec')).value, margin);
  }
  const results = [...found.values()];
  for (const entry of results) if (Number.isNaN(entry.value)) row.fail(`the average of each ${entry.metric} statistic`);
  return results;
}

/** The mean and, from a relative margin of error in %, its 95% interval. */
function withMargin(result: BenchmarkResult, value: number, marginPercent: number | undefined): void {
  result.value = value;
  if (marginPercent === undefined) return;
  Object.assign(result, {
    ciLower: value * (1 - marginPercent / 100),
    ciUpper: value * (1 + marginPercent / 100),
    ciLevel: 0.95,
  });
}

function cell(field: Json, pattern = CELL): { value: number; margin?: number; relative: boolean } {
  const text = typeof field.value === 'number' ? String(field.value) : field.string().trim();
  const match = pattern.exec(text);
  const value = match === null ? undefined : readDecimal(match[1]!);
  if (match === null || value === undefined)
    return field.fail('a number, optionally followed by "± MARGIN" or "± MARGIN%"');
  return { value, margin: match[2] === undefined ? undefined : Number(match[2]), relative: match[3] === '%' };
}
