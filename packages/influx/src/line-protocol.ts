/** InfluxDB line protocol (the same syntax for the v1 and v2 write APIs). */
import { BenchlineError } from '@benchline/core';

/** number → float, bigint → integer (`i` suffix), string → string, boolean → boolean. */
export type FieldValue = number | bigint | string | boolean;

export interface Point {
  measurement: string;
  /** Empty values are left out: line protocol has no empty tag values. */
  tags?: Readonly<Record<string, string>>;
  fields: Readonly<Record<string, FieldValue>>;
  /** Nanoseconds since the Unix epoch. */
  timestamp: bigint | string;
}

export class LineProtocolError extends BenchlineError {
  override name = 'LineProtocolError';
  constructor(message: string) {
    super('POINTS_INVALID', message);
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** Most names and values contain none of these, and then need neither escaping nor further checks. */
const PLAIN = /^[^,= \\\r\n]+$/;
const MEASUREMENT_SPECIAL = /[, ]/g;
const KEY_SPECIAL = /[,= ]/g;

/** Serializes one point; throws LineProtocolError for anything InfluxDB would misread. */
export function toLineProtocol(point: Point): string {
  let line = escapeIdentifier(point.measurement, 'measurement', MEASUREMENT_SPECIAL);
  if (point.tags) {
    const { tags } = point;
    for (const key of Object.keys(tags).sort()) {
      const value = tags[key]!;
      if (value !== '')
        line += `,${escapeIdentifier(key, 'tag key', KEY_SPECIAL)}=${escapeIdentifier(value, `tag ${key}`, KEY_SPECIAL)}`;
    }
  }
  let separator = ' ';
  for (const key of Object.keys(point.fields)) {
    line += `${separator}${escapeIdentifier(key, 'field key', KEY_SPECIAL)}=${formatFieldValue(key, point.fields[key]!)}`;
    separator = ',';
  }
  if (separator === ' ') throw new LineProtocolError(`point in ${JSON.stringify(point.measurement)} has no fields`);
  return `${line} ${formatTimestamp(point.timestamp)}`;
}

export function toLineProtocolBatch(points: readonly Point[]): string {
  return points.map(toLineProtocol).join('\n');
}

export interface LineProtocolBatch {
  /** `size` lines separated by newlines, UTF-8: one request body. */
  body: Buffer<ArrayBuffer>;
  size: number;
}

/**
 * Request bodies of at most `batchSize` points each, serialized only as they are consumed. Each line
 * is encoded straight into the body, so no batch-sized string is ever built.
 */
export function* toLineProtocolBatches(
  points: Iterable<Point>,
  batchSize: number,
): Generator<LineProtocolBatch, void, undefined> {
  let body = Buffer.allocUnsafe(64 * 1024);
  let length = 0;
  let size = 0;
  for (const point of points) {
    const line = toLineProtocol(point);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, plus the newline.
    const worstCaseLength = length + line.length * 3 + 1;
    if (worstCaseLength > body.length) body = grown(body, length, worstCaseLength);
    if (size > 0) body[length++] = 0x0a;
    length += body.write(line, length);
    if (++size === batchSize) {
      yield { body: body.subarray(0, length), size };
      // Not reused: a retry may still send the body just yielded while the next one fills.
      body = Buffer.allocUnsafe(body.length);
      length = 0;
      size = 0;
    }
  }
  if (size > 0) yield { body: body.subarray(0, length), size };
}

function grown(buffer: Buffer, used: number, needed: number): Buffer<ArrayBuffer> {
  const bigger = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  buffer.copy(bigger, 0, 0, used);
  return bigger;
}

/** Throws LineProtocolError unless `text` can be a tag key or value; `what` names it in the message. */
export function checkTagText(text: string, what: string): void {
  escapeIdentifier(text, what, KEY_SPECIAL);
}

function escapeIdentifier(text: string, what: string, special: RegExp): string {
  if (PLAIN.test(text)) return text;
  if (text === '') throw new LineProtocolError(`${what} is empty`);
  rejectLineBreaks(text, what);
  // InfluxDB does not unescape `\\` in names and tags, so a backslash just before a character that
  // needs escaping (or at the end) cannot be written unambiguously.
  if (/\\([,= ]|$)/.test(text)) {
    throw new LineProtocolError(
      `${what} ${JSON.stringify(text)} has a backslash before a space, comma, equals sign or at the end, which line protocol cannot represent`,
    );
  }
  return text.replace(special, '\\$&');
}

function rejectLineBreaks(text: string, what: string): void {
  if (/[\r\n]/.test(text)) throw new LineProtocolError(`${what} ${JSON.stringify(text)} contains a line break`);
}

function formatFieldValue(key: string, value: FieldValue): string {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value))
        throw new LineProtocolError(`field ${key} is ${value}; InfluxDB stores only finite floats`);
      return String(value);
    case 'bigint':
      if (value < INT64_MIN || value > INT64_MAX)
        throw new LineProtocolError(`field ${key} = ${value} does not fit a 64-bit integer`);
      return `${value}i`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      rejectLineBreaks(value, `field ${key}`);
      return `"${value.replace(/[\\"]/g, '\\$&')}"`;
    default:
      throw new LineProtocolError(`field ${key} has unsupported type ${typeof value}`);
  }
}

function formatTimestamp(timestamp: bigint | string): string {
  if (typeof timestamp === 'bigint' ? timestamp < INT64_MIN || timestamp > INT64_MAX : !isInt64Text(timestamp)) {
    throw new LineProtocolError(
      `timestamp ${JSON.stringify(String(timestamp))} is not a 64-bit integer of nanoseconds`,
    );
  }
  return String(timestamp);
}

function isInt64Text(text: string): boolean {
  return /^-?\d{1,19}$/.test(text) && BigInt(text) >= INT64_MIN && BigInt(text) <= INT64_MAX;
}
