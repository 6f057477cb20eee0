import type { FormatAdapter } from '../adapter.ts';
import { lines } from '../lines.ts';
import { METRIC } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { SeriesTable } from '../series.ts';

const RESULT = /^(.+)\((\w+)\): (\S+) (\w+)\.?$/;
const MARKER = /^.+\(\w+\): [\d.+-]/;
const SIGNATURE = /^.+\(RunTime\): [\d.eE+-]+ us\.?\s*$/m;

/**
 * Dart's benchmark_harness (BenchmarkBase, AsyncBenchmarkBase, PerfBenchmarkBase): the default
 * ScoreEmitter prints `NAME(RunTime): T us.`, the mean time of one run() call (of ten calls in
 * the older exercise() default, as the harness reports it). Other metrics a custom emitter prints
 * the same way keep their name. Repeated lines of one benchmark (several runs in one file) become
 * one result with samples (mean).
 */
export const dartBenchmarkHarness: FormatAdapter = {
  name: 'dart-benchmark-harness',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const table = new SeriesTable();
    for (const line of lines(input.plainText)) {
      const text = line.text.trim();
      if (!MARKER.test(text)) continue;
      const expected = 'NAME(METRIC): VALUE UNIT.';
      const match = RESULT.exec(text) ?? input.fail(`line ${line.number}`, expected);
      const value = readDecimal(match[3]!) ?? input.fail(`line ${line.number}`, expected);
      const [, benchmark, metric, , unit] = match as unknown as [string, string, string, string, string];
      table.addSample({ benchmark, params: {}, metric: metric === 'RunTime' ? METRIC.latency : metric, unit }, value);
    }
    return table.results('mean');
  },
};
