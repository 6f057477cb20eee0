import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal, scaleDecimal } from '../numbers.ts';
import { convertTime } from '../units.ts';

const SIGNATURE = /^[^\n]*\bMethod\s*\|(?:[^\n]*\|)?\s*Mean\s*\|[^\n]*\r?\n[\s:|-]+\r?$/m;
const SEPARATOR = /^[\s:|-]+$/;
const REPORT_FILE = /([^\\/]+?)-report(?:-\w+)?\.(?:md|txt)$/;
const NAME_COLUMNS = ['Namespace', 'Type', 'Method'];
const BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };
/** BenchmarkDotNet's Error column is half the 99.9% confidence interval. */
const BDN_CONFIDENCE = 0.999;

/**
 * BenchmarkDotNet's summary table: the markdown reports (`*-report-github.md`, `-report.md`) and the
 * same table in its console log. Namespace/Type/Method (the type from a report's file name,
 * `Namespace.Type-report-github.md`, when the table has no column for it) → benchmark, as in its
 * JSON; the columns between Method and Mean (job characteristics, `[Params]`) → params (`Job` → `job`);
 * Mean (converted to ns) → value, ± Error → 99.9% CI, StdDev/Median/Min/Max, `Op/s` → throughput,
 * `Allocated` → bytes_per_op (KB = 1024 B). `NA` or `-` cells are left out; a row without a Mean is not a result.
 */
export const benchmarkDotNetMarkdown: FormatAdapter = {
  name: 'benchmarkdotnet-markdown',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    const type = REPORT_FILE.exec(input.file)?.[1];
    let header: string[] | undefined;
    let previous: string[] | undefined;
    for (const line of lines(input.plainText)) {
      if (!line.text.includes('|')) {
        header = previous = undefined;
        continue;
      }
      if (SEPARATOR.test(line.text)) {
        header = previous?.includes('Method') && previous.includes('Mean') ? previous : undefined;
        continue;
      }
      previous = cellsOf(line.text);
      if (header) results.push(...rowResults(input, line, header, previous, type));
    }
    return results;
  },
};

function cellsOf(text: string): string[] {
  const cells = text.trim().replace(/^\|/, '').split('|');
  return cells.map((cell) => cell.trim().replace(/^\*\*(.*)\*\*$/, '$1'));
}

function rowResults(
  input: Input,
  line: Line,
  header: string[],
  cells: string[],
  type: string | undefined,
): BenchmarkResult[] {
  const cell = (column: string): string | undefined => {
    const at = header.indexOf(column);
    const value = at === -1 ? undefined : cells[at];
    return value === undefined || value === '' || value === '-' || value === 'NA' || value === '?' ? undefined : value;
  };
  const measured = (column: string, read: (value: number, unit: string) => number | undefined): number | undefined => {
    const text = cell(column);
    if (text === undefined) return undefined;
    const [number, unit = ''] = text.split(/\s+/);
    const value = read(readDecimal(number ?? '') ?? Number.NaN, unit);
    return value === undefined || Number.isNaN(value)
      ? input.fail(`line ${line.number}`, `a value in column ${column}, found "${text}"`)
      : value;
  };
  const duration = (column: string): number | undefined => measured(column, (value, unit) => convertTime(value, unit));
  const mean = duration('Mean');
  if (mean === undefined) return [];
  const nameParts = NAME_COLUMNS.map(cell).filter((part): part is string => part !== undefined);
  if (!header.includes('Type') && type !== undefined) nameParts.unshift(type);
  const benchmark = nameParts.join('.');
  const params: Record<string, string> = {};
  for (const column of header.slice(header.indexOf('Method') + 1, header.indexOf('Mean'))) {
    params[column === 'Job' ? 'job' : column] = cells[header.indexOf(column)] ?? '';
  }
  const latency: BenchmarkResult = { benchmark, params, metric: METRIC.latency, unit: 'ns', value: mean };
  const error = duration('Error');
  if (error !== undefined)
    Object.assign(latency, { ciLower: mean - error, ciUpper: mean + error, ciLevel: BDN_CONFIDENCE });
  for (const [key, column] of [
    ['stddev', 'StdDev'],
    ['median', 'Median'],
    ['min', 'Min'],
    ['max', 'Max'],
  ] as const) {
    const value = duration(column);
    if (value !== undefined) latency[key] = value;
  }
  const results = [latency];
  const ops = measured('Op/s', (value) => value);
  if (ops !== undefined) results.push({ benchmark, params, metric: METRIC.throughput, unit: 'ops/s', value: ops });
  const allocated = measured('Allocated', (value, unit) =>
    BYTES[unit] === undefined ? undefined : scaleDecimal(value, BYTES[unit]),
  );
  if (allocated !== undefined)
    results.push({ benchmark, params, metric: METRIC.bytesPerOp, unit: 'B/op', value: allocated });
  return results;
}
