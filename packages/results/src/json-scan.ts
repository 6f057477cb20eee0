/**
 * Finds where JSON values begin and end in UTF-8 bytes without building them. Inside a value
 * only strings (with their escapes) and bracket depth are tracked, iteratively, so no nesting
 * depth costs stack; JSON.parse checks the rest when a span is parsed.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Arrays are cut into batches of about this many bytes, each parsed on its own. */
export const BATCH_BYTES = 64 * 1024;

/** A value's bytes: [start, end). */
export interface Span {
  start: number;
  end: number;
  /** Present exactly when the value is an array: offsets of commas between its elements, about BATCH_BYTES apart. */
  cuts?: number[];
}

export interface Member extends Span {
  /** The key as it is written, quotes included. */
  key: { start: number; end: number };
}

/** A document's root value and, when it is an object, its members in order. */
export interface Structure {
  root: Span;
  kind: 'object' | 'array' | 'other';
  members: Member[];
}

export function skipWhitespace(bytes: Uint8Array, at: number): number {
  let i = at;
  for (; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) break;
  }
  return i;
}

/**
 * The end of the value starting at `start`, or -1 when the bytes end inside it or no value starts
 * there. For an array, `cuts` receives offsets of commas between its elements.
 */
export function valueEnd(bytes: Uint8Array, start: number, cuts?: number[]): number {
  const first = bytes[start];
  if (first === QUOTE) return stringEnd(bytes, start);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) return scalarEnd(bytes, start);
  const cutArray = cuts !== undefined && first === OPEN_ARRAY;
  let lastCut = start;
  let depth = 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end === -1) return -1;
      i = end - 1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth++;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (--depth === 0) return i + 1;
    } else if (byte === COMMA && depth === 1 && cutArray && i - lastCut >= BATCH_BYTES) {
      cuts.push(i);
      lastCut = i;
    }
  }
  return -1;
}

function stringEnd(bytes: Uint8Array, start: number): number {
  for (let i = start + 1; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) return i + 1;
    if (byte === BACKSLASH) i++;
  }
  return -1;
}

/** A number or literal runs up to the next delimiter; JSON.parse judges its text. */
function scalarEnd(bytes: Uint8Array, start: number): number {
  let i = start;
  for (; i < bytes.length; i++) {
    const byte = bytes[i];
    if (
      byte === COMMA ||
      byte === CLOSE_ARRAY ||
      byte === CLOSE_OBJECT ||
      byte === 0x20 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0x09
    )
      break;
  }
  return i === start ? -1 : i;
}

/** The structure of a whole document, or undefined when the bytes are not exactly one JSON value. */
export function scanStructure(bytes: Uint8Array): Structure | undefined {
  const start = skipWhitespace(bytes, 0);
  const kind = bytes[start] === OPEN_OBJECT ? 'object' : bytes[start] === OPEN_ARRAY ? 'array' : 'other';
  const members: Member[] = [];
  const root = kind === 'object' ? scanObject(bytes, start, members) : spanAt(bytes, start);
  if (root === undefined || skipWhitespace(bytes, root.end) !== bytes.length) return undefined;
  return { root, kind, members };
}

function spanAt(bytes: Uint8Array, start: number): Span | undefined {
  const cuts = bytes[start] === OPEN_ARRAY ? [] : undefined;
  const end = valueEnd(bytes, start, cuts);
  return end === -1 ? undefined : { start, end, cuts };
}

function scanObject(bytes: Uint8Array, start: number, members: Member[]): Span | undefined {
  let i = skipWhitespace(bytes, start + 1);
  if (bytes[i] === CLOSE_OBJECT) return { start, end: i + 1 };
  for (;;) {
    if (bytes[i] !== QUOTE) return undefined;
    const keyEnd = stringEnd(bytes, i);
    if (keyEnd === -1) return undefined;
    const colon = skipWhitespace(bytes, keyEnd);
    if (bytes[colon] !== COLON) return undefined;
    const value = spanAt(bytes, skipWhitespace(bytes, colon + 1));
    if (value === undefined) return undefined;
    members.push({ ...value, key: { start: i, end: keyEnd } });
    i = skipWhitespace(bytes, value.end);
    if (bytes[i] === CLOSE_OBJECT) return { start, end: i + 1 };
    if (bytes[i] !== COMMA) return undefined;
    i = skipWhitespace(bytes, i + 1);
  }
}

/** The span of an array's first element, or undefined when the array is empty or its first element is cut off. */
export function firstElement(bytes: Uint8Array, array: Span): Span | undefined {
  const start = skipWhitespace(bytes, array.start + 1);
  if (start >= array.end - 1) return undefined;
  const end = valueEnd(bytes, start);
  return end === -1 || end > array.end - 1 ? undefined : { start, end };
}

/** The byte ranges of an array's batches: each is a comma-separated run of its elements. */
export function batches(array: Span): { start: number; end: number }[] {
  const bounds = [array.start, ...(array.cuts ?? []), array.end - 1];
  return bounds.slice(1).map((end, index) => ({ start: bounds[index]! + 1, end }));
}
