import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { criterionId } from '../names.ts';
import { readDecimal } from '../numbers.ts';
import { baseRate, convertTime } from '../units.ts';

const ESTIMATE_LINE = /^(.*?)\s*\b(time|thrpt):\s+\[(.*)\]/;
const SIGNATURE = /^.*\btime:\s+\[[\d.]+ (?:ps|ns|[µμu]s|ms|s) [\d.]+ (?:ps|ns|[µμu]s|ms|s) /m;
/** Criterion's default confidence level, which its terminal output does not print. */
const CONFIDENCE = 0.95;

/**
 * Criterion.rs's default terminal output (`cargo bench`): `NAME  time: [low estimate high]`, the
 * estimate (slope or mean) with its 95% confidence interval, in ns as in estimates.json, and
 * `thrpt: [...]` in elem/s or B/s. A name too long for its column stands on the line before.
 * The `change:` block compares with the previous run (percentages) and is not a result.
 */
export const criterionTerminal: FormatAdapter = {
  name: 'criterion-terminal',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let previous: Line | undefined;
    let latest: BenchmarkResult | undefined;
    for (const line of lines(input.plainText)) {
      const match = ESTIMATE_LINE.exec(line.text);
      // Lines of the change block hold percentages.
      if (match && !match[3]!.includes('%')) {
        const [low, estimate, high] = estimates(input, line, match[3]!, match[2] === 'time');
        const interval = {
          unit: estimate.unit,
          value: estimate.value,
          ciLower: low.value,
          ciUpper: high.value,
          ciLevel: CONFIDENCE,
        };
        if (match[2] === 'time') {
          const name =
            match[1] || previous?.text.trim() || input.fail(`line ${line.number}`, 'a benchmark name before "time:"');
          const { name: benchmark, params } = criterionId(name);
          latest = { benchmark, params, metric: METRIC.latency, ...interval };
          results.push(latest);
        } else if (latest) {
          results.push({ benchmark: latest.benchmark, params: latest.params, metric: METRIC.throughput, ...interval });
        }
      }
      if (line.text.trim() !== '') previous = line;
    }
    return results;
  },
};

/** The three `VALUE UNIT` estimates inside the brackets, as ns (time) or as a base rate (thrpt). */
type Estimate = { value: number; unit: string };

function estimates(input: Input, line: Line, text: string, time: boolean): [Estimate, Estimate, Estimate] {
  const expected = time ? '[LOW UNIT ESTIMATE UNIT HIGH UNIT] durations' : '[LOW UNIT ESTIMATE UNIT HIGH UNIT] rates';
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 6) input.fail(`line ${line.number}`, expected);
  const values = [0, 2, 4].map((i) => {
    const number = readDecimal(fields[i]!);
    const unit = fields[i + 1]!;
    if (number === undefined) return undefined;
    if (time) {
      const ns = convertTime(number, unit);
      return ns === undefined ? undefined : { value: ns, unit: 'ns' };
    }
    return baseRate(number, unit);
  });
  if (values.some((value) => value === undefined)) input.fail(`line ${line.number}`, expected);
  const [low, estimate, high] = values as [Estimate, Estimate, Estimate];
  // A rate's bounds come from the time's bounds; order them as an interval.
  return low.value <= high.value ? [low, estimate, high] : [high, estimate, low];
}
