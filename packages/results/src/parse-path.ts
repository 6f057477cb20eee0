import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ResultsParseError } from './errors.ts';
import { withBenchmarkJson } from './formats/criterion.ts';
import { Input } from './input.ts';
import type { ParsedResults } from './model.ts';
import { parseResults } from './parse.ts';

const ESTIMATES = /(?:^|[\\/])new[\\/]estimates\.json$/;

/**
 * Parses a results file, or a Criterion.rs target directory (`target/criterion` or any directory
 * above it): every `…/new/estimates.json` under it, named by the `benchmark.json` beside it
 * (or else by its path). Rejects with the file system's error when the path cannot be read,
 * and with ResultsParseError when what it holds cannot be parsed.
 */
export async function parseResultsPath(path: string, options: { format?: string } = {}): Promise<ParsedResults> {
  if (!(await stat(path)).isDirectory()) {
    const data = await readFile(path);
    return parseResults(data, options.format === undefined ? { file: path } : { file: path, format: options.format });
  }
  if (options.format !== undefined && options.format !== 'criterion') {
    throw new ResultsParseError(path, 'directory', `a file: only criterion reads a directory, not ${options.format}`);
  }
  const found = (await readdir(path, { recursive: true })).filter((entry) => ESTIMATES.test(entry)).sort();
  if (found.length === 0)
    throw new ResultsParseError(path, 'directory', 'a Criterion.rs target directory with */new/estimates.json files');
  const results = [];
  for (const entry of found) {
    const file = join(path, entry);
    const [result] = parseResults(await readFile(file), { file, format: 'criterion' }).results;
    const beside = join(file, '..', 'benchmark.json');
    const info = await readFile(beside).catch(() => undefined);
    results.push(...(info === undefined ? [result!] : withBenchmarkJson(new Input(info, beside), result!)));
  }
  return { format: 'criterion', results };
}
