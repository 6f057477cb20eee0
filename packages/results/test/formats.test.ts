import { describe, expect, it } from 'vitest';
import { detectFormat, parseResults, type BenchmarkResult } from '../src/index.ts';
import { fixturePath, fixtures, readFixture } from './fixtures.ts';

function parse(path: string): BenchmarkResult[] {
  return parseResults(readFixture(path), { file: fixturePath(path) }).results;
}

function find(results: BenchmarkResult[], benchmark: string, metric: string, params?: Record<string, string>): BenchmarkResult {
  const found = results.filter(
    (r) => r.benchmark === benchmark && r.metric === metric && (!params || Object.entries(params).every(([k, v]) => r.params[k] === v)),
  );
  expect(found, `${benchmark} ${metric} ${JSON.stringify(params)}`).toHaveLength(1);
  return found[0]!;
}

describe('auto-detection', () => {
  it.each(fixtures)('detects $path as $format', ({ format, path }) => {
    expect(detectFormat(readFixture(path), fixturePath(path))).toBe(format);
    expect(parseResults(readFixture(path), { file: fixturePath(path) }).format).toBe(format);
  });
});

describe('benchline', () => {
  it('reads names, params, metrics (implied by the unit when absent) and dispersion', () => {
    const results = parse('benchline/example.json');
    expect(results).toHaveLength(3);
    expect(find(results, 'unixFsAdd', 'latency')).toEqual({
      benchmark: 'unixFsAdd',
      params: { file_set: 'OneMBFile', strategy: 'balanced' },
      metric: 'latency',
      unit: 'ms',
      value: 12.5,
      stddev: 0.8,
      min: 11.9,
      max: 14.1,
      samples: [11.9, 12.2, 12.4, 14.1],
      iterations: 4,
    });
    expect(find(results, 'unixFsAdd', 'throughput')).toMatchObject({ unit: 'MB/s', value: 80.1 });
    expect(find(results, 'peerTransfer', 'bytes_per_op')).toMatchObject({ params: {}, ciLower: 4000, ciUpper: 4200, ciLevel: 0.95 });
  });
});

describe('ipfs-benchmarks', () => {
  it('reads the runner schema: duration {s, ms} in ms, warmup and file_set as params, cpu and memory', () => {
    const results = parse('ipfs-benchmarks/runner-schema.json');
    const params = { warmup: 'Off', file_set: 'OneMBFile' };
    expect(find(results, 'unixFsAdd_balanced', 'latency', params)).toEqual({ benchmark: 'unixFsAdd_balanced', params, metric: 'latency', unit: 'ms', value: 0.774275 });
    expect(find(results, 'unixFsAdd_balanced', 'cpu', params)).toMatchObject({ unit: '%', value: 33 });
    expect(find(results, 'unixFsAdd_balanced', 'memory', params)).toMatchObject({ unit: 'B', value: 500703232 });
    expect(results.filter((r) => r.metric === 'latency').map((r) => r.params.file_set)).toEqual(['OneKBFile', 'OneMBFile']);
  });

  it('reads the older top-level s/ms shape from the ipfs/benchmarks repository', () => {
    const results = parse('ipfs-benchmarks/results13.json');
    expect(results.filter((r) => r.metric === 'latency').map((r) => [r.benchmark, r.value])).toEqual([
      ['unixFS:extract:smallfile:emptyRepo', 5.535413],
      ['unixFS:extract:largefile:emptyRepo', 8.948391],
      ['unixFS:extract:smallfile', 1.521408],
      ['unixFS:extract:largefile', 8.551215],
    ]);
    expect(find(results, 'unixFS:extract:largefile', 'memory')).toMatchObject({ unit: 'B', value: 17074257920 });
  });
});

describe('hyperfine', () => {
  it('reads mean, dispersion, run times and parameters in seconds', () => {
    const results = parse('hyperfine/hyperfine-params.json');
    expect(find(results, 'sleep 0.01', 'latency')).toEqual({
      benchmark: 'sleep 0.01',
      params: { delay: '1' },
      metric: 'latency',
      unit: 's',
      value: 0.01111953486,
      stddev: 5.406298724913368e-5,
      median: 0.01111396046,
      min: 0.011058558460000001,
      max: 0.01117908746,
      samples: [0.01116978346, 0.01117908746, 0.01107628446, 0.011058558460000001, 0.01111396046],
    });
    expect(find(results, 'sleep 0.01', 'cpu_user')).toMatchObject({ unit: 's', value: 0.0010547199999999999 });
    expect(find(parse('hyperfine/hyperfine.json'), 'true', 'latency')).toMatchObject({ params: {}, value: 0.0006733024999999999 });
  });
});

