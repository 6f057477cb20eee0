import { ResultsParseError } from './errors.ts';
import { lineColumn } from './lines.ts';
import { parseJsonText, type JsonOptions } from './json-text.ts';

const NOT_JSON = Symbol('not json');

/** A results file being parsed: decoded once, its JSON parsed at most once and shared by detection and parsing. */
export class Input {
  readonly file: string;
  readonly text: string;
  #json: unknown = undefined;
  #jsonError: ResultsParseError | undefined;
  #jsonParsed = false;

  constructor(data: Uint8Array | string, file: string) {
    this.file = file;
    const text = typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: false }).decode(data);
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  fail(position: string, expected: string): never {
    throw new ResultsParseError(this.file, position, expected);
  }

  /** The whole text as one JSON document; a syntax error names its line and column. */
  json(options: JsonOptions = {}): unknown {
    if (options.allowNonFinite) return this.#parse(options);
    if (!this.#jsonParsed) {
      this.#jsonParsed = true;
      try {
        this.#json = this.#parse(options);
      } catch (error) {
        if (!(error instanceof ResultsParseError)) throw error;
        this.#jsonError = error;
      }
    }
    if (this.#jsonError) throw this.#jsonError;
    return this.#json;
  }

  /** The parsed JSON document, or a marker when the text is not one (for detection). */
  jsonOrNothing(): unknown {
    try {
      return this.json();
    } catch {
      return NOT_JSON;
    }
  }

  #parse(options: JsonOptions): unknown {
    const result = parseJsonText(this.text, options);
    if (result.ok) return result.value;
    const { line, column } = lineColumn(this.text, result.offset);
    return this.fail(`line ${line} column ${column}`, result.expected);
  }
}
