import type { FormatAdapter } from '../adapter.ts';
import { METRIC } from '../model.ts';
import { criterionId } from '../names.ts';
import { rustBenchFlavour, rustBenchLines } from '../rust-bench-lines.ts';

/**
 * Criterion.rs `--output-format bencher`: the median ns/iter and, after +/-, the standard
 * deviation estimate (both truncated to integers by Criterion).
 */
export const criterionBencher: FormatAdapter = {
  name: 'criterion-bencher',
  detect(input) {
    return rustBenchFlavour(input.text) === 'bencher';
  },
  parse(input) {
    return rustBenchLines(input).map((line) => {
      const { name, params } = criterionId(line.name);
      return { benchmark: name, params, metric: METRIC.latency, unit: 'ns', value: line.nsPerIter, median: line.nsPerIter, stddev: line.deviation };
    });
  },
};
