import { ResultsParseError } from './errors.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value inside a parsed JSON document together with its JSON path, for precise errors. */
export class Json {
  readonly file: string;
  readonly value: unknown;
  readonly #parent: Json | undefined;
  readonly #key: string | number | undefined;

  constructor(file: string, value: unknown, parent?: Json, key?: string | number) {
    this.file = file;
    this.value = value;
    this.#parent = parent;
    this.#key = key;
  }

  /** The JSON path ("$.benchmarks[3].real_time"), built only when needed: walking a large document allocates no strings. */
  get path(): string {
    const segments: string[] = [];
    for (let node: Json = this; node.#parent !== undefined; node = node.#parent) {
      const key = node.#key!;
      segments.push(
        typeof key === 'number' ? `[${key}]` : IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`,
      );
    }
    return `$${segments.reverse().join('')}`;
  }

  fail(expected: string): never {
    throw new ResultsParseError(this.file, this.path, expected);
  }

  get(key: string): Json {
    const value = isObject(this.value) && Object.hasOwn(this.value, key) ? this.value[key] : undefined;
    return new Json(this.file, value, this, key);
  }

  /** Absent or null. */
  get missing(): boolean {
    return this.value === undefined || this.value === null;
  }

  object(): this {
    if (!isObject(this.value)) this.fail('an object');
    return this;
  }

  entries(): [string, Json][] {
    return Object.keys(this.object().value as Record<string, unknown>).map((key) => [key, this.get(key)]);
  }

  array(): Json[] {
    if (!Array.isArray(this.value)) this.fail('an array');
    return this.value.map((item, index) => new Json(this.file, item, this, index));
  }

  string(): string {
    if (typeof this.value !== 'string' || this.value === '') this.fail('a non-empty string');
    return this.value;
  }

  optionalString(): string | undefined {
    return this.missing ? undefined : this.string();
  }

  number(): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) this.fail('a finite number');
    return this.value;
  }

  optionalNumber(): number | undefined {
    return this.missing ? undefined : this.number();
  }

  numbers(): number[] {
    return this.array().map((item) => item.number());
  }

  /** A parameter value: strings as they are, numbers and booleans as JSON writes them, anything else as its JSON text. */
  paramValue(): string {
    if (typeof this.value === 'string') return this.value;
    if (this.value === undefined) this.fail('a parameter value');
    try {
      return JSON.stringify(this.value);
    } catch {
      return this.fail('a parameter value that is not nested too deeply');
    }
  }

  params(): Record<string, string> {
    const params: Record<string, string> = {};
    for (const [key, value] of this.entries()) params[key] = value.paramValue();
    return params;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
