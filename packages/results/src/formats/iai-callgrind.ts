import type { FormatAdapter } from '../adapter.ts';
import { lines } from '../lines.ts';
import type { BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';

const COUNTER = /^\s+([A-Za-z][\w +./()-]*?):\s+([\d.]+|N\/A)(?:\|([\d.]+|N\/A))?(?:\s+\(.*\))?\s*$/;
const SIGNATURE = /^\S.*\r?\n\s+(?:Instructions|Ir):\s+\d+/m;

/**
 * iai-callgrind / Gungraun (and the original iai) terminal output: a line naming the benchmark
 * (`module::group::function id:args`), then indented callgrind counters `Label: NEW|OLD (change)`.
 * Each counter is a metric named after its label (`instructions`, `l1_hits`, `estimated_cycles`…),
 * unit `1`; the value is the current run's (before the `|`). `id:args` → params `id`, `args`.
 */
export const iaiCallgrind: FormatAdapter = {
  name: 'iai-callgrind',
  detect(input) {
    return SIGNATURE.test(input.plainText);
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    let header: { benchmark: string; params: Record<string, string> } | undefined;
    for (const line of lines(input.plainText)) {
      if (/^\S/.test(line.text)) {
        header = benchmarkOf(line.text.trim());
        continue;
      }
      const counter = COUNTER.exec(line.text);
      if (!counter || header === undefined || counter[2] === 'N/A') continue;
      const value = readDecimal(counter[2]!) ?? input.fail(`line ${line.number}`, 'a counter value');
      const metric = counter[1]!
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
      results.push({ ...header, metric, unit: '1', value });
    }
    return results;
  },
};

function benchmarkOf(text: string): { benchmark: string; params: Record<string, string> } {
  const space = text.indexOf(' ');
  if (space === -1) return { benchmark: text, params: {} };
  const id = text.slice(space + 1).trim();
  const colon = id.indexOf(':');
  return {
    benchmark: text.slice(0, space),
    params: colon === -1 ? { id } : { id: id.slice(0, colon), args: id.slice(colon + 1) },
  };
}
