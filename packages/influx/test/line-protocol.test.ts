import { describe, expect, it } from 'vitest';
import {
  LineProtocolError,
  toLineProtocol,
  toLineProtocolBatch,
  toLineProtocolBatches,
  type Point,
} from '../src/line-protocol.ts';

const point = (overrides: Partial<Point>): Point => ({
  measurement: 'm',
  fields: { v: 1 },
  timestamp: 1n,
  ...overrides,
});

describe('toLineProtocol', () => {
  it('writes measurement, sorted tags, fields and timestamp', () => {
    expect(
      toLineProtocol({
        measurement: 'cpu',
        tags: { z: '1', a: '2' },
        fields: { value: 1.5, n: 3n, ok: true, s: 'x' },
        timestamp: 1700000000000000000n,
      }),
    ).toBe('cpu,a=2,z=1 value=1.5,n=3i,ok=true,s="x" 1700000000000000000');
  });

  it('escapes commas and spaces in the measurement but leaves = alone', () => {
    expect(toLineProtocol(point({ measurement: 'my m,x=y' }))).toBe('my\\ m\\,x=y v=1 1');
  });

  it('escapes commas, equals signs and spaces in tag keys, tag values and field keys', () => {
    expect(toLineProtocol(point({ tags: { 'k ey,=': 'v al,=ue' }, fields: { 'f ,=': 2 } }))).toBe(
      'm,k\\ ey\\,\\==v\\ al\\,\\=ue f\\ \\,\\==2 1',
    );
  });

  it('escapes quotes and backslashes inside string fields', () => {
    expect(toLineProtocol(point({ fields: { s: 'say "hi" C:\\dir\\' } }))).toBe('m s="say \\"hi\\" C:\\\\dir\\\\" 1');
  });

  it('keeps a backslash in a tag as is where InfluxDB reads it literally', () => {
    expect(toLineProtocol(point({ tags: { path: 'C:\\x\\y' } }))).toBe('m,path=C:\\x\\y v=1 1');
  });

  it.each([
    ['at the end of a tag value', { tags: { k: 'trail\\' } }],
    ['before a space in a tag value', { tags: { k: 'a\\ b' } }],
    ['before a comma in the measurement', { measurement: 'a\\,b' }],
  ])('rejects a backslash %s', (_, overrides) => {
    expect(() => toLineProtocol(point(overrides))).toThrow(/backslash/);
  });

  it.each([
    ['measurement', { measurement: 'a\nb' }],
    ['tag value', { tags: { k: 'a\r\nb' } }],
    ['string field', { fields: { s: 'line1\nline2' } }],
  ])('rejects a line break in the %s', (_, overrides) => {
    expect(() => toLineProtocol(point(overrides))).toThrow(/line break/);
  });

  it('leaves out tags with empty values and rejects empty keys', () => {
    expect(toLineProtocol(point({ tags: { unit: '', k: 'v' } }))).toBe('m,k=v v=1 1');
    expect(() => toLineProtocol(point({ tags: { '': 'v' } }))).toThrow(/tag key is empty/);
    expect(() => toLineProtocol(point({ measurement: '' }))).toThrow(/measurement is empty/);
  });

  it('writes integral numbers as floats and bigints as integers', () => {
    expect(toLineProtocol(point({ fields: { f: 5, i: 5n, big: 1e21, tiny: -1.5e-7 } }))).toBe(
      'm f=5,i=5i,big=1e+21,tiny=-1.5e-7 1',
    );
  });

  it('rejects non-finite floats, out-of-range integers and a point without fields', () => {
    expect(() => toLineProtocol(point({ fields: { v: Number.NaN } }))).toThrow(LineProtocolError);
    expect(() => toLineProtocol(point({ fields: { v: Number.POSITIVE_INFINITY } }))).toThrow(/finite/);
    expect(() => toLineProtocol(point({ fields: { v: 2n ** 63n } }))).toThrow(/64-bit/);
    expect(() => toLineProtocol(point({ fields: {} }))).toThrow(/no fields/);
  });

  it('accepts timestamps as bigint or digit strings and rejects anything else', () => {
    expect(toLineProtocol(point({ timestamp: '1700000000000000123' }))).toBe('m v=1 1700000000000000123');
    expect(() => toLineProtocol(point({ timestamp: '1.5' }))).toThrow(/timestamp/);
    expect(() => toLineProtocol(point({ timestamp: 2n ** 64n }))).toThrow(/timestamp/);
  });

  it('joins a batch with newlines', () => {
    expect(toLineProtocolBatch([point({}), point({ timestamp: 2n })])).toBe('m v=1 1\nm v=1 2');
  });
});

describe('toLineProtocolBatches', () => {
  it('makes UTF-8 bodies of at most batchSize lines, pulling only the points of the batch asked for', () => {
    let pulled = 0;
    const points = (function* () {
      for (const [i, unit] of ['µs', 'ms', '⏱', 's', 'ns'].entries()) {
        pulled++;
        yield point({ tags: { unit }, timestamp: BigInt(i) });
      }
    })();
    const batches = toLineProtocolBatches(points, 2);
    const first = batches.next().value!;
    expect(pulled).toBe(2);
    expect(first.size).toBe(2);
    expect(first.body.toString('utf8')).toBe('m,unit=µs v=1 0\nm,unit=ms v=1 1');
    expect([...batches].map((batch) => [batch.size, batch.body.toString('utf8')])).toEqual([
      [2, 'm,unit=⏱ v=1 2\nm,unit=s v=1 3'],
      [1, 'm,unit=ns v=1 4'],
    ]);
  });

  it('grows a body past its first buffer without losing bytes, and makes none for no points', () => {
    const long = 'ü'.repeat(50_000);
    const [batch] = toLineProtocolBatches([point({ fields: { s: long } }), point({ fields: { s: long } })], 10);
    expect(batch!.body.toString('utf8')).toBe(`m s="${long}" 1\nm s="${long}" 1`);
    expect([...toLineProtocolBatches([], 10)]).toEqual([]);
  });
});
