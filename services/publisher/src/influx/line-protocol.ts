/** InfluxDB line protocol (the same syntax for the v1 and v2 write APIs). */

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

export class LineProtocolError extends Error {
  override name = 'LineProtocolError';
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Serializes one point; throws LineProtocolError for anything InfluxDB would misread. */
export function toLineProtocol(point: Point): string {
  const measurement = escapeIdentifier(point.measurement, 'measurement', /[, ]/g);
  const tags = Object.entries(point.tags ?? {})
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `,${escapeIdentifier(key, 'tag key', /[,= ]/g)}=${escapeIdentifier(value, `tag ${key}`, /[,= ]/g)}`)
    .join('');
  const fieldEntries = Object.entries(point.fields);
  if (fieldEntries.length === 0) throw new LineProtocolError(`point in ${JSON.stringify(point.measurement)} has no fields`);
  const fields = fieldEntries
    .map(([key, value]) => `${escapeIdentifier(key, 'field key', /[,= ]/g)}=${formatFieldValue(key, value)}`)
    .join(',');
  return `${measurement}${tags} ${fields} ${formatTimestamp(point.timestamp)}`;
}

export function toLineProtocolBatch(points: readonly Point[]): string {
  return points.map(toLineProtocol).join('\n');
}

function escapeIdentifier(text: string, what: string, special: RegExp): string {
  if (text === '') throw new LineProtocolError(`${what} is empty`);
  rejectLineBreaks(text, what);
  // InfluxDB does not unescape `\\` in names and tags, so a backslash just before a character that
  // needs escaping (or at the end) cannot be written unambiguously.
  if (/\\([,= ]|$)/.test(text)) {
    throw new LineProtocolError(`${what} ${JSON.stringify(text)} has a backslash before a space, comma, equals sign or at the end, which line protocol cannot represent`);
  }
  return text.replace(special, '\\$&');
}

function rejectLineBreaks(text: string, what: string): void {
  if (/[\r\n]/.test(text)) throw new LineProtocolError(`${what} ${JSON.stringify(text)} contains a line break`);
}

function formatFieldValue(key: string, value: FieldValue): string {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new LineProtocolError(`field ${key} is ${value}; InfluxDB stores only finite floats`);
      return String(value);
    case 'bigint':
      if (value < INT64_MIN || value > INT64_MAX) throw new LineProtocolError(`field ${key} = ${value} does not fit a 64-bit integer`);
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
  const text = String(timestamp);
  if (!/^-?\d{1,19}$/.test(text) || BigInt(text) < INT64_MIN || BigInt(text) > INT64_MAX) {
    throw new LineProtocolError(`timestamp ${JSON.stringify(text)} is not a 64-bit integer of nanoseconds`);
  }
  return text;
}
