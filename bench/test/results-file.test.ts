import { describe, expect, it } from 'vitest';
import { parseResults } from '@benchline/results';
import { benchlineResults, HUNDRED_THOUSAND, measurementCount } from '../lib/results-file.ts';

describe('benchlineResults', () => {
  it('writes a valid benchline file with exactly the announced measurements and series', () => {
    const shape = { cases: 3, sizes: ['1KB', '1MB'], repeats: 4 };
    const { format, results } = parseResults(benchlineResults(shape), { file: 'results' });
    expect(format).toBe('benchline');
    expect(results).toHaveLength(measurementCount(shape));
    expect(new Set(results.map((result) => `${result.benchmark} ${result.params.size}`)).size).toBe(6);
    expect(results.every((result) => result.metric === 'latency' && result.unit === 'ms' && result.value > 0)).toBe(
      true,
    );
  });

  it('is sized for 100 000 measurements', () => {
    expect(measurementCount(HUNDRED_THOUSAND)).toBe(100_000);
  });
});