describe('google-benchmark', () => {
  const results = parse('google-benchmark/google-benchmark.json');

  it('folds repetitions and their aggregates into one result with samples', () => {
    const sort = find(results, 'BM_Sort', 'latency', { size: '64' });
    expect(sort).toEqual({
      benchmark: 'BM_Sort',
      params: { size: '64', repeats: '3' },
      metric: 'latency',
      unit: 'ns',
      value: 93.21400526706543,
      median: 90.75296876178491,
      stddev: 4.859437699830932,
      min: 90.07741815707755,
      max: 98.81162888233385,
      samples: [90.75296876178491, 90.07741815707755, 98.81162888233385],
      iterations: 3 * 145431,
    });
    expect(results.some((r) => r.benchmark.endsWith('_mean') || r.benchmark.includes('_cv'))).toBe(false);
    expect(find(results, 'BM_Sort', 'items', { size: '64' })).toMatchObject({ value: 687998809.0116476, unit: '1' });
  });

  it('parses positional and named arguments, time units and rate counters', () => {
    expect(find(results, 'BM_StringCopy', 'latency', { arg0: '8' })).toMatchObject({ unit: 'ns', value: 2.1158949827835234, iterations: 6702939 });
    expect(find(results, 'BM_StringCopy', 'cpu_time', { arg0: '8' })).toMatchObject({ value: 2.1159449608597063 });
    expect(find(results, 'BM_StringCopy', 'throughput', { arg0: '8' })).toMatchObject({ unit: 'B/s', value: 3780816679.064094 });
    expect(find(results, 'BM_Vec', 'latency', { rows: '8', cols: '16' })).toMatchObject({ unit: 'us', value: 0.00844041391055503 });
  });

  it('reports the complexity fit of the family', () => {
    expect(find(results, 'BM_SortComplexity', 'big_o_coefficient')).toMatchObject({ params: { big_o: 'NlgN' }, unit: 'ns' });
    expect(find(results, 'BM_SortComplexity', 'big_o_rms').value).toBeCloseTo(0.00931169860175472);
  });

  it('reads files holding only aggregates', () => {
    const only = parse('google-benchmark/google-benchmark-aggregates-only.json');
    expect(find(only, 'BM_Vec', 'latency', { rows: '8' })).toEqual({
      benchmark: 'BM_Vec',
      params: { rows: '8', cols: '16' },
      metric: 'latency',
      unit: 'us',
      value: 0.009022512487596489,
      median: 0.009022512487596489,
      stddev: 0.0005143137092071512,
    });
  });
});

describe('go-test', () => {
  it('combines -count runs into one result (median) with name params, procs and pkg', () => {
    const results = parse('go-test/go-bench.txt');
    expect(results).toHaveLength(14);
    const params = { n: '10', procs: '2', pkg: 'example.com/fxbench' };
    expect(find(results, 'BenchmarkSort', 'latency', { n: '10' })).toEqual({
      benchmark: 'BenchmarkSort',
      params,
      metric: 'latency',
      unit: 'ns',
      value: 181.1,
      median: 181.1,
      min: 179.5,
      max: 222.3,
      stddev: expect.closeTo(24.2619, 3),
      samples: [222.3, 179.5, 181.1],
      iterations: 6000,
    });
    expect(find(results, 'BenchmarkSort', 'bytes_per_op', { n: '1000' })).toMatchObject({ unit: 'B/op', value: 8216 });
    expect(find(results, 'BenchmarkSort', 'allocs_per_op', { n: '1000' })).toMatchObject({ unit: 'allocs/op', value: 2 });
    expect(find(results, 'BenchmarkSha256', 'throughput')).toMatchObject({ unit: 'MB/s', value: 610.53, samples: [610.74, 610.53, 456.12] });
    expect(find(results, 'BenchmarkMap/insert', 'keys/op')).toMatchObject({ params: { size: '64', procs: '2' }, unit: 'keys/op', value: 64 });
  });

  it('reads the same output wrapped in go test -json events, even when a line is split across events', () => {
    const results = parse('go-test/go-test-json.jsonl');
    expect(find(results, 'BenchmarkSort', 'latency', { n: '1000' })).toMatchObject({ samples: [5888, 5139], value: 5513.5, iterations: 2000 });
    expect(find(results, 'BenchmarkMap/insert', 'latency')).toMatchObject({ params: { size: '64', procs: '2', pkg: 'example.com/fxbench' }, samples: [4643, 4078] });
  });
});

