import type { FormatAdapter } from '../adapter.ts';
import { criterionId } from '../names.ts';
import { rustBenchFlavour, rustBenchLines } from '../rust-bench-lines.ts';

/**
 * Criterion.rs `--output-format bencher`: the median ns/iter and, after +/-, the standard
 * deviation estimate (both truncated to integers by Criterion).
 */
export const criterionBencher: FormatAdapter = {
  name: 'criterion-bencher',
  detect(input) {
    return rustBenchFlavour(input.plainText) === 'bencher';
  },
  parse(input) {
    return rustBenchLines(input).map((line) => {
      const { name, params } = criterionId(line.name);
      const { metric, unit, value, deviation } = line;
      return { benchmark: name, params, metric, unit, value, median: value, stddev: deviation };
    });
  },
};
