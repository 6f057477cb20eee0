import { ResultsParseError } from './errors.ts';
import type { Input } from './input.ts';
import { Json } from './json.ts';
import { lines } from './lines.ts';

/**
 * The JSON objects of a JSON-lines text (one event per line), each handed to `read` as a Json; lines
 * that do not start with `{` are skipped. A line that is not JSON fails as `line N`; a value `read`
 * cannot use fails as `line N $.path`.
 */
export function mapJsonLines<T>(input: Input, expected: string, read: (event: Json) => T[]): T[] {
  const found: T[] = [];
  for (const line of lines(input.plainText)) {
    if (!line.text.trimStart().startsWith('{')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch {
      input.fail(`line ${line.number}`, expected);
    }
    try {
      found.push(...read(new Json(input.file, value)));
    } catch (error) {
      if (!(error instanceof ResultsParseError)) throw error;
      input.fail(`line ${line.number} ${error.position}`, error.expected);
    }
  }
  return found;
}
