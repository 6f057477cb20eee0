import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { resultWith } from '../result-fields.ts';

/**
 * `vitest bench --outputJson FILE` (Vitest 1–4): files → groups (`fullName`: the file and
 * describe() path) → benchmarks, each tinybench statistics in ms. The latency is the mean with
 * mean ± moe as 95% CI; `hz` → throughput (ops/s). The group → param `group`.
 */
export const vitestBench: FormatAdapter = {
  name: 'vitest-bench',
  detect(input) {
    const first = input.jsonOrNothing()?.firstElement('files');
    return isObject(first) && Array.isArray(first.groups);
  },
  parse(input) {
    return input
      .json()
      .object()
      .flatMapRows('files', (file) =>
        file
          .object()
          .get('groups')
          .array()
          .flatMap((group) => {
            const params = { group: group.object().get('fullName').string() };
            return group
              .get('benchmarks')
              .array()
              .flatMap((benchmark) => toResults(benchmark, params));
          }),
      );
  },
};

function toResults(entry: Json, params: Record<string, string>): BenchmarkResult[] {
  const benchmark = entry.object().get('name').string();
  const mean = entry.get('mean').number();
  const moe = entry.get('moe').optionalNumber();
  const samples = entry.get('samples').missing ? [] : entry.get('samples').numbers();
  const latency = resultWith({
    benchmark,
    params,
    metric: METRIC.latency,
    unit: 'ms',
    value: mean,
    stddev: entry.get('sd').optionalNumber(),
    min: entry.get('min').optionalNumber(),
    max: entry.get('max').optionalNumber(),
    median: entry.get('median').optionalNumber() ?? entry.get('p50').optionalNumber(),
    ciLower: moe === undefined ? undefined : mean - moe,
    ciUpper: moe === undefined ? undefined : mean + moe,
    ciLevel: moe === undefined ? undefined : 0.95,
    samples: samples.length > 0 ? samples : undefined,
    iterations: entry.get('sampleCount').optionalNumber() ?? (samples.length > 0 ? samples.length : undefined),
  });
  const hz = entry.get('hz').optionalNumber();
  return hz === undefined
    ? [latency]
    : [latency, { benchmark, params, metric: METRIC.throughput, unit: 'ops/s', value: hz }];
}
