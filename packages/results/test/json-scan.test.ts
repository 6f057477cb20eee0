import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, batches, firstElement, scanStructure, valueEnd, type Span } from '../src/json-scan.ts';

const bytes = (text: string) => Buffer.from(text);
const text = (source: Buffer, span: { start: number; end: number }) => source.toString('utf8', span.start, span.end);

describe('valueEnd', () => {
  it.each([
    ['"plain" rest', '"plain"'],
    ['"escaped \\" quote and \\\\" rest', '"escaped \\" quote and \\\\"'],
    ['"brackets ] } [ { inside" ]', '"brackets ] } [ { inside"'],
    ['{"a": [1, {"b": "]"}], "c": "}"} , 2', '{"a": [1, {"b": "]"}], "c": "}"}'],
    ['[[], {}, [[[]]]]]', '[[], {}, [[[]]]]'],
    ['-12.5e3, 4', '-12.5e3'],
    ['true]', 'true'],
    ['null', 'null'],
    ['"héllo ✓ 😀 \\u00e9 ]"]', '"héllo ✓ 😀 \\u00e9 ]"'],
  ])('finds the end of %s', (source, value) => {
    const data = bytes(source);
    expect(text(data, { start: 0, end: valueEnd(data, 0) })).toBe(value);
  });

  it.each(['"unterminated', '"ends in an escape\\"', '[1, [2, 3]', '{"a": "}"', '', ']', ','])(
    'is -1 for truncated or missing %j',
    (source) => {
      expect(valueEnd(bytes(source), 0)).toBe(-1);
    },
  );

  it('walks any depth without recursion', () => {
    const depth = 200_000;
    const data = bytes(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(valueEnd(data, 0)).toBe(data.length);
    expect(valueEnd(data.subarray(0, data.length - 1), 0)).toBe(-1);
  });
});

describe('scanStructure', () => {
  it('gives the members of an object root with their key and value spans', () => {
    const data = bytes(' {"a" : 1, "b\\"c": [1, "x,]"], "d":{"e": {}}}\n');
    const structure = scanStructure(data)!;
    expect(structure.kind).toBe('object');
    expect(structure.members.map((member) => [text(data, member.key), text(data, member)])).toEqual([
      ['"a"', '1'],
      ['"b\\"c"', '[1, "x,]"]'],
      ['"d"', '{"e": {}}'],
    ]);
    expect(structure.members.map((member) => member.cuts)).toEqual([undefined, [], undefined]);
    expect(text(data, structure.root)).toBe(data.toString().trim());
  });

  it('takes array and scalar roots whole', () => {
    expect(scanStructure(bytes('[1, 2]'))).toMatchObject({
      kind: 'array',
      root: { start: 0, end: 6, cuts: [] },
      members: [],
    });
    expect(scanStructure(bytes(' "s" '))).toMatchObject({ kind: 'other', root: { start: 1, end: 4 } });
    expect(scanStructure(bytes('{}'))).toMatchObject({ kind: 'object', members: [] });
  });

  it.each([
    ['trailing content', '{"a": 1} {"b": 2}'],
    ['a key without quotes', '{a: 1}'],
    ['a missing colon', '{"a" 1}'],
    ['a missing comma', '{"a": 1 "b": 2}'],
    ['a trailing comma', '{"a": 1,}'],
    ['a missing value', '{"a": }'],
    ['an unclosed object', '{"a": [1]'],
    ['nothing', '  '],
  ])('is undefined for %s', (_, source) => {
    expect(scanStructure(bytes(source))).toBeUndefined();
  });
});

describe('large arrays', () => {
  const element = (i: number) =>
    JSON.stringify({ name: `row ${i}, with ] and } and "quotes"`, values: [i, i + 0.5], nested: { deep: [[i]] } });
  const rows = Array.from({ length: 3000 }, (_, i) => element(i));
  const data = bytes(`{"before": 1, "rows": [\n${rows.join(',\n')}\n], "after": [2]}`);
  const array = scanStructure(data)!.members[1]!;

  it('are cut between elements about every BATCH_BYTES', () => {
    expect(array.cuts!.length).toBeGreaterThan(1);
    for (const cut of array.cuts!) expect(data[cut]).toBe(','.charCodeAt(0));
    const gaps = [array.start, ...array.cuts!].map((cut, i, all) => (all[i + 1] ?? array.end) - cut);
    expect(Math.min(...gaps.slice(0, -1))).toBeGreaterThanOrEqual(BATCH_BYTES);
  });

  it('read batch by batch, give every element once and in order', () => {
    const parsed = batches(array).flatMap((batch) => JSON.parse(`[${text(data, batch)}]`) as unknown[]);
    expect(parsed).toEqual(rows.map((row) => JSON.parse(row)));
  });

  it('give their first element on its own', () => {
    expect(text(data, firstElement(data, array)!)).toBe(rows[0]);
    const empty: Span = scanStructure(bytes('[ ]'))!.root;
    expect(firstElement(bytes('[ ]'), empty)).toBeUndefined();
  });
});
