import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { convertTime } from '../units.ts';

const HEADER = /^benchmark name\s+samples\s+iterations\s+(?:estimated|est run time)\s*$/m;
const RULE = /^(?:-{20,}|={20,})\s*$/;
const ROW = /^(.*?)\s+(\d+)\s+(\d+)\s+(\S+ (?:ns|us|µs|ms|s|m))\s*$/;
const DURATION = /(\S+) (ns|us|µs|ms|s|m)\b/g;
/** Catch2's default confidence level (--benchmark-confidence-interval), which the console does not print. */
const CONFIDENCE = 0.95;

/**
 * Catch2's default console reporter (v2 and v3): per benchmark a row `NAME SAMPLES ITERATIONS
 * ESTIMATED`, then `MEAN LOW HIGH` and `STDDEV LOW HIGH`, each with its unit; converted to ns
 * as in Catch2's XML. A name too long for its column wraps onto rows above the numbers.
 */
export const catch2Console: FormatAdapter = {
  name: 'catch2-console',
  detect(input) {
    return HEADER.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let state: 'outside' | 'title' | 'header' | 'table' = 'outside';
    let testCase: string | undefined;
    let name: string[] = [];
    const pending: Line[] = [];
    for (const line of lines(input.plainText)) {
      const text = line.text;
      if (state === 'table' && pending.length > 0) {
        if (text.trim() === '') continue;
        pending.push(line);
        if (pending.length === 3) results.push(toResult(input, pending.splice(0), name.join(' '), testCase));
        if (pending.length === 0) name = [];
      } else if (RULE.test(text)) {
        // A title (the test case) stands between two rules of dashes; the table's header ends with one.
        state = state === 'header' ? 'table' : state !== 'title' && text.startsWith('-') ? 'title' : 'outside';
        if (state === 'title') testCase = undefined;
      } else if (HEADER.test(text)) {
        state = 'header';
      } else if (state === 'title' && text.trim() !== '') {
        testCase ??= text.trim();
      } else if (state === 'table' && text.trim() !== '') {
        const row = ROW.exec(text);
        if (row) pending.push(line);
        name.push((row ? row[1]! : text).trim());
      }
    }
    if (pending.length > 0)
      input.fail(`line ${pending[0]!.number + pending.length}`, 'the mean and standard deviation rows of a benchmark');
    return results;
  },
};

function toResult(input: Input, rows: Line[], name: string, testCase: string | undefined): BenchmarkResult {
  const [first, meanRow, stddevRow] = rows as [Line, Line, Line];
  const row = ROW.exec(first.text)!;
  const mean = durations(input, meanRow, 'mean, low mean and high mean');
  const stddev = durations(input, stddevRow, 'std dev, low std dev and high std dev');
  return {
    benchmark: name || input.fail(`line ${first.number}`, 'a benchmark name'),
    params: testCase === undefined ? {} : { test_case: testCase },
    metric: METRIC.latency,
    unit: 'ns',
    value: mean[0]!,
    ciLower: mean[1]!,
    ciUpper: mean[2]!,
    ciLevel: CONFIDENCE,
    stddev: stddev[0]!,
    iterations: Number(row[2]) * Number(row[3]),
  };
}

/** Three `VALUE UNIT` durations, in ns. */
function durations(input: Input, line: Line, what: string): number[] {
  const values = [...line.text.matchAll(DURATION)].map((match) =>
    convertTime(readDecimal(match[1]!) ?? Number.NaN, match[2]!),
  );
  if (values.length !== 3 || values.some((value) => value === undefined || Number.isNaN(value))) {
    input.fail(`line ${line.number}`, `${what}, each a number and a unit`);
  }
  return values as number[];
}
