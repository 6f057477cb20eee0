import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal, scaleDecimal } from '../numbers.ts';
import { SeriesTable, type Aggregate } from '../series.ts';
import { FOLDED, parseName, RATE_COUNTERS } from './google-benchmark.ts';

const HEADER = /^Benchmark\s+Time\s+CPU\s+Iterations\b/m;
const ROW = /^(\S+)\s+(\S+) (ns|us|ms|s)\s+(\S+) (ns|us|ms|s)\s+(\d+)(.*)$/;
const AGGREGATE = /^(.+)_(mean|median|stddev|min|max|cv)$/;
const COMPLEXITY = /^(\S+)_(BigO|RMS)\s+(\S+) ?(\S*)\s+(\S+) ?(\S*)\s*$/;
const COUNTER = /^(\w+)=(-?[\d.]+(?:e[+-]?\d+)?)([kMGTPE]?)(\/s)?$/;

/**
 * Google Benchmark's default console output: `NAME  TIME UNIT  CPU UNIT  ITERATIONS  counter=V…`.
 * Read as its JSON is: the real time → latency, CPU time → `cpu_time`, repetitions → samples with
 * the `_mean`/`_median`/`_stddev` rows folded in (`_cv` rows dropped), counters with their SI prefix
 * resolved (1024-based for bytes_per_second, as the console prints it), BigO/RMS rows → complexity.
 */
export const googleBenchmarkConsole: FormatAdapter = {
  name: 'google-benchmark-console',
  detect(input) {
    return HEADER.test(input.plainText);
  },
  parse(input) {
    const table = new SeriesTable();
    const complexity: BenchmarkResult[] = [];
    let unit = 'ns';
    for (const line of lines(input.plainText)) {
      const row = ROW.exec(line.text);
      const fit = row ? null : COMPLEXITY.exec(line.text);
      if (fit) complexity.push(complexityResult(input, line, fit, unit));
      if (!row) continue;
      const [, name, real, realUnit, cpu, , iterations, rest] = row as unknown as string[];
      unit = realUnit!;
      const aggregate = AGGREGATE.exec(name!);
      const aggregateName = aggregate?.[2];
      if (aggregateName === 'cv') continue;
      const { name: benchmark, params } = parseName(aggregate ? aggregate[1]! : name!);
      const measurements: [string, string, number][] = [
        [METRIC.latency, unit, number(input, line, real!)],
        ['cpu_time', unit, number(input, line, cpu!)],
        ...counters(input, line, rest!),
      ];
      for (const [metric, measureUnit, value] of measurements) {
        const key = { benchmark, params, metric, unit: measureUnit };
        if (aggregateName === undefined)
          table.addSample(key, value, metric === METRIC.latency ? Number(iterations) : undefined);
        else if (FOLDED.has(aggregateName)) table.addAggregate(key, aggregateName as Aggregate, value);
        else table.addSample({ ...key, metric: `${metric}_${aggregateName}` }, value);
      }
    }
    return [...table.results('mean'), ...complexity];
  },
};

function number(input: Input, line: Line, text: string): number {
  return readDecimal(text) ?? input.fail(`line ${line.number}`, `a number, found "${text}"`);
}

/** `key=1.5G/s` counters: rates get their unit, other counters unit `1`. */
function counters(input: Input, line: Line, text: string): [string, string, number][] {
  return text
    .trim()
    .split(/\s+/)
    .filter((field) => field.includes('='))
    .map((field) => {
      const match = COUNTER.exec(field) ?? input.fail(`line ${line.number}`, `a counter NAME=VALUE, found "${field}"`);
      const [, key, value, prefix] = match as unknown as [string, string, string, string];
      const power = prefix === '' ? 0 : 'kMGTPE'.indexOf(prefix) + 1;
      const scale = (key === 'bytes_per_second' ? 1024 : 1000) ** power;
      const rate = RATE_COUNTERS[key];
      return [rate ? METRIC.throughput : key, rate ?? '1', scaleDecimal(number(input, line, value), scale)];
    });
}

function complexityResult(input: Input, line: Line, fit: RegExpExecArray, unit: string): BenchmarkResult {
  const { name, params } = parseName(fit[1]!);
  if (fit[2] === 'RMS')
    return { benchmark: name, params, metric: 'big_o_rms', unit: 'ratio', value: number(input, line, fit[3]!) / 100 };
  return {
    benchmark: name,
    params: { ...params, big_o: fit[4]! },
    metric: 'big_o_coefficient',
    unit,
    value: number(input, line, fit[3]!),
  };
}
