import type { FormatAdapter } from '../adapter.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { rustBenchFlavour, rustBenchLines } from '../rust-bench-lines.ts';

/**
 * `cargo bench` with the built-in (nightly) libtest harness. libtest prints the median ns/iter
 * and, after +/-, the spread max − min of its samples: that is reported as the metric
 * latency_range, since it is neither a standard deviation nor a confidence interval.
 */
export const rustLibtest: FormatAdapter = {
  name: 'rust-libtest',
  detect(input) {
    return rustBenchFlavour(input.text) === 'libtest';
  },
  parse(input) {
    return rustBenchLines(input).flatMap((line): BenchmarkResult[] => {
      const base = { benchmark: line.name, params: {} };
      const results: BenchmarkResult[] = [
        { ...base, metric: METRIC.latency, unit: 'ns', value: line.nsPerIter, median: line.nsPerIter },
        { ...base, metric: 'latency_range', unit: 'ns', value: line.deviation },
      ];
      if (line.mbPerSecond !== undefined) results.push({ ...base, metric: METRIC.throughput, unit: 'MB/s', value: line.mbPerSecond });
      return results;
    });
  },
};
