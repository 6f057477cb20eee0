import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { baseRate, convertTime } from '../units.ts';

const HEADER = /^(\S*)\s+fastest\s+│\s+slowest\s+│\s+median\s+│\s+mean\s+│\s+samples\s+│\s+iters\s*$/;
const SIGNATURE = /^\S*\s+fastest\s+│\s+slowest\s+│\s+median\s+│\s+mean\s+│\s+samples\s+│\s+iters\s*$/m;
const TREE = /^[│├╰─ ]*/;

/**
 * Divan's table (`cargo bench` with divan): a tree of modules, functions and their args/consts/types,
 * one row per benchmark with fastest, slowest, median and mean times and the sample and iteration
 * counts. The benchmark is the tree path joined with "/" (`fibonacci/10`), the value the mean in ns;
 * a counter's row below it (`item/s`, `B/s`…) → throughput in the base unit.
 */
export const divan: FormatAdapter = {
  name: 'divan',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let valueColumn = -1;
    const path: string[] = [];
    let latest: BenchmarkResult | undefined;
    for (const line of lines(input.plainText)) {
      if (HEADER.test(line.text)) {
        valueColumn = line.text.indexOf('fastest');
        path.length = 0;
        continue;
      }
      if (valueColumn === -1 || !line.text.slice(valueColumn).includes('│')) continue;
      const label = line.text.slice(0, valueColumn);
      const tree = TREE.exec(label)![0].length;
      const name = label.slice(tree).trim();
      // Allocation counters (`alloc:`, `dealloc:`…) are not in the canonical model.
      if (name.endsWith(':')) continue;
      const cells = line.text
        .slice(valueColumn)
        .split('│')
        .map((cell) => cell.trim());
      if (name !== '') {
        // Each level of the tree is three characters wide; the first level is under the target's name.
        path.length = Math.max(Math.floor(tree / 3) - 1, 0);
        path.push(name);
      }
      if (cells[0] === '') continue;
      if (name === '') {
        if (latest) results.push(...counter(input, line, cells, latest));
        continue;
      }
      latest = timings(input, line, cells, path.join('/'));
      results.push(latest);
    }
    return results;
  },
};

function timings(input: Input, line: Line, cells: string[], benchmark: string): BenchmarkResult {
  const expected = 'fastest, slowest, median and mean times, samples and iters';
  const [fastest, slowest, median, mean] = cells
    .slice(0, 4)
    .map((cell) => duration(cell) ?? input.fail(`line ${line.number}`, expected));
  const samples = readDecimal(cells[4] ?? '');
  const iters = readDecimal(cells[5] ?? '');
  if (samples === undefined || iters === undefined) input.fail(`line ${line.number}`, expected);
  return {
    benchmark,
    params: {},
    metric: METRIC.latency,
    unit: 'ns',
    value: mean!,
    min: fastest!,
    max: slowest!,
    median: median!,
    iterations: iters,
  };
}

/** A counter row: throughput rates are read, other counters (allocations) are not in the canonical model. */
function counter(input: Input, line: Line, cells: string[], latest: BenchmarkResult): BenchmarkResult[] {
  const rates = cells.slice(0, 4).map((cell) => {
    const [number, unit] = cell.split(' ');
    return baseRate(readDecimal(number ?? '') ?? Number.NaN, unit ?? '');
  });
  if (rates.every((rate) => rate === undefined)) return [];
  if (rates.some((rate) => rate === undefined || Number.isNaN(rate.value)))
    input.fail(`line ${line.number}`, 'four rates');
  const [fastest, slowest, median, mean] = rates as { value: number; unit: string }[];
  const { benchmark, params } = latest;
  return [
    {
      benchmark,
      params,
      metric: METRIC.throughput,
      unit: mean!.unit,
      value: mean!.value,
      min: slowest!.value,
      max: fastest!.value,
      median: median!.value,
    },
  ];
}

function duration(cell: string): number | undefined {
  const [number, unit] = cell.split(' ');
  const value = readDecimal(number ?? '');
  return value === undefined || unit === undefined ? undefined : convertTime(value, unit);
}
