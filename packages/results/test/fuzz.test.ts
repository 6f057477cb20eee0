import { describe, expect, it } from 'vitest';
import { parseResults, ResultsParseError } from '../src/index.ts';
import { fixturePath, fixtures, readFixture } from './fixtures.ts';

const TRUNCATIONS = 80;
const MUTATIONS = 220;
const INTERESTING = Buffer.from('{}[]",:\n<>/-.09xN eE\\&=');

/** mulberry32: a small seeded PRNG, so every run feeds the same inputs. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(data: Buffer, random: () => number): Buffer {
  const at = Math.floor(random() * data.length);
  const byte = random() < 0.6 ? INTERESTING[Math.floor(random() * INTERESTING.length)]! : Math.floor(random() * 256);
  switch (Math.floor(random() * 4)) {
    case 0:
      return Buffer.concat([data.subarray(0, at), Buffer.of(byte), data.subarray(at + 1)]);
    case 1:
      return Buffer.concat([data.subarray(0, at), Buffer.of(byte), data.subarray(at)]);
    case 2:
      return Buffer.concat([data.subarray(0, at), data.subarray(at + 1 + Math.floor(random() * 16))]);
    default: {
      const from = Math.floor(random() * data.length);
      return Buffer.concat([data.subarray(0, at), data.subarray(from, from + 64), data.subarray(at)]);
    }
  }
}

/** Parses (detected and forced format) and checks the outcome is results with finite values or a clean ResultsParseError. */
function expectCleanOutcome(data: Buffer, file: string, format: string): void {
  for (const options of [{ file }, { file, format }]) {
    try {
      const { results } = parseResults(data, options);
      for (const result of results) expect(Number.isFinite(result.value)).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(ResultsParseError);
      expect((error as ResultsParseError).cause, (error as Error).message).toBeUndefined();
      expect((error as ResultsParseError).position).not.toBe('');
    }
  }
}

describe('truncated and mutated fixtures only ever parse or fail with ResultsParseError', () => {
  it.each(fixtures.map((fixture, index) => ({ ...fixture, index })))('$path', ({ format, path, index }) => {
    const data = readFixture(path);
    const file = fixturePath(path);
    for (let i = 1; i <= TRUNCATIONS; i++)
      expectCleanOutcome(data.subarray(0, Math.floor((data.length * i) / (TRUNCATIONS + 1))), file, format);
    const random = prng(0x5eed + index);
    for (let i = 0; i < MUTATIONS; i++) {
      let mutated = mutate(data, random);
      if (random() < 0.3) mutated = mutate(mutated, random);
      expectCleanOutcome(mutated, file, format);
    }
  });
});
