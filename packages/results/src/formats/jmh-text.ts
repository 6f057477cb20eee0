import type { FormatAdapter } from '../adapter.ts';
import { lines } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { latencyUnit } from '../units.ts';

const HEADER = /^Benchmark\s+((?:\(\S+\)\s+)*)Mode\s+Cnt\s+Score\s+Error\s+Units\s*$/;
const SIGNATURE = /^Benchmark\s+(?:\(\S+\)\s+)*Mode\s+Cnt\s+Score\s+Error\s+Units\s*$/m;
const MODES = new Set(['thrpt', 'avgt', 'sample', 'ss']);
/** JMH prints the error as the half-width of the 99.9% confidence interval. */
const JMH_CONFIDENCE = 0.999;

/**
 * JMH's summary table (its console output, or `-rf text`): `Benchmark (param)… Mode Cnt Score
 * Error Units`. thrpt → throughput, other modes → latency (`ns/op` → `ns`); `(param)` columns →
 * params; score ± error → 99.9% CI. Rows `NAME:SECONDARY` (profilers, sample-mode percentiles)
 * → metric named after the secondary. The table shortens names by their common package prefix;
 * where the run's log above it names the benchmarks (`# Benchmark: pkg.Class.method`), the full names are used.
 */
export const jmhText: FormatAdapter = {
  name: 'jmh-text',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    const fullNames = [...input.plainText.matchAll(/^# Benchmark: (\S+)/gm)].map((match) => match[1]!);
    let paramNames: string[] | undefined;
    for (const line of lines(input.plainText)) {
      const header = HEADER.exec(line.text);
      if (header) {
        paramNames = [...header[1]!.matchAll(/\((\S+)\)/g)].map((match) => match[1]!);
        continue;
      }
      const fields = line.text.trim().split(/\s+/);
      if (paramNames === undefined || fields.length < 4 || !MODES.has(fields[paramNames.length + 1] ?? '')) continue;
      const expected = 'NAME PARAMS… MODE CNT SCORE ± ERROR UNITS';
      const [fullName, ...rest] = fields as [string, ...string[]];
      const params = Object.fromEntries(paramNames.map((name, index) => [name, rest[index]!]));
      const [mode, ...measured] = rest.slice(paramNames.length) as [string, ...string[]];
      const unit = measured.pop()!;
      const error = measured.at(-2) === '±' ? measured.splice(-2)[1] : undefined;
      const score = readDecimal(measured.at(-1) ?? '') ?? input.fail(`line ${line.number}`, expected);
      const colon = fullName.indexOf(':');
      const short = colon === -1 ? fullName : fullName.slice(0, colon);
      const benchmark = fullNames.find((name) => name === short || name.endsWith(`.${short}`)) ?? short;
      const primary = mode === 'thrpt' ? METRIC.throughput : METRIC.latency;
      const metric = colon === -1 ? primary : fullName.slice(colon + 1).replace(/^[·:]/, '');
      const result: BenchmarkResult = {
        benchmark,
        params,
        metric,
        unit: colon === -1 ? latencyUnit(unit) : unit,
        value: score,
      };
      const half = error === undefined ? undefined : readDecimal(error);
      if (half !== undefined)
        Object.assign(result, { ciLower: score - half, ciUpper: score + half, ciLevel: JMH_CONFIDENCE });
      results.push(result);
    }
    return results;
  },
};
