import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal, scaleDecimal } from '../numbers.ts';
import { convertTime } from '../units.ts';

const HEADER = /^Name \(time in (ns|us|µs|ms|s)\)\s+(.*)$/;
const SIGNATURE = /^Name \(time in (?:ns|us|µs|ms|s)\)\s/m;
const GROUP = /^-+ benchmark(?: '(.*)')?: \d+ tests? -+$/;
const RATIO = /\s\((?:[\d.,]+|>?[\d.,]+|\*|inf|nan)\)/g;
const OPS = /^OPS \((K|M|G)?ops\/s\)$/;
const SCALE: Record<string, number> = { '': 1, K: 1e3, M: 1e6, G: 1e9 };

/**
 * pytest-benchmark's terminal table (`Name (time in us)  Min  Max  Mean  StdDev  Median  IQR
 * Outliers  OPS  Rounds  Iterations`, any subset of columns). Read as its JSON is: the mean in s,
 * stddev/min/max/median, iterations = rounds × iterations, OPS → throughput (ops/s); `[id]` →
 * param `param`, a named group (`benchmark 'NAME': …`) → param `group`. The ratios in
 * parentheses are dropped.
 */
export const pytestBenchmarkTable: FormatAdapter = {
  name: 'pytest-benchmark-table',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let group: string | undefined;
    let columns: { unit: string; names: string[] } | undefined;
    for (const line of lines(input.plainText)) {
      const groupLine = GROUP.exec(line.text);
      const header = HEADER.exec(line.text);
      if (groupLine) group = groupLine[1];
      else if (header) columns = { unit: header[1]!, names: header[2]!.trim().split(/\s{2,}/) };
      else if (/^-+$|^$|^Legend:/.test(line.text)) columns = line.text.startsWith('-') ? columns : undefined;
      else if (columns) results.push(...rowResults(input, line, columns, group));
    }
    return results;
  },
};

function rowResults(
  input: Input,
  line: Line,
  columns: { unit: string; names: string[] },
  group: string | undefined,
): BenchmarkResult[] {
  const fields = line.text.replace(RATIO, '').trim().split(/\s+/);
  const count = columns.names.length;
  if (fields.length <= count) input.fail(`line ${line.number}`, `a name and ${count} columns`);
  const name = fields.slice(0, fields.length - count).join(' ');
  const cells = new Map(columns.names.map((column, index) => [column, fields[fields.length - count + index]!]));
  const value = (column: string): number | undefined => {
    const cell = cells.get(column);
    return cell === undefined
      ? undefined
      : (readDecimal(cell) ?? input.fail(`line ${line.number}`, `a number in column ${column}`));
  };
  const seconds = (column: string): number | undefined => {
    const number = value(column);
    return number === undefined ? undefined : convertTime(number, columns.unit, 's');
  };
  const id = /^(.*)\[(.*)\]$/.exec(name);
  const params: Record<string, string> = id ? { param: id[2]! } : {};
  if (group !== undefined) params.group = group;
  const benchmark = id ? id[1]! : name;
  const mean = seconds('Mean') ?? input.fail(`line ${line.number}`, 'a Mean column');
  const rounds = value('Rounds');
  const iterations = value('Iterations');
  const latency: BenchmarkResult = { benchmark, params, metric: METRIC.latency, unit: 's', value: mean };
  for (const [key, column] of [
    ['stddev', 'StdDev'],
    ['min', 'Min'],
    ['max', 'Max'],
    ['median', 'Median'],
  ] as const) {
    const statistic = seconds(column);
    if (statistic !== undefined) latency[key] = statistic;
  }
  if (rounds !== undefined && iterations !== undefined) latency.iterations = rounds * iterations;
  const opsColumn = columns.names.find((column) => OPS.test(column));
  const ops = opsColumn === undefined ? undefined : value(opsColumn);
  if (ops === undefined) return [latency];
  const scaled = scaleDecimal(ops, SCALE[OPS.exec(opsColumn!)![1] ?? '']!);
  return [latency, { benchmark, params, metric: METRIC.throughput, unit: 'ops/s', value: scaled }];
}
