import type { FormatAdapter } from '../adapter.ts';
import type { Json } from '../json.ts';
import { mapJsonLines } from '../json-lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { criterionId } from '../names.ts';

const SIGNATURE = /^[\s[]*\{\s*"reason"\s*:\s*"(?:benchmark|group)-complete"/m;
/** Criterion's default confidence level, which its messages do not carry. */
const CONFIDENCE = 0.95;
const THROUGHPUT_UNITS: Record<string, string> = { elements: 'elem/s', bytes: 'B/s' };

/**
 * cargo-criterion's `--message-format=json` lines: each `benchmark-complete` message gives the
 * `typical` estimate (slope or mean) with its 95% bounds, the median, and the raw samples
 * (`measured_values` / `iteration_count`, per iteration); `throughput` → throughput (elem/s or
 * B/s) at the typical time. Other messages (`group-complete`) are not results.
 */
export const criterionJson: FormatAdapter = {
  name: 'criterion-json',
  detect(input) {
    return SIGNATURE.test(input.head(4000));
  },
  parse(input) {
    const read = (message: Json): BenchmarkResult[] =>
      message.object().get('reason').value === 'benchmark-complete' ? toResults(message) : [];
    // One message (also pretty-printed) or an array of them is a JSON document; a stream is JSON lines.
    const doc = input.jsonOrNothing();
    if (doc === undefined) return mapJsonLines(input, 'a cargo-criterion JSON message', read);
    const root = input.json().root();
    return Array.isArray(root.value) ? root.array().flatMap(read) : read(root);
  },
};

function toResults(message: Json): BenchmarkResult[] {
  const { name: benchmark, params } = criterionId(message.get('id').string());
  const typical = message.get('typical').object();
  const unit = typical.get('unit').string();
  const value = typical.get('estimate').number();
  const counts = message.get('iteration_count').numbers();
  const measured = message.get('measured_values').numbers();
  if (counts.length !== measured.length) message.get('measured_values').fail('as many values as iteration_count');
  const latency: BenchmarkResult = {
    benchmark,
    params,
    metric: unit === 'ns' ? METRIC.latency : unit,
    unit,
    value,
    ciLower: typical.get('lower_bound').number(),
    ciUpper: typical.get('upper_bound').number(),
    ciLevel: CONFIDENCE,
    median: message.get('median').object().get('estimate').number(),
    samples: measured.map((total, index) => total / counts[index]!),
    iterations: counts.reduce((sum, count) => sum + count, 0),
  };
  const results = [latency];
  if (unit !== 'ns') return results;
  for (const throughput of message.get('throughput').missing ? [] : message.get('throughput').array()) {
    const perIteration = throughput.object().get('per_iteration').number();
    const rateUnit = THROUGHPUT_UNITS[throughput.get('unit').string()] ?? `${throughput.get('unit').string()}/s`;
    const rate = (ns: number): number => (perIteration * 1e9) / ns;
    results.push({
      benchmark,
      params,
      metric: METRIC.throughput,
      unit: rateUnit,
      value: rate(value),
      ciLower: rate(latency.ciUpper!),
      ciUpper: rate(latency.ciLower!),
      ciLevel: CONFIDENCE,
    });
  }
  return results;
}
