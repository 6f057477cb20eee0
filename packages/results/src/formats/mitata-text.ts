import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { lines, type Line } from '../lines.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal, scaleDecimal } from '../numbers.ts';
import { convertTime } from '../units.ts';

const SIGNATURE = /^benchmark\s+(?:avg \(min … max\)|time \(avg\))/m;
const TIME = '(\\S+) (ps|ns|µs|μs|us|ms|s)';
const ROW = new RegExp(`^(\\S.*?)\\s+${TIME}/iter\\s+(?:\\(${TIME} … ${TIME}\\))?`);
const RANGE = new RegExp(`^\\s+\\(\\s*${TIME} … \\s*${TIME}\\)`);
const HEAP = /^\s+\(\s*(\S+)\s+(b|kb|mb|gb|tb) …\s+(\S+)\s+(b|kb|mb|gb|tb)\)\s+(\S+)\s+(b|kb|mb|gb|tb)\b/;
const BYTES: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };

/**
 * mitata's default text output (1.x: `NAME  AVG/iter P75` with `(MIN … MAX) P99` and the heap line
 * below; 0.1.x: `NAME  AVG/iter  (MIN … MAX)  P75  P99  P999` on one line). The avg (ns) is the value,
 * min/max its range; a `• group` heading → param `group`; the heap line → metric `heap` (B). The
 * names are as printed, arguments substituted (`push 10`), where the JSON keeps `push $n` and params.
 */
export const mitataText: FormatAdapter = {
  name: 'mitata-text',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let group: string | undefined;
    let pendingGroup: string | undefined;
    let latest: BenchmarkResult | undefined;
    for (const line of lines(input.plainText)) {
      const text = line.text;
      if (/^•\s/.test(text)) pendingGroup = text.slice(1).trim();
      else if (/^-{10,}[\s-]*$/.test(text)) [group, pendingGroup] = [pendingGroup, undefined];
      const row = ROW.exec(text);
      if (row && !/^\s/.test(text) && !SIGNATURE.test(text)) {
        const [, name, avg, avgUnit, min, minUnit, max, maxUnit] = row as unknown as string[];
        latest = {
          benchmark: name!,
          params: group === undefined ? {} : { group },
          metric: METRIC.latency,
          unit: 'ns',
          value: ns(input, line, avg!, avgUnit!),
        };
        if (min !== undefined)
          Object.assign(latest, { min: ns(input, line, min, minUnit!), max: ns(input, line, max!, maxUnit!) });
        results.push(latest);
        continue;
      }
      const range = latest && latest.min === undefined ? RANGE.exec(text) : null;
      if (range)
        Object.assign(latest!, {
          min: ns(input, line, range[1]!, range[2]!),
          max: ns(input, line, range[3]!, range[4]!),
        });
      const heap = latest ? HEAP.exec(text) : null;
      if (heap) {
        const bytes = (at: number): number =>
          scaleDecimal(
            readDecimal(heap[at]!) ?? input.fail(`line ${line.number}`, 'a heap size'),
            BYTES[heap[at + 1]!]!,
          );
        const { benchmark, params } = latest!;
        results.push({ benchmark, params, metric: 'heap', unit: 'B', value: bytes(5), min: bytes(1), max: bytes(3) });
        latest = undefined;
      }
    }
    return results;
  },
};

function ns(input: Input, line: Line, value: string, unit: string): number {
  // mitata 0.1 groups thousands with an apostrophe (2'934 ns).
  const converted = convertTime(readDecimal(value.replaceAll("'", '')) ?? Number.NaN, unit);
  if (converted === undefined || Number.isNaN(converted))
    return input.fail(`line ${line.number}`, `a duration, found "${value} ${unit}"`);
  return converted;
}
