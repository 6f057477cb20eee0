import type { FormatAdapter } from '../adapter.ts';
import { resultWith } from '../result-fields.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';

/** hyperfine --export-json: times in seconds, the mean is hyperfine's headline figure. */
export const hyperfine: FormatAdapter = {
  name: 'hyperfine',
  detect(input) {
    const first = input.jsonOrNothing()?.firstElement('results');
    return isObject(first) && 'command' in first && 'mean' in first;
  },
  parse(input) {
    return input.json().object().flatMapRows('results', toResults);
  },
};

function toResults(run: Json): BenchmarkResult[] {
  const benchmark = run.object().get('command').string();
  const params = run.get('parameters').missing ? {} : run.get('parameters').params();
  const results = [
    resultWith({
      benchmark,
      params,
      metric: METRIC.latency,
      unit: 's',
      value: run.get('mean').number(),
      stddev: run.get('stddev').optionalNumber(),
      median: run.get('median').optionalNumber(),
      min: run.get('min').optionalNumber(),
      max: run.get('max').optionalNumber(),
      samples: run.get('times').missing ? undefined : run.get('times').numbers(),
    }),
  ];
  for (const [key, metric] of [
    ['user', 'cpu_user'],
    ['system', 'cpu_system'],
  ] as const) {
    const value = run.get(key).optionalNumber();
    if (value !== undefined) results.push({ benchmark, params, metric, unit: 's', value });
  }
  return results;
}
