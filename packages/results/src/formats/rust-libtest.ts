import type { FormatAdapter } from '../adapter.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { rustBenchFlavour, rustBenchLines } from '../rust-bench-lines.ts';

/**
 * `cargo bench` with the built-in (nightly) libtest harness, as text or as JSON lines
 * (`-- -Z unstable-options --format json`: `median`, `deviation`, `mib_per_second`). libtest
 * prints the median ns/iter and, after +/-, the spread max − min of its samples: that is the metric
 * latency_range, since it is neither a standard deviation nor a confidence interval.
 */
export const rustLibtest: FormatAdapter = {
  name: 'rust-libtest',
  detect(input) {
    return rustBenchFlavour(input.plainText) === 'libtest';
  },
  parse(input) {
    return rustBenchLines(input).flatMap((line): BenchmarkResult[] => {
      const base = { benchmark: line.name, params: {} };
      const results: BenchmarkResult[] = [
        { ...base, metric: line.metric, unit: line.unit, value: line.value, median: line.value },
        { ...base, metric: `${line.metric}_range`, unit: line.unit, value: line.deviation },
      ];
      if (line.mbPerSecond !== undefined)
        results.push({ ...base, metric: METRIC.throughput, unit: 'MB/s', value: line.mbPerSecond });
      return results;
    });
  },
};
