import { Buffer } from 'node:buffer';
import { ResultsParseError } from './errors.ts';
import { JsonDocument } from './json-document.ts';
import { scanStructure } from './json-scan.ts';
import { locateSyntaxError, type JsonOptions } from './json-text.ts';
import { lineColumn } from './lines.ts';

/** ANSI escape sequences: CSI (colours, cursor moves), OSC (terminated by BEL or ST) and two-byte escapes. */
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/**
 * A results file being parsed. Its bytes are decoded only as far as a format needs: text formats
 * read the whole text, JSON formats a document scanned once and parsed piece by piece.
 */
export class Input {
  readonly file: string;
  /** The file's bytes, without a UTF-8 byte order mark. */
  readonly bytes: Buffer;
  #text: string | undefined;
  #plainText: string | undefined;
  /** null: the bytes are not one JSON value. */
  #document: JsonDocument | null | undefined;
  #readAsJson = false;

  constructor(data: Uint8Array | string, file: string) {
    this.file = file;
    if (typeof data === 'string') {
      this.#text = data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
      this.bytes = Buffer.from(this.#text);
    } else {
      const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      this.bytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    }
  }

  get text(): string {
    this.#text ??= this.decode(0, this.bytes.length);
    return this.#text;
  }

  /** The text without ANSI escape sequences: what a terminal shows of output captured with its colours. */
  get plainText(): string {
    this.#plainText ??= this.text.includes('\u001b') ? this.text.replace(ANSI, '') : this.text;
    return this.#plainText;
  }

  /** The text of the first `length` bytes, for signatures that need no more. */
  head(length: number): string {
    return this.decode(0, Math.min(length, this.bytes.length));
  }

  decode(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }

  fail(position: string, expected: string): never {
    throw new ResultsParseError(this.file, position, expected);
  }

  /** The file as one JSON document, read with `options`; a syntax error names its line and column. */
  json(options: JsonOptions = {}): JsonDocument {
    const document = this.jsonOrNothing() ?? this.syntaxError(options);
    document.useOptions(options);
    this.#readAsJson = true;
    return document;
  }

  /** The file as one JSON document, or undefined when it is not one (for detection). */
  jsonOrNothing(): JsonDocument | undefined {
    if (this.#document === undefined) {
      const structure = scanStructure(this.bytes);
      this.#document = (structure && JsonDocument.of(this, structure)) ?? null;
    }
    return this.#document ?? undefined;
  }

  /** When the file was read as JSON, parses what its adapter did not read, so no syntax error goes unnoticed. */
  checkRest(): void {
    if (this.#readAsJson) this.#document?.checkUnread();
  }

  /** Fails with the first syntax error of the whole text: only called once the file is known to have one. */
  syntaxError(options: JsonOptions): never {
    const { offset, expected } = locateSyntaxError(this.text, options.allowNonFinite === true);
    const { line, column } = lineColumn(this.text, offset);
    return this.fail(`line ${line} column ${column}`, expected);
  }
}
