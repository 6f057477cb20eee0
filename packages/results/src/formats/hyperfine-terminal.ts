import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { convertTime } from '../units.ts';

const BENCHMARK = /^Benchmark #?\d+: (.+?)\s*$/;
const TIME = /^\s+Time \((?:mean|abs)[^)]*\):\s+(.*)$/;
const RANGE = /^\s+Range \(min[^)]*\):\s+(\S+ \S+)\s+(?:…|\.\.\.)\s+(\S+ \S+)\s+(\d+) runs?\s*$/;
const SIGNATURE = /^Benchmark #?\d+: .+\r?\n\s+Time \((?:mean|abs)/m;

/**
 * hyperfine's terminal output: per command `Benchmark N: COMMAND`, `Time (mean ± σ): MEAN ± SD
 * [User: U, System: S]` (`Time (abs ≡)` for one run) and `Range (min … max): MIN … MAX  N runs`.
 * Converted to seconds, as `--export-json` gives them: the same results but for the samples.
 */
export const hyperfineTerminal: FormatAdapter = {
  name: 'hyperfine-terminal',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let benchmark: string | undefined;
    let latency: BenchmarkResult | undefined;
    for (const line of lines(input.plainText)) {
      const named = BENCHMARK.exec(line.text);
      if (named) benchmark = named[1];
      const time = benchmark === undefined ? null : TIME.exec(line.text);
      if (time) {
        const [mean, ...rest] = timeStatistics(input, line, time[1]!);
        latency = { benchmark: benchmark!, params: {}, metric: METRIC.latency, unit: 's', value: mean! };
        const [stddev, user, system] = rest;
        if (stddev !== undefined) latency.stddev = stddev;
        results.push(latency);
        if (user !== undefined)
          results.push({ benchmark: benchmark!, params: {}, metric: 'cpu_user', unit: 's', value: user });
        if (system !== undefined)
          results.push({ benchmark: benchmark!, params: {}, metric: 'cpu_system', unit: 's', value: system });
      }
      const range = latency === undefined ? null : RANGE.exec(line.text);
      if (range) {
        latency!.min = seconds(input, line, range[1]!);
        latency!.max = seconds(input, line, range[2]!);
        latency!.iterations = Number(range[3]);
      }
    }
    return results;
  },
};

/** "MEAN ± SD    [User: U, System: S]": mean, then stddev, user and system where printed. */
function timeStatistics(input: Input, line: Line, text: string): (number | undefined)[] {
  const match = /^(\S+ \S+)(?:\s+(?:±|\+-)\s+(\S+ \S+))?(?:\s+\[User: (\S+ \S+), System: (\S+ \S+)\])?\s*$/.exec(text);
  if (!match) return input.fail(`line ${line.number}`, 'MEAN UNIT ± SD UNIT [User: U UNIT, System: S UNIT]');
  return match.slice(1).map((field) => (field === undefined ? undefined : seconds(input, line, field)));
}

function seconds(input: Input, line: Line, field: string): number {
  const [number, unit] = field.split(' ');
  const value = convertTime(readDecimal(number ?? '') ?? Number.NaN, unit ?? '', 's');
  if (value === undefined || Number.isNaN(value))
    return input.fail(`line ${line.number}`, `a duration with its unit, found "${field}"`);
  return value;
}
