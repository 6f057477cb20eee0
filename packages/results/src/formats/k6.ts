import type { FormatAdapter } from '../adapter.ts';
import { isObject, type Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { resultWith } from '../result-fields.ts';

/** k6's built-in trends that are durations, for the summary export, which does not say which trends are times. */
const TIME_TRENDS =
  /^(?:http_req_\w+|iteration_duration|group_duration|grpc_req_duration|ws_connecting|ws_session_duration|ws_ping)$/;
const TAGGED = /^([^{]+)\{(.*)\}$/;

/**
 * k6's end-of-test summary as JSON: `k6 run --summary-export FILE` ({metrics: {NAME: stats}}) or
 * the data handleSummary() receives, serialised ({metrics: {NAME: {type, contains, values}}}).
 * The benchmark is the metric's name, its tags (`http_req_duration{status:200}`) → params.
 * Trends → latency in ms when they hold times (else metric `trend`, unit `1`): avg is the value,
 * med/min/max as such; counters → `count` and its rate as throughput per second; rates → `rate`
 * (a ratio); gauges → `gauge`. Data metrics are in bytes.
 */
export const k6Summary: FormatAdapter = {
  name: 'k6-summary',
  detect(input) {
    const doc = input.jsonOrNothing();
    return doc !== undefined && isObject(doc.member('metrics')) && (doc.has('root_group') || doc.has('state'));
  },
  parse(input) {
    return input
      .json()
      .object()
      .get('metrics')
      .entries()
      .flatMap(([name, metric]) => toResults(name, metric));
  },
};

function toResults(fullName: string, metric: Json): BenchmarkResult[] {
  const [, benchmark = fullName, tags] = TAGGED.exec(fullName) ?? [];
  const params: Record<string, string> = {};
  for (const tag of tags ? tags.split(',') : []) {
    const at = tag.indexOf(':');
    params[at === -1 ? tag : tag.slice(0, at)] = at === -1 ? '' : tag.slice(at + 1);
  }
  const values = metric.object().get('values').missing ? metric : metric.get('values').object();
  const contains = metric.get('contains').optionalString();
  const data = contains === 'data' || /^data_/.test(benchmark);
  const stat = (key: string): number | undefined => values.get(key).optionalNumber();
  const base = { benchmark, params };
  if (stat('avg') !== undefined) {
    const time = contains === undefined ? TIME_TRENDS.test(benchmark) : contains === 'time';
    const kind = time ? { metric: METRIC.latency, unit: 'ms' } : { metric: 'trend', unit: data ? 'B' : '1' };
    return [
      resultWith({
        ...base,
        ...kind,
        value: values.get('avg').number(),
        min: stat('min'),
        max: stat('max'),
        median: stat('med'),
      }),
    ];
  }
  if (stat('count') !== undefined) {
    const results: BenchmarkResult[] = [
      { ...base, metric: 'count', unit: data ? 'B' : '1', value: values.get('count').number() },
    ];
    const rate = stat('rate');
    if (rate !== undefined)
      results.push({ ...base, metric: METRIC.throughput, unit: data ? 'B/s' : '1/s', value: rate });
    return results;
  }
  if (stat('passes') !== undefined || stat('rate') !== undefined) {
    return [
      {
        ...base,
        metric: 'rate',
        unit: 'ratio',
        value: (values.get('rate').missing ? values.get('value') : values.get('rate')).number(),
      },
    ];
  }
  return [
    resultWith({
      ...base,
      metric: 'gauge',
      unit: data ? 'B' : '1',
      value: values.get('value').number(),
      min: stat('min'),
      max: stat('max'),
    }),
  ];
}
