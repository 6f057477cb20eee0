import { describe, expect, it } from 'vitest';
import { benchmarkPoints, MEASUREMENT, runTimestampNs, type BenchmarkPublication } from '../src/influx/points.ts';

const publication = (overrides: Partial<BenchmarkPublication> = {}): BenchmarkPublication => ({
  runId: 'run-1',
  suite: 'ipfs',
  benchmark: 'add',
  minion: 'm1',
  ref: 'main',
  commit: 'abc123',
  cid: 'QmBundle',
  requestedAtMs: 1_700_000_000_000,
  runParameters: { size: '1MB', transport: 'tcp' },
  results: [{ benchmark: 'add-file', params: { transport: 'ws' }, metric: 'duration', unit: 'ms', value: 12, stddev: 0.5, iterations: 10, samples: [11, 12, 13] }],
  ...overrides,
});

describe('runTimestampNs', () => {
  it('is the request millisecond in ns plus an offset below 1 ms', () => {
    const ts = runTimestampNs('run-1', 1_700_000_000_000);
    expect(ts / 1_000_000n).toBe(1_700_000_000_000n);
  });

  it('is stable for a run id and differs between runs requested in the same millisecond', () => {
    expect(runTimestampNs('run-1', 5)).toBe(runTimestampNs('run-1', 5));
    expect(runTimestampNs('run-1', 5)).not.toBe(runTimestampNs('run-2', 5));
  });

  it('rejects a fractional or negative request time', () => {
    expect(() => runTimestampNs('r', 1.5)).toThrow(/requestedAtMs/);
    expect(() => runTimestampNs('r', -1)).toThrow(/requestedAtMs/);
  });
});

describe('benchmarkPoints', () => {
  it('maps a result to the documented tags and fields; result params override run params', () => {
    const [point] = benchmarkPoints(publication());
    expect(point).toEqual({
      measurement: MEASUREMENT,
      tags: { suite: 'ipfs', benchmark: 'add', case: 'add-file', metric: 'duration', unit: 'ms', minion: 'm1', ref: 'main', param_size: '1MB', param_transport: 'ws' },
      fields: { value: 12, stddev: 0.5, iterations: 10n, samples: 3n, run_id: 'run-1', commit: 'abc123', cid: 'QmBundle' },
      timestamp: runTimestampNs('run-1', 1_700_000_000_000),
    });
  });

  it('writes every optional statistic that is present, under its snake_case name', () => {
    const [point] = benchmarkPoints(publication({ results: [{ benchmark: 'c', params: {}, metric: 'ops', unit: 'ops/s', value: 1, min: 0.5, max: 2, median: 1.1, ciLower: 0.9, ciUpper: 1.2, ciLevel: 0.95 }] }));
    expect(point!.fields).toMatchObject({ min: 0.5, max: 2, median: 1.1, ci_lower: 0.9, ci_upper: 1.2, ci_level: 0.95 });
    expect(point!.fields).not.toHaveProperty('stddev');
  });

  it('gives results with identical tags distinct, deterministic timestamps', () => {
    const result = { benchmark: 'c', params: {}, metric: 'ops', unit: 'ops/s', value: 1 };
    const points = benchmarkPoints(publication({ results: [result, { ...result, value: 2 }, { ...result, metric: 'other' }] }));
    const base = runTimestampNs('run-1', 1_700_000_000_000);
    expect(points.map((p) => p.timestamp)).toEqual([base, base + 1n, base]);
  });

  it('rejects values InfluxDB cannot store, naming the result', () => {
    expect(() => benchmarkPoints(publication({ results: [{ benchmark: 'c', params: {}, metric: 'ops', unit: '', value: Number.NaN }] }))).toThrow(/add\/c ops: value is NaN/);
    expect(() => benchmarkPoints(publication({ results: [{ benchmark: 'c', params: {}, metric: 'ops', unit: '', value: 1, iterations: 2.5 }] }))).toThrow(/iterations must be a non-negative integer/);
  });
});
