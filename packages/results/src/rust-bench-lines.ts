import type { Input } from './input.ts';
import { mapJsonLines } from './json-lines.ts';
import { lines } from './lines.ts';
import { METRIC } from './model.ts';
import { readDecimal } from './numbers.ts';
import { metricOfUnit } from './units.ts';

/**
 * One `test NAME ... bench: N ns/iter (+/- D)[ = M MB/s]` line, the format libtest and Criterion's
 * bencher output share. Custom measurements print other units (`cycles/iter`, `MS/s`): a per-iteration
 * unit keeps its name as metric (`cycles`), a rate is throughput.
 */
export interface RustBenchLine {
  name: string;
  value: number;
  metric: string;
  unit: string;
  deviation: number;
  mbPerSecond: number | undefined;
}

const BENCH = /^test (.+?)\s+\.\.\. bench:\s+([\d,.]+) (\S+) \(\+\/- ([\d,.]+)\)(?: = ([\d,.]+) MB\/s)?\s*$/;
const MARKER = /^test .+ \.\.\. bench:/;
const RUN_START = /^running \d+ tests?$/;
const RUN_END = /^test result: /;
const JSON_EVENT = /^\s*\{\s*"type"\s*:\s*"(?:suite|test|bench)"/;

/** Which tool printed the bench lines: libtest prints them inside its test runs, Criterion's bencher output outside any. */
export function rustBenchFlavour(text: string): 'libtest' | 'bencher' | undefined {
  if (JSON_EVENT.test(text.slice(0, 200))) return 'libtest';
  if (!/^test .+ \.\.\. bench: +[\d,.]+ \S+ \(\+\/-/m.test(text)) return undefined;
  let inLibtestRun = false;
  for (const line of lines(text)) {
    if (RUN_START.test(line.text)) inLibtestRun = true;
    else if (RUN_END.test(line.text)) inLibtestRun = false;
    else if (inLibtestRun && MARKER.test(line.text)) return 'libtest';
  }
  return 'bencher';
}

export function rustBenchLines(input: Input): RustBenchLine[] {
  if (JSON_EVENT.test(input.head(200))) return libtestJsonLines(input);
  const found: RustBenchLine[] = [];
  for (const line of lines(input.plainText)) {
    if (MARKER.test(line.text)) {
      const match = BENCH.exec(line.text);
      const expected = 'test NAME ... bench: N ns/iter (+/- D)';
      if (!match) input.fail(`line ${line.number}`, expected);
      const number = (text: string | undefined): number =>
        readDecimal(text ?? '') ?? input.fail(`line ${line.number}`, expected);
      found.push({
        name: match[1]!,
        value: number(match[2]),
        ...measureOf(match[3]!),
        deviation: number(match[4]),
        mbPerSecond: match[5] === undefined ? undefined : number(match[5]),
      });
    }
  }
  return found;
}

/**
 * libtest's JSON lines (`cargo bench -- -Z unstable-options --format json`): the `bench` events;
 * other events and lines are skipped.
 */
function libtestJsonLines(input: Input): RustBenchLine[] {
  return mapJsonLines(input, 'a libtest JSON event', (event) => {
    if (event.object().get('type').value !== 'bench') return [];
    const mbPerSecond = event.get('mib_per_second').optionalNumber();
    const name = event.get('name').string();
    const value = event.get('median').number();
    return [{ name, value, ...measureOf('ns/iter'), deviation: event.get('deviation').number(), mbPerSecond }];
  });
}

/** `ns/iter` → latency in ns; `X/iter` → metric X in X; a rate (`MS/s`) → throughput. */
function measureOf(printed: string): { metric: string; unit: string } {
  if (printed === 'ns/iter') return { metric: METRIC.latency, unit: 'ns' };
  const unit = printed.endsWith('/iter') ? printed.slice(0, -'/iter'.length) : printed;
  return { metric: metricOfUnit(unit) ?? unit, unit };
}
