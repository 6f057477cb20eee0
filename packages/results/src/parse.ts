import type { FormatAdapter } from './adapter.ts';
import { ResultsParseError } from './errors.ts';
import { adapters } from './formats/index.ts';
import { Input } from './input.ts';
import type { BenchmarkResult, ParsedResults } from './model.ts';

export const formatNames: readonly string[] = adapters.map((adapter) => adapter.name);

/** Bumped whenever a change to any adapter can change the results parsed from the same file. */
export const PARSER_VERSION = '1.1.0';

export function detectFormat(data: Uint8Array | string, file: string): string | undefined {
  return detect(new Input(data, file))?.name;
}

/** Parses a results file; throws ResultsParseError and nothing else. */
export function parseResults(data: Uint8Array | string, options: { file: string; format?: string }): ParsedResults {
  try {
    const input = new Input(data, options.file);
    const adapter = options.format === undefined ? detect(input) : adapters.find((a) => a.name === options.format);
    if (!adapter) {
      if (options.format === undefined && /^\s*[[{]/.test(input.head(100))) input.json().checkUnread();
      const expected =
        options.format === undefined ? 'a results file in one of the formats' : 'a known format name, one of';
      return input.fail(options.format === undefined ? 'line 1' : '--format', `${expected}: ${formatNames.join(', ')}`);
    }
    const results = adapter.parse(input);
    input.checkRest();
    return { format: adapter.name, results: checked(input, results) };
  } catch (error) {
    if (error instanceof ResultsParseError) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ResultsParseError(options.file, 'unknown', `input the parser can handle (${reason})`, { cause: error });
  }
}

function detect(input: Input): FormatAdapter | undefined {
  return adapters.find((adapter) => adapter.detect(input));
}

function checked(input: Input, results: BenchmarkResult[]): BenchmarkResult[] {
  results.forEach((result, index) => {
    if (!Number.isFinite(result.value))
      input.fail(`result ${index + 1} (${result.benchmark})`, 'a finite central value');
  });
  return results;
}
