import { describe, expect, it } from 'vitest';
import { decodeSampleValues, encodeSampleValues, MAX_SAMPLE_VALUES } from '../src/sample-values.ts';

describe("sample_values: a result's samples as one string field", () => {
  it('round-trips every double exactly, and stays far below the 64 KiB string limit at the cap', () => {
    const samples = [0.1 + 0.2, -1.2345678901234567e-100, 1.7976931348623157e308, 5e-324, 12, 1e21];
    expect(decodeSampleValues(encodeSampleValues(samples))).toEqual(samples);
    const longest = encodeSampleValues(Array.from({ length: MAX_SAMPLE_VALUES }, () => -1.2345678901234567e-100))!;
    expect(longest.length).toBeLessThan(5_000);
  });

  it('leaves out fewer than 2, more than the cap, and non-finite samples rather than cutting them', () => {
    expect(encodeSampleValues([1])).toBeUndefined();
    expect(encodeSampleValues(Array.from({ length: MAX_SAMPLE_VALUES + 1 }, (_, i) => i))).toBeUndefined();
    expect(encodeSampleValues([1, Number.NaN])).toBeUndefined();
    expect(encodeSampleValues(Array.from({ length: MAX_SAMPLE_VALUES }, (_, i) => i))).toBeDefined();
  });

  it('reads nothing from an absent, empty or damaged field', () => {
    for (const field of [undefined, null, 3, '', '1', '1,,2', '1,x', '1,Infinity'])
      expect(decodeSampleValues(field)).toBeUndefined();
  });
});
