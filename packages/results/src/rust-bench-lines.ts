import type { Input } from './input.ts';
import { lines } from './lines.ts';
import { readDecimal } from './numbers.ts';

/** One `test NAME ... bench: N ns/iter (+/- D)[ = M MB/s]` line, the format libtest and Criterion's bencher output share. */
export interface RustBenchLine {
  name: string;
  nsPerIter: number;
  deviation: number;
  mbPerSecond: number | undefined;
}

const BENCH = /^test (.+?)\s+\.\.\. bench:\s+([\d,.]+) ns\/iter \(\+\/- ([\d,.]+)\)(?: = ([\d,.]+) MB\/s)?\s*$/;
const MARKER = /^test .+ \.\.\. bench:/;
const RUN_START = /^running \d+ tests?$/;
const RUN_END = /^test result: /;

/** Which tool printed the bench lines: libtest prints them inside its test runs, Criterion's bencher output outside any. */
export function rustBenchFlavour(text: string): 'libtest' | 'bencher' | undefined {
  if (!/^test .+ \.\.\. bench: +[\d,.]+ ns\/iter/m.test(text)) return undefined;
  let inLibtestRun = false;
  for (const line of lines(text)) {
    if (RUN_START.test(line.text)) inLibtestRun = true;
    else if (RUN_END.test(line.text)) inLibtestRun = false;
    else if (inLibtestRun && MARKER.test(line.text)) return 'libtest';
  }
  return 'bencher';
}

export function rustBenchLines(input: Input): RustBenchLine[] {
  const found: RustBenchLine[] = [];
  for (const line of lines(input.text)) {
    if (MARKER.test(line.text)) {
      const match = BENCH.exec(line.text);
      const expected = 'test NAME ... bench: N ns/iter (+/- D)';
      if (!match) input.fail(`line ${line.number}`, expected);
      const number = (text: string | undefined): number => readDecimal(text ?? '') ?? input.fail(`line ${line.number}`, expected);
      found.push({
        name: match[1]!,
        nsPerIter: number(match[2]),
        deviation: number(match[3]),
        mbPerSecond: match[4] === undefined ? undefined : number(match[4]),
      });
    }
  }
  return found;
}
