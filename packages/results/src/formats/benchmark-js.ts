import type { FormatAdapter } from '../adapter.ts';
import { lines } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';

const RESULT = /^(.+) x ([\d,]+(?:\.\d+)?) ops\/sec ±(\d+(?:\.\d+)?)% \((\d+) runs? sampled\)$/;
const MARKER = / x .* ops\/sec/;

/**
 * benchmark.js `String(benchmark)` lines, as printed by the usual `on('cycle')` handler.
 * ±X% is the relative margin of error of the mean time at 95% confidence; it is converted
 * to an interval on the rate: [hz / (1 + X%), hz / (1 − X%)].
 */
export const benchmarkJs: FormatAdapter = {
  name: 'benchmark-js',
  detect(input) {
    return /^.+ x [\d,.]+ ops\/sec ±[\d.]+% \(\d+ runs? sampled\)$/m.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    for (const line of lines(input.plainText)) {
      if (!MARKER.test(line.text)) continue;
      const expected = 'NAME x N ops/sec ±X% (R runs sampled)';
      const match = RESULT.exec(line.text.trimEnd()) ?? input.fail(`line ${line.number}`, expected);
      const hz = readDecimal(match[2]!) ?? input.fail(`line ${line.number}`, expected);
      const rme = Number(match[3]) / 100;
      const result: BenchmarkResult = {
        benchmark: match[1]!,
        params: {},
        metric: METRIC.throughput,
        unit: 'ops/s',
        value: hz,
      };
      if (rme < 1) Object.assign(result, { ciLower: hz / (1 + rme), ciUpper: hz / (1 - rme), ciLevel: 0.95 });
      results.push(result);
    }
    return results;
  },
};
