import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { latencyUnit } from '../units.ts';

/** JMH writes scoreConfidence at 99.9% (scoreError is its half-width). */
const JMH_CONFIDENCE = 0.999;

/**
 * JMH `-rf json`: the primary metric (throughput in thrpt mode, time per operation otherwise)
 * and every secondary metric (profilers, @AuxCounters) under its own name. JMH writes
 * undefined statistics as the string "NaN"; those are left out.
 */
export const jmh: FormatAdapter = {
  name: 'jmh',
  detect(input) {
    const first = input.jsonOrNothing()?.firstElement();
    return isObject(first) && 'benchmark' in first && 'primaryMetric' in first;
  },
  parse(input) {
    return input.json().flatMapRows(undefined, (run) => {
      const benchmark = run.object().get('benchmark').string();
      const params = run.get('params').missing ? {} : run.get('params').params();
      params.threads = run.get('threads').paramValue();
      const metric = run.get('mode').string() === 'thrpt' ? METRIC.throughput : METRIC.latency;
      const primary = toResult(benchmark, params, metric, run.get('primaryMetric'));
      const secondary = run.get('secondaryMetrics').missing ? [] : run.get('secondaryMetrics').entries();
      return [primary, ...secondary.map(([name, value]) => toResult(benchmark, params, name, value))];
    });
  },
};

function toResult(benchmark: string, params: Record<string, string>, metric: string, score: Json): BenchmarkResult {
  const unit = score.object().get('scoreUnit').string();
  const result: BenchmarkResult = {
    benchmark,
    params,
    metric,
    unit: metric === METRIC.latency ? latencyUnit(unit) : unit,
    value: score.get('score').number(),
  };
  const confidence = score.get('scoreConfidence');
  if (!confidence.missing) {
    const [lower, upper] = confidence.array().map(optionalScore);
    if (lower !== undefined && upper !== undefined)
      Object.assign(result, { ciLower: lower, ciUpper: upper, ciLevel: JMH_CONFIDENCE });
  }
  const percentiles = score.get('scorePercentiles');
  if (!percentiles.missing) {
    percentiles.object();
    assign(result, 'min', optionalScore(percentiles.get('0.0')));
    assign(result, 'median', optionalScore(percentiles.get('50.0')));
    assign(result, 'max', optionalScore(percentiles.get('100.0')));
  }
  if (!score.get('rawData').missing)
    result.samples = score
      .get('rawData')
      .array()
      .flatMap((fork) => fork.array().map((x) => x.number()));
  return result;
}

function optionalScore(value: Json | undefined): number | undefined {
  if (value === undefined || value.value === 'NaN') return undefined;
  return value.optionalNumber();
}

function assign(result: BenchmarkResult, key: 'min' | 'median' | 'max', value: number | undefined): void {
  if (value !== undefined) result[key] = value;
}