describe('pytest-benchmark', () => {
  it('reads stats in seconds, params and groups', () => {
    const results = parse('pytest-benchmark/pytest-benchmark.json');
    expect(find(results, 'test_b.py::test_build', 'latency', { kind: 'list', size: '10' })).toMatchObject({
      unit: 's',
      value: 5.164285669577242e-7,
      median: 4.510000053414842e-7,
      iterations: 7,
      samples: [7.209999921542476e-7, 4.510000053414842e-7, 4.510000053414842e-7, 3.300000344097498e-7, 3.200000264769187e-7, 4.809999154531397e-7, 8.609999895270448e-7],
    });
    expect(find(results, 'test_b.py::TestGroup::test_sorted', 'latency').params).toEqual({ group: 'sorting' });
    expect(find(results, 'test_b.py::test_fib', 'latency').params).toEqual({});
  });
});

describe('catch2-xml', () => {
  it('reads the mean with its confidence interval and the standard deviation in ns', () => {
    const results = parse('catch2-xml/catch2-v2.xml');
    expect(results.map((r) => r.benchmark)).toEqual(['fib 10', 'fib 15', 'push_back 1000']);
    expect(find(results, 'fib 10', 'latency')).toEqual({
      benchmark: 'fib 10',
      params: { test_case: 'Fibonacci' },
      metric: 'latency',
      unit: 'ns',
      value: 31.6278,
      ciLower: 31.575,
      ciUpper: 31.8189,
      ciLevel: 0.95,
      stddev: 0.204805,
      iterations: 20 * 702,
    });
  });
});

describe('criterion', () => {
  it('reads estimates.json, naming the benchmark from its path', () => {
    expect(parse('criterion/target/criterion/sum/iter/1000/new/estimates.json')).toEqual([
      {
        benchmark: 'sum/iter',
        params: { parameter: '1000' },
        metric: 'latency',
        unit: 'ns',
        value: 237.65701568792227,
        ciLower: 232.06279447013216,
        ciUpper: 248.20413271162414,
        ciLevel: 0.95,
        stddev: 9.783773200378882,
        median: 231.97113928004373,
      },
    ]);
    expect(parse('criterion/target/criterion/fib 15/new/estimates.json')[0]).toMatchObject({ benchmark: 'fib 15', params: {}, value: 1340.5294371736295 });
  });

  it('reads the bencher text output: median and standard deviation', () => {
    const results = parse('criterion-bencher/criterion-bencher.txt');
    expect(results).toEqual([
      { benchmark: 'fib 15', params: {}, metric: 'latency', unit: 'ns', value: 1182, median: 1182, stddev: 142 },
      { benchmark: 'sum/iter', params: { parameter: '100' }, metric: 'latency', unit: 'ns', value: 16, median: 16, stddev: 0 },
      { benchmark: 'sum/iter', params: { parameter: '1000' }, metric: 'latency', unit: 'ns', value: 231, median: 231, stddev: 9 },
    ]);
  });
});

describe('rust-libtest', () => {
  it('reads the median, the max-min range and MB/s', () => {
    const results = parse('rust-libtest/rust-libtest.txt');
    expect(find(results, 'bench_sort_10k', 'latency')).toEqual({ benchmark: 'bench_sort_10k', params: {}, metric: 'latency', unit: 'ns', value: 3506.45, median: 3506.45 });
    expect(find(results, 'bench_sort_10k', 'latency_range')).toMatchObject({ unit: 'ns', value: 118.26 });
    expect(find(results, 'bench_sort_10k', 'throughput')).toMatchObject({ unit: 'MB/s', value: 11409 });
    expect(find(results, 'nested::bench_noop', 'latency').value).toBe(0.24);
    expect(results.filter((r) => r.metric === 'latency')).toHaveLength(4);
  });
});

describe('benchmark-js', () => {
  it('reads ops/sec with its 95% margin of error', () => {
    const results = parse('benchmark-js/benchmark-js.txt');
    expect(results.map((r) => r.benchmark)).toEqual(['RegExp#test', 'String#indexOf', 'Array#includes (size=100)', 'slow path']);
    expect(find(results, 'RegExp#test', 'throughput')).toEqual({
      benchmark: 'RegExp#test',
      params: {},
      metric: 'throughput',
      unit: 'ops/s',
      value: 96362080,
      ciLower: 96362080 / 1.022,
      ciUpper: 96362080 / 0.978,
      ciLevel: 0.95,
    });
    expect(find(results, 'String#indexOf', 'throughput').value).toBe(1615797140);
  });
});

