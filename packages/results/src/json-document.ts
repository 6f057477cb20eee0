import type { JsonSource } from './json-source.ts';
import { Json } from './json.ts';
import { batches, firstElement, type Span, type Structure } from './json-scan.ts';
import { parseJson, type JsonOptions } from './json-text.ts';

const UNPARSABLE = Symbol('unparsable');

/**
 * A JSON document read lazily from its bytes: its top-level structure comes from one scan,
 * values are parsed only when asked for, and arrays are read in batches, so a large file
 * never has its whole tree in memory. The detection methods never throw; the reading methods
 * throw ResultsParseError, a syntax error naming its line and column.
 */
export class JsonDocument {
  readonly #input: JsonSource;
  readonly #structure: Structure;
  readonly #members: ReadonlyMap<string, Span>;
  readonly #root: Json;
  /** Spans already parsed in full: what checkUnread need not parse again. */
  readonly #read = new Set<Span>();
  #options: JsonOptions = {};

  private constructor(input: JsonSource, structure: Structure, members: ReadonlyMap<string, Span>) {
    this.#input = input;
    this.#structure = structure;
    this.#members = members;
    this.#root = new Json(input.file, undefined);
  }

  /** The document of a scanned structure, or undefined when one of its keys is not a valid string. */
  static of(input: JsonSource, structure: Structure): JsonDocument | undefined {
    const members = new Map<string, Span>();
    for (const member of structure.members) {
      const key = tryParse(input.decode(member.key.start, member.key.end), {});
      if (typeof key !== 'string') return undefined;
      members.set(key, member);
    }
    return new JsonDocument(input, structure, members);
  }

  /** From now on, read values (and check unread ones) with these options. */
  useOptions(options: JsonOptions): void {
    this.#options = options;
  }

  get isObject(): boolean {
    return this.#structure.kind === 'object';
  }

  keys(): string[] {
    return [...this.#members.keys()];
  }

  has(key: string): boolean {
    return this.#members.has(key);
  }

  /** Whether the root (no key) or a top-level member is an array. */
  isArray(key?: string): boolean {
    return this.#span(key)?.cuts !== undefined;
  }

  /** A top-level member's value; undefined when absent or not valid JSON. */
  member(key: string): unknown {
    const span = this.#members.get(key);
    if (span === undefined) return undefined;
    const value = tryParse(this.#decode(span), {});
    if (value === UNPARSABLE) return undefined;
    this.#read.add(span);
    return value;
  }

  /** The first element of the root array (no key) or of a top-level array member; undefined when there is none or it is not valid JSON. */
  firstElement(key?: string): unknown {
    const array = this.#span(key);
    const first = array?.cuts === undefined ? undefined : firstElement(this.#input.bytes, array);
    const value = first === undefined ? undefined : tryParse(this.#decode(first), {});
    return value === UNPARSABLE ? undefined : value;
  }

  /** These members of the root object, those present; undefined when the root is not an object. */
  pick(keys: readonly string[]): Record<string, unknown> | undefined {
    if (!this.isObject) return undefined;
    return Object.fromEntries(keys.filter((key) => this.has(key)).map((key) => [key, this.member(key)]));
  }

  object(): this {
    if (!this.isObject) this.#root.fail('an object');
    return this;
  }

  /** A top-level member, parsed whole. */
  get(key: string): Json {
    const span = this.#members.get(key);
    return new Json(this.#input.file, span === undefined ? undefined : this.#parse(span), this.#root, key);
  }

  /** The whole document, parsed at once: for documents that are small by nature. */
  root(): Json {
    return new Json(this.#input.file, this.#parse(this.#structure.root));
  }

  /** The elements of the root array (no key) or of a top-level array member, parsed a batch at a time. */
  *rows(key?: string): Generator<Json> {
    const array = this.#span(key);
    if (array?.cuts === undefined) return (key === undefined ? this.root() : this.get(key)).fail('an array');
    const parent = key === undefined ? this.#root : new Json(this.#input.file, undefined, this.#root, key);
    let index = 0;
    for (const items of this.#batches(array)) {
      for (const item of items) yield new Json(this.#input.file, item, parent, index++);
    }
    this.#read.add(array);
  }

  /** What `map` makes of each element (see rows), collected as the elements are read. */
  flatMapRows<T>(key: string | undefined, map: (row: Json) => T[]): T[] {
    const mapped: T[] = [];
    for (const row of this.rows(key)) mapped.push(...map(row));
    return mapped;
  }

  /** Parses every top-level value nothing has read, so a syntax error anywhere in the file is found. */
  checkUnread(): void {
    if (this.#read.has(this.#structure.root)) return;
    for (const span of this.isObject ? this.#structure.members : [this.#structure.root]) {
      if (this.#read.has(span)) continue;
      if (span.cuts === undefined) this.#parse(span);
      else for (const _ of this.#batches(span));
    }
  }

  #span(key: string | undefined): Span | undefined {
    return key === undefined ? this.#structure.root : this.#members.get(key);
  }

  #decode(span: { start: number; end: number }): string {
    return this.#input.decode(span.start, span.end);
  }

  #parse(span: Span): unknown {
    const value = this.#parseText(this.#decode(span));
    this.#read.add(span);
    return value;
  }

  *#batches(array: Span): Generator<unknown[]> {
    for (const batch of batches(array)) {
      const items = this.#parseText(`[${this.#decode(batch)}]`) as unknown[];
      // A batch boundary is a comma, so an empty batch means a stray comma.
      if (items.length === 0 && array.cuts!.length > 0) this.#input.syntaxError(this.#options);
      yield items;
    }
  }

  #parseText(text: string): unknown {
    const value = tryParse(text, this.#options);
    return value === UNPARSABLE ? this.#input.syntaxError(this.#options) : value;
  }
}

function tryParse(text: string, options: JsonOptions): unknown {
  try {
    return parseJson(text, options);
  } catch {
    return UNPARSABLE;
  }
}
