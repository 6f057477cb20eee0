import type { Input } from './input.ts';
import type { BenchmarkResult } from './model.ts';

export interface FormatAdapter {
  readonly name: string;
  /** Cheap and conservative: true only when the input has this format's signature. */
  detect(input: Input): boolean;
  /** Every result in the input; throws ResultsParseError for anything it cannot read. */
  parse(input: Input): BenchmarkResult[];
}
