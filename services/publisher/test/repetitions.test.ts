import type { BenchmarkResult } from '@benchline/results';
import { describe, expect, it } from 'vitest';
import { mergeRepetitions, type ParsedFile } from '../src/repetitions.ts';

const result = (value: number, benchmark = 'add', params: Record<string, string> = {}): BenchmarkResult => ({
  benchmark,
  params,
  metric: 'duration',
  unit: 'ms',
  value,
});
const file = (benchmark: string, repetition: number, results: BenchmarkResult[], error?: string): ParsedFile => ({
  benchmark,
  repetition,
  format: 'benchline',
  points: results.length,
  results,
  ...(error && { error }),
});

describe('mergeRepetitions', () => {
  it('keeps a benchmark that ran once as its file parsed', () => {
    const once = file('b', 0, [{ ...result(3), samples: [2, 3, 4], stddev: 1 }]);
    expect(mergeRepetitions([once])).toEqual([{ ...once, results: once.results }]);
  });

  it("turns one benchmark's repetitions into one result per series: the mean, the values as samples", () => {
    const merged = mergeRepetitions([
      file('b', 2, [result(12, 'add', { size: '1KB' }), result(100, 'fetch')]),
      file('other', 0, [result(1)]),
      file('b', 1, [result(10, 'add', { size: '1KB' }), result(110, 'fetch')]),
      file('b', 3, [result(14, 'add', { size: '1KB' }), result(90, 'fetch')]),
    ]);
    expect(merged.map((outcome) => [outcome.benchmark, outcome.points])).toEqual([
      ['b', 2],
      ['other', 1],
    ]);
    const [add, fetch] = merged[0]!.results;
    expect(add).toEqual({
      ...result(12, 'add', { size: '1KB' }),
      stddev: 2,
      min: 10,
      max: 14,
      median: 12,
      samples: [10, 12, 14],
    });
    expect(fetch).toMatchObject({ benchmark: 'fetch', value: 100, samples: [110, 100, 90] });
  });

  it('leaves out a repetition whose file did not parse and keeps its error', () => {
    const [merged] = mergeRepetitions([
      file('b', 1, [result(10)]),
      file('b', 2, [], 'line 1: not JSON'),
      file('b', 3, [result(20)]),
    ]);
    expect(merged).toMatchObject({ benchmark: 'b', points: 1, error: 'repetition 2: line 1: not JSON' });
    expect(merged!.results[0]).toMatchObject({ value: 15, samples: [10, 20] });
  });
});
