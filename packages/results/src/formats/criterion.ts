import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { isObject } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { criterionId } from '../names.ts';

const ESTIMATES = ['mean', 'median', 'median_abs_dev', 'std_dev'];

/**
 * Criterion.rs `target/criterion/<id>/new/estimates.json`, in nanoseconds. The benchmark id is
 * the directory path under criterion/ (the file itself does not carry it). The value is the
 * slope estimate when Criterion computed one (linear sampling), else the mean, as its report shows.
 */
export const criterion: FormatAdapter = {
  name: 'criterion',
  detect(input) {
    const doc = input.jsonOrNothing();
    return (
      doc !== undefined &&
      ESTIMATES.every((key) => {
        const estimate = doc.member(key);
        return isObject(estimate) && 'point_estimate' in estimate;
      })
    );
  },
  parse(input) {
    const doc = input.json().root().object();
    const typical = doc.get('slope').missing ? doc.get('mean') : doc.get('slope');
    const interval = typical.object().get('confidence_interval').object();
    const { name, params } = criterionId(benchmarkId(input));
    const result: BenchmarkResult = {
      benchmark: name,
      params,
      metric: METRIC.latency,
      unit: 'ns',
      value: typical.get('point_estimate').number(),
      ciLower: interval.get('lower_bound').number(),
      ciUpper: interval.get('upper_bound').number(),
      ciLevel: interval.get('confidence_level').number(),
      stddev: doc.get('std_dev').object().get('point_estimate').number(),
      median: doc.get('median').object().get('point_estimate').number(),
    };
    return [result];
  },
};

/** The directories between target/criterion (or the last criterion/) and new/ or base/; else the file's own name. */
function benchmarkId(input: Input): string {
  const segments = input.file.split(/[\\/]/);
  const state = segments.length - 2;
  let root = -1;
  for (let i = state - 1; i >= 0; i--) {
    if (segments[i] !== 'criterion') continue;
    if (root === -1) root = i;
    if (segments[i - 1] === 'target') {
      root = i;
      break;
    }
  }
  if (root !== -1 && root < state - 1 && (segments[state] === 'new' || segments[state] === 'base')) {
    return segments.slice(root + 1, state).join('/');
  }
  return segments.at(-1)!.replace(/\.json$/, '');
}

/**
 * A result of estimates.json with what `benchmark.json` beside it says: the exact id (directory
 * names are sanitised) and the throughput, which becomes a throughput result (elem/s or B/s).
 */
export function withBenchmarkJson(input: Input, result: BenchmarkResult): BenchmarkResult[] {
  const info = input.json().root().object();
  const group = info.get('group_id').string();
  const fn = info.get('function_id').optionalString();
  const parameter = info.get('value_str').optionalString();
  const benchmark = fn === undefined ? group : `${group}/${fn}`;
  const params: Record<string, string> = parameter === undefined ? {} : { parameter };
  const latency: BenchmarkResult = { ...result, benchmark, params };
  const throughput = info.get('throughput');
  if (throughput.missing) return [latency];
  const [kind, amount] = throughput.entries()[0] ?? throughput.fail('one throughput kind');
  // ElementsAndBytes { elements, bytes } reports elements, as Criterion's own report does.
  const count = isObject(amount.value) ? amount.get('elements').number() : amount.number();
  const unit = kind.startsWith('Bytes') ? 'B/s' : 'elem/s';
  const rate = (ns: number): number => (count * 1e9) / ns;
  const rates: BenchmarkResult = { benchmark, params, metric: METRIC.throughput, unit, value: rate(result.value) };
  if (result.ciLower !== undefined && result.ciUpper !== undefined) {
    Object.assign(rates, { ciLower: rate(result.ciUpper), ciUpper: rate(result.ciLower), ciLevel: result.ciLevel });
  }
  return [latency, rates];
}
