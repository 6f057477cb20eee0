import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { isObject, type Json } from '../json.ts';
import { lines } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal, scaleDecimal } from '../numbers.ts';

const REPORT = /^(.*?)\s*(\d[\d.]*)([kMBTQ]?) \(±\s*([\d.]+)%\) i\/s\b/;
const EXACT = /^\s*(.+?):\s+([\d.]+) i\/s\b/;
const SCALE: Record<string, number> = { '': 1, k: 1e3, M: 1e6, B: 1e9, T: 1e12, Q: 1e15 };

/**
 * Ruby's benchmark-ips: `x.json!` (an array of {name, central_tendency or ips, stddev or error,
 * microseconds, iterations, cycles}) or its report (`NAME  1.234M (± 2.1%) i/s - …`, the exact
 * i/s of the `Comparison:` block preferred when compare! printed it). Iterations per second →
 * throughput `ops/s`; the ± percentage is the standard deviation relative to the rate.
 */
export const benchmarkIps: FormatAdapter = {
  name: 'benchmark-ips',
  detect(input) {
    const first = input.jsonOrNothing()?.firstElement();
    if (first !== undefined)
      return (
        isObject(first) && 'name' in first && ('central_tendency' in first || ('ips' in first && 'stddev' in first))
      );
    return /^Calculating -+\s*$/m.test(input.plainText) && /i\/s\b/.test(input.plainText);
  },
  parse(input) {
    if (input.jsonOrNothing() !== undefined) return input.json().flatMapRows(undefined, (entry) => [fromJson(entry)]);
    return fromReport(input);
  },
};

function fromJson(entry: Json): BenchmarkResult {
  const central = entry.object().get('central_tendency').missing ? entry.get('ips') : entry.get('central_tendency');
  const spread = entry.get('stddev').missing ? entry.get('error') : entry.get('stddev');
  const result: BenchmarkResult = {
    benchmark: entry.get('name').string(),
    params: {},
    metric: METRIC.throughput,
    unit: 'ops/s',
    value: central.number(),
  };
  const stddev = spread.optionalNumber();
  if (stddev !== undefined) result.stddev = stddev;
  const iterations = entry.get('iterations').optionalNumber();
  if (iterations !== undefined) result.iterations = iterations;
  return result;
}

function fromReport(input: Input): BenchmarkResult[] {
  const results = new Map<string, BenchmarkResult>();
  let section: 'other' | 'calculating' | 'comparison' = 'other';
  let previous = '';
  for (const line of lines(input.plainText)) {
    const text = line.text;
    if (/^Calculating -+/.test(text)) section = 'calculating';
    else if (/^Comparison:\s*$/.test(text)) section = 'comparison';
    else if (/^Warming up -+/.test(text)) section = 'other';
    else if (section === 'calculating' && / i\/s\b/.test(text)) {
      const match = REPORT.exec(text) ?? input.fail(`line ${line.number}`, 'NAME  RATE (± X%) i/s');
      const ips = scaleDecimal(
        readDecimal(match[2]!) ?? input.fail(`line ${line.number}`, 'a rate'),
        SCALE[match[3]!]!,
      );
      // A name too long for its column stands on the line before.
      const benchmark = match[1]!.trim() || previous.trim() || input.fail(`line ${line.number}`, 'a benchmark name');
      results.set(benchmark, {
        benchmark,
        params: {},
        metric: METRIC.throughput,
        unit: 'ops/s',
        value: ips,
        stddev: (ips * Number(match[4])) / 100,
      });
    } else if (section === 'comparison') {
      const match = EXACT.exec(text);
      const result = match ? results.get(match[1]!) : undefined;
      if (result) result.value = readDecimal(match![2]!) ?? result.value;
    }
    if (text.trim() !== '') previous = text;
  }
  return [...results.values()];
}