describe('tinybench', () => {
  it('reads latency (ms) and throughput (ops/s) statistics of each task', () => {
    const results = parse('tinybench/tinybench.json');
    expect(results).toHaveLength(6);
    expect(find(results, 'push 100', 'latency')).toEqual({
      benchmark: 'push 100',
      params: {},
      metric: 'latency',
      unit: 'ms',
      value: 0.0004701522331923695,
      stddev: 0.0013282016185545663,
      min: 0.0002910000000611035,
      max: 0.17827599999998256,
      median: 0.000431000000048698,
      ciLower: 0.0004701522331923695 - 1.2621928350964693e-5,
      ciUpper: 0.0004701522331923695 + 1.2621928350964693e-5,
      ciLevel: 0.95,
      iterations: 42540,
    });
    expect(find(results, 'push 100', 'throughput')).toMatchObject({ unit: 'ops/s', value: 2290660.8482122766 });
  });
});

describe('mitata', () => {
  it('reads each run in ns with its arguments and group as params', () => {
    const results = parse('mitata/mitata.json');
    expect(find(results, 'push $n', 'latency', { n: '100' })).toMatchObject({
      params: { n: '100', group: 'arrays' },
      unit: 'ns',
      value: 585.8262040879991,
      median: 567.125732421875,
    });
    expect(find(results, 'push $n', 'heap', { n: '100' })).toMatchObject({ unit: 'B', value: 2351.9714940599174 });
    expect(find(results, 'noop', 'latency').params).toEqual({});
  });
});

describe('jmh', () => {
  it('reads the primary metric with its 99.9% interval, percentiles and raw data', () => {
    expect(parse('jmh/jmh-params.json')).toEqual([
      {
        benchmark: 'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere',
        params: { paramA: '17', paramB: '33', threads: '1' },
        metric: 'throughput',
        unit: 'ops/s',
        value: 3.3762388731228185e9,
        ciLower: 3.3619508873788824e9,
        ciUpper: 3.3905268588667545e9,
        ciLevel: 0.999,
        min: 3.375353964729294e9,
        median: 3.37651988895058e9,
        max: 3.376842765688582e9,
        samples: [3.376842765688582e9, 3.37651988895058e9, 3.375353964729294e9],
      },
    ]);
  });

  it('leaves out "NaN" statistics and reads secondary metrics', () => {
    const results = parse('jmh/jmh-golden-excerpt.json');
    const primary = find(results, 'benchmark_1', 'throughput');
    expect(primary).toMatchObject({ value: 439, unit: 'ops/ms', samples: [439] });
    expect(primary.ciLower).toBeUndefined();
    expect(primary.params).toMatchObject({ param1: '[value1]', param4: '"value4"', threads: '900' });
    expect(find(results, 'benchmark_1', 'secondary2')).toMatchObject({ value: 367, unit: 'ops/ms' });
  });
});

describe('benchmarkdotnet', () => {
  it('reads statistics in ns, samples, the job, and the memory metrics', () => {
    const results = parse('benchmarkdotnet/benchmarkdotnet-fantomas.json');
    const name = 'Fantomas.Benchmarks.CodePrinterTest.Format';
    expect(find(results, name, 'latency')).toEqual({
      benchmark: name,
      params: { job: '(IterationCount=5, RunStrategy=ColdStart)' },
      metric: 'latency',
      unit: 'ns',
      value: 47470178082.2,
      stddev: 1320344603.1604276,
      min: 46011386499,
      max: 49461322073,
      median: 46951833349,
      ciLower: 42386001152.38773,
      ciUpper: 52554355012.01226,
      ciLevel: 0.999,
      samples: [48016226159, 46011386499, 46951833349, 46910122331, 49461322073],
      iterations: 5,
    });
    expect(find(results, name, 'bytes_per_op')).toMatchObject({ unit: 'B/op', value: 23405419512 });
    expect(find(results, name, 'Gen0Collects')).toMatchObject({ unit: 'Count', value: 5272000 });
  });

  it('accepts the bare NaN BenchmarkDotNet writes and leaves those statistics out', () => {
    const results = parse('benchmarkdotnet/bdn-full-approved.json');
    expect(results.map((r) => r.benchmark)).toEqual(['BenchmarkDotNet.Tests.Mocks.MockBenchmarkClass.Foo', 'BenchmarkDotNet.Tests.Mocks.MockBenchmarkClass.Bar']);
    expect(results[0]).toMatchObject({ value: 1, params: { job: 'LongRun(LaunchCount=3, TargetCount=100, WarmupCount=15)' }, samples: [1] });
    expect(results[0]!.ciLower).toBeUndefined();
  });
});
