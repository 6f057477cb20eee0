import { describe, expect, it } from 'vitest';
import { benchmarkPoints, type BenchmarkPublication } from '../src/influx/points.ts';

const publication = (overrides: Partial<BenchmarkPublication> = {}): BenchmarkPublication => ({
  runId: 'bisect-1',
  suite: 's',
  benchmark: 'b',
  minion: 'm1',
  ref: 'abc',
  commit: 'abc',
  cid: 'Qm',
  requestedAtMs: 1,
  runParameters: {},
  results: [{ benchmark: 'c', params: {}, metric: 'duration', unit: 'ms', value: 1 }],
  ...overrides,
});

describe('the purpose of a confirmation or bisection run', () => {
  it('is a field of its points, so the analyzer leaves them out of the history', () => {
    expect(benchmarkPoints(publication({ purpose: 'bisection' }))[0]!.fields).toMatchObject({
      purpose: 'bisection',
      run_id: 'bisect-1',
    });
  });

  it('is no field at all on a normal run', () => {
    expect(benchmarkPoints(publication())[0]!.fields).not.toHaveProperty('purpose');
  });
});
