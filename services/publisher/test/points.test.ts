import { describe, expect, it } from 'vitest';
import { LineProtocolError, toLineProtocol } from '@benchline/influx';
import { MAX_SAMPLE_VALUES, RESULTS_MEASUREMENT } from '@benchline/influx';
import {
  benchmarkPoints,
  checkPublications,
  publicationPoints,
  runTimestampNs,
  type BenchmarkPublication,
} from '../src/influx/points.ts';

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
  results: [
    {
      benchmark: 'add-file',
      params: { transport: 'ws' },
      metric: 'duration',
      unit: 'ms',
      value: 12,
      stddev: 0.5,
      iterations: 10,
      samples: [11, 12, 13],
    },
  ],
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
      measurement: RESULTS_MEASUREMENT,
      tags: {
        suite: 'ipfs',
        benchmark: 'add',
        case: 'add-file',
        metric: 'duration',
        unit: 'ms',
        minion: 'm1',
        ref: 'main',
        param_size: '1MB',
        param_transport: 'ws',
      },
      fields: {
        value: 12,
        stddev: 0.5,
        iterations: 10n,
        samples: 3n,
        sample_values: '11,12,13',
        run_id: 'run-1',
        commit: 'abc123',
        cid: 'QmBundle',
      },
      timestamp: runTimestampNs('run-1', 1_700_000_000_000),
    });
  });

  it('writes up to MAX_SAMPLE_VALUES samples as sample_values; beyond, only their count', () => {
    const pointWith = (samples: number[]) =>
      benchmarkPoints(
        publication({ results: [{ benchmark: 'c', params: {}, metric: 'd', unit: 'ms', value: 1, samples }] }),
      )[0]!;
    const most = Array.from({ length: MAX_SAMPLE_VALUES }, (_, i) => i + 0.5);
    expect(pointWith(most).fields.sample_values).toBe(most.join(','));
    const tooMany = pointWith([...most, 1]).fields;
    expect(tooMany.samples).toBe(BigInt(MAX_SAMPLE_VALUES + 1));
    expect(tooMany).not.toHaveProperty('sample_values');
  });

  it('writes every optional statistic that is present, under its snake_case name', () => {
    const [point] = benchmarkPoints(
      publication({
        results: [
          {
            benchmark: 'c',
            params: {},
            metric: 'ops',
            unit: 'ops/s',
            value: 1,
            min: 0.5,
            max: 2,
            median: 1.1,
            ciLower: 0.9,
            ciUpper: 1.2,
            ciLevel: 0.95,
          },
        ],
      }),
    );
    expect(point!.fields).toMatchObject({
      min: 0.5,
      max: 2,
      median: 1.1,
      ci_lower: 0.9,
      ci_upper: 1.2,
      ci_level: 0.95,
    });
    expect(point!.fields).not.toHaveProperty('stddev');
  });

  it('gives results with identical tags distinct, deterministic timestamps', () => {
    const result = { benchmark: 'c', params: {}, metric: 'ops', unit: 'ops/s', value: 1 };
    const points = benchmarkPoints(
      publication({ results: [result, { ...result, value: 2 }, { ...result, metric: 'other' }] }),
    );
    const base = runTimestampNs('run-1', 1_700_000_000_000);
    expect(points.map((p) => p.timestamp)).toEqual([base, base + 1n, base]);
  });

  it('rejects values InfluxDB cannot store, naming the result', () => {
    expect(() =>
      benchmarkPoints(
        publication({ results: [{ benchmark: 'c', params: {}, metric: 'ops', unit: '', value: Number.NaN }] }),
      ),
    ).toThrow(/add\/c ops: value is NaN/);
    expect(() =>
      benchmarkPoints(
        publication({ results: [{ benchmark: 'c', params: {}, metric: 'ops', unit: '', value: 1, iterations: 2.5 }] }),
      ),
    ).toThrow(/iterations must be a non-negative integer/);
  });

  it('counts repeats per series as InfluxDB sees it: a param equal to the run’s, or empty, is the same tags', () => {
    const result = { benchmark: 'c', metric: 'ops', unit: 'ops/s', value: 1 };
    const points = benchmarkPoints(
      publication({
        runParameters: { size: '1MB' },
        results: [
          { ...result, params: {} },
          { ...result, params: { size: '1MB' } },
          { ...result, params: { extra: '' } },
          { ...result, params: { size: '' } },
          { ...result, params: { size: '4MB', a: 'x' } },
          { ...result, params: { a: 'x', size: '4MB' } },
        ],
      }),
    );
    const base = runTimestampNs('run-1', 1_700_000_000_000);
    expect(points.map((p) => p.timestamp)).toEqual([base, base + 1n, base + 2n, base, base, base + 1n]);
    const tagsOf = (index: number) => toLineProtocol(points[index]!).split(' ')[0];
    expect(new Set([tagsOf(0), tagsOf(1), tagsOf(2)]).size).toBe(1);
    expect(tagsOf(3)).not.toContain('param_size');
    expect(tagsOf(4)).toBe(tagsOf(5));
  });

  it('rejects, while building, a tag or string field that line protocol cannot carry', () => {
    const result = { benchmark: 'c', params: {}, metric: 'ops', unit: 'ops/s', value: 1 };
    expect(() => benchmarkPoints(publication({ results: [{ ...result, metric: 'a\nb' }] }))).toThrow(LineProtocolError);
    expect(() => benchmarkPoints(publication({ results: [{ ...result, params: { 'x\r': 'v' } }] }))).toThrow(
      /tag key "param_x\\r" contains a line break/,
    );
    expect(() => benchmarkPoints(publication({ results: [{ ...result, unit: 'trail\\' }] }))).toThrow(/backslash/);
    expect(() => benchmarkPoints(publication({ commit: 'abc\n' }))).toThrow(/field commit/);
    expect(() => benchmarkPoints(publication({ runParameters: { p: 'a\nb' } }))).toThrow(/tag param_p/);
    expect(benchmarkPoints(publication({ commit: 'abc\n', results: [] }))).toEqual([]);
  });
});

describe('publicationPoints', () => {
  it('yields every publication’s points in order, building each only when asked for it', () => {
    const result = (name: string) => ({ benchmark: name, params: {}, metric: 'ops', unit: 'ops/s', value: 1 });
    const read: number[] = [];
    const results = [result('a'), result('b'), result('c')].map(
      (r, index) =>
        new Proxy(r, {
          get: (target, key) => {
            read.push(index);
            return Reflect.get(target, key);
          },
        }),
    );
    const points = publicationPoints([
      publication({ results: results.slice(0, 2) }),
      publication({ benchmark: 'other', results: results.slice(2) }),
    ]);
    expect(points.next().value?.tags).toMatchObject({ benchmark: 'add', case: 'a' });
    expect(new Set(read)).toEqual(new Set([0]));
    expect([...points].map((p) => `${p.tags?.benchmark}/${p.tags?.case}`)).toEqual(['add/b', 'other/c']);
  });

  it('is checked whole by checkPublications, which finds a bad last result', () => {
    const good = { benchmark: 'c', params: {}, metric: 'ops', unit: 'ops/s', value: 1 };
    expect(() => checkPublications([publication({ results: [good] })])).not.toThrow();
    expect(() =>
      checkPublications([
        publication({ results: [good] }),
        publication({ results: [good, { ...good, value: Number.POSITIVE_INFINITY }] }),
      ]),
    ).toThrow(/value is Infinity/);
  });
});
