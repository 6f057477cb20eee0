import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/line-splitter.ts';
import { TailBuffer } from '../src/tail-buffer.ts';

function split(chunks: Buffer[], maxLineChars?: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line), maxLineChars);
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

describe('LineSplitter', () => {
  it('joins lines split across chunks, strips CR and keeps empty lines', () => {
    expect(split([Buffer.from('a'), Buffer.from('b\r\n\nc'), Buffer.from('d\n')])).toEqual(['ab', '', 'cd']);
  });

  it('emits a last line without newline at the end', () => {
    expect(split([Buffer.from('x\ny')])).toEqual(['x', 'y']);
  });

  it('decodes a multi-byte character split between chunks', () => {
    const bytes = Buffer.from('é€\n');
    expect(split([bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)])).toEqual(['é€']);
  });

  it('cuts an endless line into pieces of the maximum length', () => {
    expect(split([Buffer.from('abcdefg'), Buffer.from('h\n')], 3)).toEqual(['abc', 'def', 'gh']);
  });
});

describe('TailBuffer', () => {
  it('keeps everything below the limit', () => {
    const tail = new TailBuffer(10);
    tail.push(Buffer.from('abc'));
    tail.push(Buffer.from('def'));
    expect(tail.toString()).toBe('abcdef');
    expect(tail.totalBytes).toBe(6);
  });

  it('keeps only the last bytes and says how many were dropped', () => {
    const tail = new TailBuffer(4);
    tail.push(Buffer.from('abc'));
    tail.push(Buffer.from('defgh'));
    expect(tail.toString()).toBe('[benchline: first 4 bytes dropped, last 4 kept]\nefgh');
    expect(tail.totalBytes).toBe(8);
  });
});
