import { describe, expect, it } from 'vitest';
import { detectFormat, parseResults, parseResultsPath, ResultsParseError, type BenchmarkResult } from '../src/index.ts';
import { fixturePath, fixtures, readFixture } from './fixtures.ts';

function parse(path: string): BenchmarkResult[] {
  return parseResults(readFixture(path), { file: fixturePath(path) }).results;
}

function find(
  results: BenchmarkResult[],
  benchmark: string,
  metric: string,
  params?: Record<string, string>,
): BenchmarkResult {
  const found = results.filter(
    (r) =>
      r.benchmark === benchmark &&
      r.metric === metric &&
      (!params || Object.entries(params).every(([k, v]) => r.params[k] === v)),
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
    expect(find(results, 'peerTransfer', 'bytes_per_op')).toMatchObject({
      params: {},
      ciLower: 4000,
      ciUpper: 4200,
      ciLevel: 0.95,
    });
  });
});

describe('ipfs-benchmarks', () => {
  it('reads the runner schema: duration {s, ms} in ms, warmup and file_set as params, cpu and memory', () => {
    const results = parse('ipfs-benchmarks/runner-schema.json');
    const params = { warmup: 'Off', file_set: 'OneMBFile' };
    expect(find(results, 'unixFsAdd_balanced', 'latency', params)).toEqual({
      benchmark: 'unixFsAdd_balanced',
      params,
      metric: 'latency',
      unit: 'ms',
      value: 0.774275,
    });
    expect(find(results, 'unixFsAdd_balanced', 'cpu', params)).toMatchObject({ unit: '%', value: 33 });
    expect(find(results, 'unixFsAdd_balanced', 'memory', params)).toMatchObject({ unit: 'B', value: 500703232 });
    expect(results.filter((r) => r.metric === 'latency').map((r) => r.params.file_set)).toEqual([
      'OneKBFile',
      'OneMBFile',
    ]);
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
    expect(find(parse('hyperfine/hyperfine.json'), 'true', 'latency')).toMatchObject({
      params: {},
      value: 0.0006733024999999999,
    });
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
    expect(find(results, 'BM_StringCopy', 'latency', { arg0: '8' })).toMatchObject({
      unit: 'ns',
      value: 2.1158949827835234,
      iterations: 6702939,
    });
    expect(find(results, 'BM_StringCopy', 'cpu_time', { arg0: '8' })).toMatchObject({ value: 2.1159449608597063 });
    expect(find(results, 'BM_StringCopy', 'throughput', { arg0: '8' })).toMatchObject({
      unit: 'B/s',
      value: 3780816679.064094,
    });
    expect(find(results, 'BM_Vec', 'latency', { rows: '8', cols: '16' })).toMatchObject({
      unit: 'us',
      value: 0.00844041391055503,
    });
  });

  it('reports the complexity fit of the family', () => {
    expect(find(results, 'BM_SortComplexity', 'big_o_coefficient')).toMatchObject({
      params: { big_o: 'NlgN' },
      unit: 'ns',
    });
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
    expect(find(results, 'BenchmarkSort', 'allocs_per_op', { n: '1000' })).toMatchObject({
      unit: 'allocs/op',
      value: 2,
    });
    expect(find(results, 'BenchmarkSha256', 'throughput')).toMatchObject({
      unit: 'MB/s',
      value: 610.53,
      samples: [610.74, 610.53, 456.12],
    });
    expect(find(results, 'BenchmarkMap/insert', 'keys/op')).toMatchObject({
      params: { size: '64', procs: '2' },
      unit: 'keys/op',
      value: 64,
    });
  });

  it('reads the same output wrapped in go test -json events, even when a line is split across events', () => {
    const results = parse('go-test/go-test-json.jsonl');
    expect(find(results, 'BenchmarkSort', 'latency', { n: '1000' })).toMatchObject({
      samples: [5888, 5139],
      value: 5513.5,
      iterations: 2000,
    });
    expect(find(results, 'BenchmarkMap/insert', 'latency')).toMatchObject({
      params: { size: '64', procs: '2', pkg: 'example.com/fxbench' },
      samples: [4643, 4078],
    });
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
      samples: [
        7.209999921542476e-7, 4.510000053414842e-7, 4.510000053414842e-7, 3.300000344097498e-7, 3.200000264769187e-7,
        4.809999154531397e-7, 8.609999895270448e-7,
      ],
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
    expect(parse('criterion/target/criterion/fib 15/new/estimates.json')[0]).toMatchObject({
      benchmark: 'fib 15',
      params: {},
      value: 1340.5294371736295,
    });
  });

  it('reads the bencher text output: median and standard deviation', () => {
    const results = parse('criterion-bencher/criterion-bencher.txt');
    expect(results).toEqual([
      { benchmark: 'fib 15', params: {}, metric: 'latency', unit: 'ns', value: 1182, median: 1182, stddev: 142 },
      {
        benchmark: 'sum/iter',
        params: { parameter: '100' },
        metric: 'latency',
        unit: 'ns',
        value: 16,
        median: 16,
        stddev: 0,
      },
      {
        benchmark: 'sum/iter',
        params: { parameter: '1000' },
        metric: 'latency',
        unit: 'ns',
        value: 231,
        median: 231,
        stddev: 9,
      },
    ]);
  });
});

describe('rust-libtest', () => {
  it('reads the median, the max-min range and MB/s', () => {
    const results = parse('rust-libtest/rust-libtest.txt');
    expect(find(results, 'bench_sort_10k', 'latency')).toEqual({
      benchmark: 'bench_sort_10k',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 3506.45,
      median: 3506.45,
    });
    expect(find(results, 'bench_sort_10k', 'latency_range')).toMatchObject({ unit: 'ns', value: 118.26 });
    expect(find(results, 'bench_sort_10k', 'throughput')).toMatchObject({ unit: 'MB/s', value: 11409 });
    expect(find(results, 'nested::bench_noop', 'latency').value).toBe(0.24);
    expect(results.filter((r) => r.metric === 'latency')).toHaveLength(4);
  });
});

describe('benchmark-js', () => {
  it('reads ops/sec with its 95% margin of error', () => {
    const results = parse('benchmark-js/benchmark-js.txt');
    expect(results.map((r) => r.benchmark)).toEqual([
      'RegExp#test',
      'String#indexOf',
      'Array#includes (size=100)',
      'slow path',
    ]);
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
    expect(results.map((r) => r.benchmark)).toEqual([
      'BenchmarkDotNet.Tests.Mocks.MockBenchmarkClass.Foo',
      'BenchmarkDotNet.Tests.Mocks.MockBenchmarkClass.Bar',
    ]);
    expect(results[0]).toMatchObject({
      value: 1,
      params: { job: 'LongRun(LaunchCount=3, TargetCount=100, WarmupCount=15)' },
      samples: [1],
    });
    expect(results[0]!.ciLower).toBeUndefined();
  });
});

describe('pytest-benchmark throughput', () => {
  it('reads ops (calls per second) as throughput next to the latency', () => {
    const results = parse('pytest-benchmark/pytest-benchmark.json');
    expect(find(results, 'test_b.py::test_fib', 'throughput')).toMatchObject({
      unit: 'ops/s',
      value: expect.any(Number),
    });
    expect(results.filter((r) => r.metric === 'throughput')).toHaveLength(
      results.filter((r) => r.metric === 'latency').length,
    );
  });
});

describe('catch2-console', () => {
  it('reads the v2 console table in ns, as the XML reporter gives it', () => {
    const results = parse('catch2-console/catch2-v2-console.txt');
    expect(results.map((r) => r.benchmark)).toEqual(['fib 10', 'fib 15', 'push_back 1000']);
    expect(find(results, 'fib 10', 'latency')).toEqual({
      benchmark: 'fib 10',
      params: { test_case: 'Fibonacci' },
      metric: 'latency',
      unit: 'ns',
      value: 111.664,
      ciLower: 108.413,
      ciUpper: 114.856,
      ciLevel: 0.95,
      stddev: 7.33433,
      iterations: 20 * 551,
    });
    expect(find(results, 'push_back 1000', 'latency')).toMatchObject({
      params: { test_case: 'Vector push_back' },
      value: expect.closeTo(3440.37, 6),
    });
    expect(find(results, 'push_back 1000', 'latency').stddev).toBeCloseTo(912.018, 6);
  });

  it('reads the v3 layout (est run time, wider name column) and converts us and ms', () => {
    const results = parse('catch2-console/github-action-benchmark-catch2-v3.txt');
    expect(results.map((r) => [r.benchmark, r.params.test_case])).toEqual([
      ['Fibonacci 10', 'Fibonacci'],
      ['Fibonacci 20', 'Fibonacci'],
      ['Fibonacci~ 5!', 'More Fibonacci'],
      ['Fibonacci-15_bench', 'More Fibonacci'],
    ]);
    expect(find(results, 'Fibonacci 20', 'latency')).toMatchObject({
      value: 41731,
      ciLower: 41250,
      ciUpper: 42622,
      stddev: 3256,
      iterations: 200,
    });
  });

  it('joins a name the table wrapped over several rows', () => {
    const text = readFixture('catch2-console/catch2-v2-console.txt')
      .toString()
      .replace(
        'fib 10                                          20',
        'a very long benchmark name that Catch2\nwraps                                           20',
      );
    expect(parseResults(text, { file: 'wrapped.txt' }).results[0]!.benchmark).toBe(
      'a very long benchmark name that Catch2 wraps',
    );
  });
});

describe('criterion-terminal', () => {
  it('reads time (ns) and thrpt (elem/s) with their 95% intervals, a long name from the line before', () => {
    const results = parse('criterion-terminal/criterion-terminal.txt');
    expect(results.map((r) => [r.benchmark, r.metric])).toEqual([
      ['fib 15', 'latency'],
      ['a rather long benchmark name', 'latency'],
      ['sum/iter', 'latency'],
      ['sum/iter', 'throughput'],
      ['sum/iter', 'latency'],
      ['sum/iter', 'throughput'],
    ]);
    expect(find(results, 'fib 15', 'latency')).toEqual({
      benchmark: 'fib 15',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 5739.5,
      ciLower: expect.closeTo(5131.6, 6),
      ciUpper: expect.closeTo(6304.4, 6),
      ciLevel: 0.95,
    });
    expect(find(results, 'sum/iter', 'throughput', { parameter: '100' })).toMatchObject({
      unit: 'elem/s',
      value: expect.closeTo(1.4421e9, 0),
      ciLower: expect.closeTo(1.0184e9, 0),
      ciUpper: expect.closeTo(1.7754e9, 0),
    });
    expect(find(results, 'a rather long benchmark name', 'latency').value).toBe(24.562);
  });

  it('matches the estimates Criterion wrote for the same run, and reads output with ANSI colours', () => {
    const terminal = parse('criterion-terminal/criterion-terminal.txt');
    const directory = parseResults(readFixture('criterion/directory/target/criterion/fib 15/new/estimates.json'), {
      file: fixturePath('criterion/directory/target/criterion/fib 15/new/estimates.json'),
    }).results[0]!;
    expect(find(terminal, 'fib 15', 'latency').value).toBeCloseTo(directory.value, 1);
    const colour = parse('criterion-terminal/criterion-terminal-color.txt');
    expect(colour.map((r) => r.benchmark)).toEqual(terminal.map((r) => r.benchmark));
    expect(find(colour, 'sum/iter', 'latency', { parameter: '1000' })).toMatchObject({
      value: 702.28,
      ciLower: 440.68,
      ciUpper: 892.06,
    });
  });
});

describe('criterion target directory', () => {
  it('reads every new/estimates.json under a directory, named by benchmark.json, with throughput', async () => {
    const { format, results } = await parseResultsPath(fixturePath('criterion/directory'));
    expect(format).toBe('criterion');
    expect(results.map((r) => [r.benchmark, r.params.parameter, r.metric])).toEqual([
      ['a rather long benchmark name', undefined, 'latency'],
      ['fib 15', undefined, 'latency'],
      ['sum/iter', '100', 'latency'],
      ['sum/iter', '100', 'throughput'],
      ['sum/iter', '1000', 'latency'],
      ['sum/iter', '1000', 'throughput'],
    ]);
    const latency = find(results, 'sum/iter', 'latency', { parameter: '100' });
    expect(latency).toMatchObject({ unit: 'ns', value: 69.343747892552, ciLevel: 0.95, stddev: 27.828154156589218 });
    expect(find(results, 'sum/iter', 'throughput', { parameter: '100' })).toMatchObject({
      unit: 'elem/s',
      value: (100 * 1e9) / 69.343747892552,
      ciLower: (100 * 1e9) / latency.ciUpper!,
      ciUpper: (100 * 1e9) / latency.ciLower!,
    });
  });

  it('reads a file path as parseResults does, and rejects a directory without estimates', async () => {
    const path = fixturePath('criterion-bencher/criterion-bencher.txt');
    expect(await parseResultsPath(path)).toEqual(
      parseResults(readFixture('criterion-bencher/criterion-bencher.txt'), { file: path }),
    );
    await expect(parseResultsPath(fixturePath('bmf'))).rejects.toMatchObject({
      name: 'ResultsParseError',
      position: 'directory',
    });
    await expect(parseResultsPath(fixturePath('criterion/directory'), { format: 'jmh' })).rejects.toBeInstanceOf(
      ResultsParseError,
    );
  });
});

describe('rust-libtest JSON', () => {
  it('reads the bench events of --format json as the text output is read', () => {
    const results = parse('rust-libtest/rust-libtest.jsonl');
    expect(find(results, 'bench_sort_10k', 'latency')).toEqual({
      benchmark: 'bench_sort_10k',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 16515.509635416667,
      median: 16515.509635416667,
    });
    expect(find(results, 'bench_sort_10k', 'latency_range').value).toBe(21016.25015624999);
    expect(find(results, 'bench_sort_10k', 'throughput')).toMatchObject({ unit: 'MB/s', value: 2422 });
    expect(results.filter((r) => r.metric === 'latency').map((r) => r.benchmark)).toEqual([
      'bench_sort_10k',
      'bench_sum_1000',
      'bench_vec_push',
      'nested::bench_noop',
    ]);
  });
});

describe('tinybench tables and older results', () => {
  it('reads bench.table() of tinybench 3+: mean ± rme% and median, in the units of the headers', () => {
    const results = parse('tinybench/tinybench-table.json');
    expect(find(results, 'push 100', 'latency')).toEqual({
      benchmark: 'push 100',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 1436.1,
      median: 441,
      ciLower: 1436.1 * (1 - 0.4806),
      ciUpper: 1436.1 * (1 + 0.4806),
      ciLevel: 0.95,
      iterations: 35881,
    });
    expect(find(results, 'sort 100', 'throughput')).toMatchObject({ unit: 'ops/s', value: 195959, median: 200441 });
  });

  it('reads bench.table() and task results of tinybench 2', () => {
    const table = parse('tinybench/tinybench2-table.json');
    expect(find(table, 'push 100', 'latency')).toMatchObject({
      unit: 'ns',
      value: 3374.158408887587,
      iterations: 15662,
    });
    expect(find(table, 'push 100', 'throughput')).toMatchObject({ unit: 'ops/s', value: 296370 });
    const results = parse('tinybench/tinybench2-results.json');
    expect(find(results, 'sort 100', 'latency')).toMatchObject({
      unit: 'ms',
      value: 0.00618176189887482,
      ciLevel: 0.95,
    });
    expect(find(results, 'push 100', 'throughput')).toMatchObject({ unit: 'ops/s', value: 741563.1045864992 });
  });
});

describe('bmf', () => {
  it('reads Bencher Metric Format: built-in measures with their units, bounds as an interval', () => {
    const results = parse('bmf/bencher-docs-example.json');
    expect(results).toEqual([
      {
        benchmark: 'benchmark_name',
        params: {},
        metric: 'latency',
        unit: 'ns',
        value: 88,
        ciLower: 87.42,
        ciUpper: 88.88,
      },
      {
        benchmark: 'benchmark_name',
        params: {},
        metric: 'throughput',
        unit: 'ops/s',
        value: 5.55,
        ciLower: 3.14,
        ciUpper: 6.3,
      },
      { benchmark: '/bin/sh -c ./my_build_script.sh', params: {}, metric: 'build_time', unit: 's', value: 87 },
      { benchmark: 'my_binary', params: {}, metric: 'file_size', unit: 'B', value: 42 },
    ]);
    expect(parseResults('{"b": {"instructions": {"value": 1234}}}', { file: 'x.json' }).results).toEqual([
      { benchmark: 'b', params: {}, metric: 'instructions', unit: '1', value: 1234 },
    ]);
  });
});

describe('pyperf', () => {
  it('reads each benchmark of a suite: the mean of all run values in s, with samples', () => {
    const results = parse('pyperf/pyperf-suite.json');
    expect(results.map((r) => r.benchmark)).toEqual(['fib(10)', 'sorted-1000']);
    const fib = find(results, 'fib(10)', 'latency');
    expect(fib).toMatchObject({ params: {}, unit: 's', value: expect.closeTo(2.8098e-5, 8), iterations: 20 * 4096 });
    expect(fib.samples).toHaveLength(20);
    expect(fib.samples![0]).toBe(2.7242338378904996e-5);
    expect(fib.stddev).toBeGreaterThan(0);
  });

  it('takes the name from the suite metadata when the benchmark has none (pyperf timeit)', () => {
    expect(parse('pyperf/pyperf-timeit.json')).toEqual([
      expect.objectContaining({
        benchmark: 'timeit',
        metric: 'latency',
        unit: 's',
        value: expect.closeTo(1.4238e-6, 9),
      }),
    ]);
  });
});

describe('vitest-bench', () => {
  it('reads latency (ms) with its 95% margin and throughput (hz), the group as param', () => {
    const results = parse('vitest-bench/vitest3-bench.json');
    expect(find(results, 'top-level push', 'latency')).toEqual({
      benchmark: 'top-level push',
      params: { group: 'bench/sort.bench.ts' },
      metric: 'latency',
      unit: 'ms',
      value: 0.0011893896957277284,
      stddev: 0.08017213177318995,
      min: 0.00042999999982384907,
      max: 20.030013999999937,
      median: 0.00048100000003614696,
      ciLower: 0.0011893896957277284 - 0.0005330643147445278,
      ciUpper: 0.0011893896957277284 + 0.0005330643147445278,
      ciLevel: 0.95,
      iterations: 86896,
    });
    expect(find(results, 'native sort', 'throughput')).toMatchObject({
      params: { group: 'bench/sort.bench.ts > sort' },
      unit: 'ops/s',
      value: 889088.4085317871,
    });
    expect(parse('vitest-bench/vitest4-bench.json').map((r) => r.benchmark)).toEqual(results.map((r) => r.benchmark));
  });
});

describe('asv', () => {
  it('reads parameterised results: one per combination, median in s, 99% CI, number × repeat', () => {
    const results = parse('asv/asv-results.json');
    expect(find(results, 'bench.TimeSuite.time_sum', 'latency', { param1: '100', param2: 'tuple' })).toEqual({
      benchmark: 'bench.TimeSuite.time_sum',
      params: { param1: '100', param2: 'tuple' },
      metric: 'latency',
      unit: 's',
      value: 1.3730000034684053e-6,
      ciLower: 8.2841e-7,
      ciUpper: 1.9833e-6,
      ciLevel: 0.99,
      iterations: 6,
    });
    expect(results.filter((r) => r.benchmark === 'bench.TimeSuite.time_sum')).toHaveLength(4);
    expect(find(results, 'bench.mem_list', 'memory')).toMatchObject({ unit: 'B', value: 8056 });
    expect(find(results, 'bench.peakmem_list', 'peak_memory')).toMatchObject({ unit: 'B', value: 24666112 });
    expect(find(results, 'bench.track_answer', 'value')).toMatchObject({ unit: '1', value: 42 });
  });

  it('accepts the bare -Infinity/Infinity asv writes for missing statistics (--quick) and leaves them out', () => {
    const results = parse('asv/asv-results-quick.json');
    expect(find(results, 'bench.time_sorted', 'latency')).toEqual({
      benchmark: 'bench.time_sorted',
      params: {},
      metric: 'latency',
      unit: 's',
      value: 2.3885000018708524e-5,
      iterations: 1,
    });
  });

  it('reads the older results layout ({result, params, stats} objects and bare numbers)', () => {
    const old = {
      commit_hash: 'abc',
      env_name: 'py3',
      results: {
        'b.time_x': {
          result: [1.5, null],
          params: [['1', '2']],
          stats: [{ ci_99: [1.4, 1.6], number: 10, repeat: 5 }, null],
        },
        'b.track_y': 7,
      },
    };
    expect(parseResults(JSON.stringify(old), { file: 'old.json' }).results).toEqual([
      {
        benchmark: 'b.time_x',
        params: { param1: '1' },
        metric: 'latency',
        unit: 's',
        value: 1.5,
        ciLower: 1.4,
        ciUpper: 1.6,
        ciLevel: 0.99,
        iterations: 50,
      },
      { benchmark: 'b.track_y', params: {}, metric: 'value', unit: '1', value: 7 },
    ]);
  });
});

describe('dart-benchmark-harness', () => {
  it('reads NAME(RunTime): T us. lines; repeated runs of one name become samples', () => {
    expect(parse('dart-benchmark-harness/benchmarksgame-fannkuchredux.txt')).toEqual([
      {
        benchmark: 'Template',
        params: {},
        metric: 'latency',
        unit: 'us',
        value: (4638000 + 60076000 + 839693000) / 3,
        median: 60076000,
        min: 4638000,
        max: 839693000,
        stddev: expect.any(Number),
        samples: [4638000, 60076000, 839693000],
      },
    ]);
    const text = 'DeltaBlue(RunTime): 1234.5 us.\r\nRichards(RunTime): 89.25 us.\r\n';
    expect(parseResults(text, { file: 'dart.txt' }).results.map((r) => [r.benchmark, r.value])).toEqual([
      ['DeltaBlue', 1234.5],
      ['Richards', 89.25],
    ]);
  });
});

describe('benchmark-ips', () => {
  it('reads x.json!: iterations per second with their standard deviation', () => {
    expect(find(parse('benchmark-ips/benchmark-ips.json'), 'addition with send', 'throughput')).toEqual({
      benchmark: 'addition with send',
      params: {},
      metric: 'throughput',
      unit: 'ops/s',
      value: 8394577.390821734,
      stddev: 1020412,
      iterations: 8288112,
    });
  });

  it('reads the report, preferring the exact rates of the comparison', () => {
    const results = parse('benchmark-ips/benchmark-ips.txt');
    expect(results.map((r) => [r.benchmark, r.value])).toEqual([
      ['addition', 17185125.4],
      ['addition with send', 8394577.4],
      ['array sort', 4937731.3],
    ]);
    expect(find(results, 'array sort', 'throughput').stddev).toBeCloseTo(4.938e6 * 0.023, -2);
    const report = readFixture('benchmark-ips/benchmark-ips.txt').toString().split('\nComparison:')[0]!;
    expect(find(parseResults(report, { file: 'ips.txt' }).results, 'addition', 'throughput').value).toBe(17.185e6);
  });
});

describe('iai-callgrind', () => {
  it('reads every callgrind counter of each benchmark, id and args as params', () => {
    const results = parse('iai-callgrind/iai-callgrind.txt');
    expect(results).toHaveLength(18);
    const params = { id: 'long', args: '20' };
    expect(find(results, 'iai::fib_group::bench_fibonacci', 'instructions', params)).toEqual({
      benchmark: 'iai::fib_group::bench_fibonacci',
      params,
      metric: 'instructions',
      unit: '1',
      value: 219908,
    });
    expect(find(results, 'iai::fib_group::bench_fibonacci', 'estimated_cycles', { id: 'short' }).value).toBe(2634);
    expect(find(results, 'iai::fib_group::bench_sum', 'total_read_write')).toMatchObject({ params: {}, value: 7011 });
    expect(parse('iai-callgrind/iai-callgrind-first-run.txt')).toEqual(results);
  });
});

describe('k6-summary', () => {
  it('reads --summary-export: trends in ms, counters with their rate, rates and gauges, tags as params', () => {
    const results = parse('k6-summary/k6-summary-export.json');
    expect(results.find((r) => r.benchmark === 'http_req_duration' && r.params.expected_response === 'true')).toEqual({
      benchmark: 'http_req_duration',
      params: { expected_response: 'true' },
      metric: 'latency',
      unit: 'ms',
      value: 2.619163888252147,
      min: 0.397906,
      max: 11.538815,
      median: 1.8948494999999999,
    });
    expect(find(results, 'http_reqs', 'throughput')).toMatchObject({ unit: '1/s', value: 697.667258531164 });
    expect(find(results, 'data_received', 'count')).toMatchObject({ unit: 'B', value: 1047000 });
    expect(find(results, 'checks', 'rate')).toMatchObject({ unit: 'ratio', value: 1 });
    expect(find(results, 'vus', 'gauge')).toMatchObject({ value: 2, min: 2, max: 2 });
    expect(find(results, 'page_size', 'trend')).toMatchObject({ unit: '1', value: 345 });
  });

  it('reads the handleSummary() data of the same run to the same results', () => {
    const key = (r: BenchmarkResult): string => `${r.benchmark}${JSON.stringify(r.params)}${r.metric}`;
    const sorted = (results: BenchmarkResult[]): BenchmarkResult[] =>
      [...results].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(parse('k6-summary/k6-handle-summary.json'))).toEqual(
      sorted(parse('k6-summary/k6-summary-export.json')),
    );
  });
});

describe('divan', () => {
  it('reads the tree: path as name, mean in ns, fastest/slowest/median, iterations', () => {
    const results = parse('divan/divan.txt');
    expect(results.map((r) => r.benchmark)).toEqual([
      'fibonacci/10',
      'fibonacci/15',
      'sum',
      'sorting/sort/Vec<u32>/100',
      'sorting/sort/Vec<u32>/1000',
    ]);
    expect(find(results, 'fibonacci/15', 'latency')).toEqual({
      benchmark: 'fibonacci/15',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 1710,
      min: 1547,
      max: 2113,
      median: 1718,
      iterations: 200,
    });
  });
});

describe('terminal output as people capture it', () => {
  it('reads CRLF line endings, ANSI colours and extra blank lines', () => {
    for (const path of [
      'catch2-console/catch2-v2-console.txt',
      'criterion-terminal/criterion-terminal.txt',
      'divan/divan.txt',
      'benchmark-ips/benchmark-ips.txt',
    ]) {
      const text = readFixture(path).toString();
      const mangled = text.replaceAll('\n', '\r\n\r\n').replace(/^(\S+)/gm, '\u001b[1;32m$1\u001b[0m');
      expect(parseResults(mangled, { file: path }).results, path).toEqual(parse(path));
    }
  });
});

describe('hyperfine-terminal', () => {
  it('reads mean ± σ, range, runs and user/system times, in seconds as the JSON export', () => {
    const results = parse('hyperfine-terminal/hyperfine.txt');
    expect(find(results, 'sleep 0.01', 'latency')).toEqual({
      benchmark: 'sleep 0.01',
      params: {},
      metric: 'latency',
      unit: 's',
      value: 0.0143,
      stddev: 0.0037,
      min: 0.0116,
      max: 0.02,
      iterations: 5,
    });
    expect(find(results, 'true', 'cpu_user')).toMatchObject({ unit: 's', value: 0.0008 });
    expect(find(parse('hyperfine-terminal/hyperfine-one-run.txt'), 'true', 'latency')).toEqual({
      benchmark: 'true',
      params: {},
      metric: 'latency',
      unit: 's',
      value: 0.0027,
    });
    expect(find(parse('hyperfine-terminal/hyperfine-color.txt'), 'true', 'latency')).toMatchObject({
      value: 0.001,
      max: 0.0015,
    });
    expect(
      parse('hyperfine-terminal/hyperfine-params.txt')
        .filter((r) => r.metric === 'latency')
        .map((r) => r.value),
    ).toEqual([0.0195, 0.0438]);
  });
});

describe('google-benchmark-console', () => {
  const results = parse('google-benchmark-console/google-benchmark-console.txt');

  it('reads the console table as the JSON is read: repetitions folded with their aggregates', () => {
    expect(find(results, 'BM_Sort', 'latency', { size: '64' })).toEqual({
      benchmark: 'BM_Sort',
      params: { size: '64', repeats: '3' },
      metric: 'latency',
      unit: 'ns',
      value: 630,
      median: 414,
      stddev: 509,
      min: 265,
      max: 1211,
      samples: [414, 1211, 265],
      iterations: 3 * 88819,
    });
    expect(find(results, 'BM_Sort', 'items', { size: '512' })).toMatchObject({ unit: '1', value: 220.479e6 });
    expect(results.some((r) => r.metric.endsWith('_cv'))).toBe(false);
  });

  it('resolves counter prefixes (1024-based for bytes_per_second), time units and the complexity rows', () => {
    expect(find(results, 'BM_StringCopy', 'throughput', { arg0: '8' })).toMatchObject({
      unit: 'B/s',
      value: 1.52242 * 1024 ** 3,
    });
    expect(find(results, 'BM_Vec', 'latency', { rows: '8' })).toMatchObject({
      unit: 'us',
      value: 0.034,
      iterations: 683269,
    });
    expect(find(results, 'BM_SortComplexity', 'big_o_coefficient')).toMatchObject({
      params: { big_o: 'N^2' },
      value: 0.01,
    });
    expect(find(results, 'BM_SortComplexity', 'big_o_rms').value).toBe(0.13);
    expect(parse('google-benchmark-console/google-benchmark-console-2to1.txt')).toEqual(results);
  });
});

describe('jmh-text', () => {
  it('reads the summary table: mode, params, score ± error as the 99.9% CI, full names from the log', () => {
    const results = parse('jmh-text/jmh-console.txt');
    expect(find(results, 'fx.Bench.concat', 'latency', { size: '100' })).toEqual({
      benchmark: 'fx.Bench.concat',
      params: { size: '100' },
      metric: 'latency',
      unit: 'ns',
      value: 61.063,
      ciLower: 61.063 - 982.258,
      ciUpper: 61.063 + 982.258,
      ciLevel: 0.999,
    });
    const json = parse('jmh/jmh-1.37-params.json');
    for (const result of results) {
      const same = find(json, result.benchmark, result.metric, result.params);
      expect(result.value).toBeCloseTo(same.value, 2);
      expect(result.unit).toBe(same.unit);
    }
  });

  it('reads secondary metrics (profilers) and rows without an error', () => {
    const results = parse('jmh-text/jmh-rf-text-gc.txt');
    expect(find(results, 'Bench.concat', 'gc.alloc.rate.norm')).toMatchObject({
      unit: 'B/op',
      value: 48.001,
      ciLower: 47.986,
    });
    expect(find(results, 'Bench.concat', 'gc.count')).toEqual({
      benchmark: 'Bench.concat',
      params: { size: '10' },
      metric: 'gc.count',
      unit: 'counts',
      value: 3,
    });
  });
});

describe('mitata-text', () => {
  it('reads avg (ns) with its range, the group and the heap line of mitata 1', () => {
    const results = parse('mitata-text/mitata.txt');
    expect(find(results, 'push 100', 'latency')).toEqual({
      benchmark: 'push 100',
      params: { group: 'arrays' },
      metric: 'latency',
      unit: 'ns',
      value: 767.17,
      min: 511.7,
      max: 1690,
    });
    expect(find(results, 'push 100', 'heap')).toEqual({
      benchmark: 'push 100',
      params: { group: 'arrays' },
      metric: 'heap',
      unit: 'B',
      value: 2.3 * 1024,
      min: 2.09 * 1024,
      max: 2.3 * 1024,
    });
    expect(find(results, 'noop', 'latency')).toMatchObject({ params: {}, value: 0.13536 });
    expect(find(results, 'json', 'latency').params).toEqual({});
    expect(parse('mitata-text/mitata-color.txt').map((r) => [r.benchmark, r.metric])).toEqual(
      results.map((r) => [r.benchmark, r.metric]),
    );
  });

  it("reads mitata 0.1's one-line rows, thousands grouped with an apostrophe", () => {
    expect(parse('mitata-text/mitata-0.1.txt').map((r) => [r.benchmark, r.params.group, r.value, r.max])).toEqual([
      ['noop', undefined, 0.511, 2934],
      ['json', undefined, 252, 4141],
      ['push 10', 'arrays', 59.87, 2608],
      ['push 100', 'arrays', 733, 3066],
    ]);
  });
});

describe('pytest-benchmark-table', () => {
  it('reads the terminal table in s as the JSON is read, ratios dropped, OPS as throughput', () => {
    const results = parse('pytest-benchmark-table/pytest-benchmark-table.txt');
    expect(find(results, 'test_fib', 'latency', { param: '10' })).toEqual({
      benchmark: 'test_fib',
      params: { param: '10' },
      metric: 'latency',
      unit: 's',
      value: 23090.4779e-9,
      stddev: 304781.5199e-9,
      min: 8275e-9,
      max: 9897866.9998e-9,
      median: 8536e-9,
      iterations: 4913,
    });
    expect(find(results, 'test_fib', 'throughput', { param: '10' })).toMatchObject({ unit: 'ops/s', value: 43307.9 });
    expect(find(results, 'test_sorted', 'latency')).toMatchObject({ params: {}, iterations: 3230 * 20 });
  });

  it('reads grouped tables with the group as param', () => {
    const results = parse('pytest-benchmark-table/pytest-benchmark-grouped.txt');
    expect(find(results, 'test_sorted', 'latency')).toMatchObject({
      params: { group: 'test_sorted' },
      value: 3190.0434e-9,
    });
    expect(find(results, 'test_fib', 'latency', { param: '5' }).params).toEqual({ param: '5', group: 'test_fib' });
  });
});

describe('benchmarkdotnet-markdown', () => {
  it('reads a GitHub report: the type from the file name, mean in ns ± error as 99.9% CI, allocation', () => {
    const results = parse('benchmarkdotnet-markdown/Benchmark.MemoryBench-report-github.md');
    expect(find(results, 'Benchmark.MemoryBench.Bench1', 'latency')).toEqual({
      benchmark: 'Benchmark.MemoryBench.Bench1',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 186400,
      ciLower: 186400 - 1190,
      ciUpper: 186400 + 1190,
      ciLevel: 0.999,
      stddev: 1060,
    });
    expect(find(results, 'Benchmark.MemoryBench.Bench2', 'bytes_per_op')).toMatchObject({
      unit: 'B/op',
      value: 49.52 * 1024,
    });
  });

  it('reads job characteristics and params between Method and Mean as params', () => {
    const linq = parse(
      'benchmarkdotnet-markdown/LinqToDB.Benchmarks.Queries.FetchIndividualBenchmark-report-github.md',
    );
    const name = 'LinqToDB.Benchmarks.Queries.FetchIndividualBenchmark.Linq';
    expect(find(linq, name, 'latency', { Runtime: '.NET Framework 4.6.2' })).toMatchObject({ value: 100930.9 });
    expect(linq.filter((r) => r.metric === 'latency')).toHaveLength(9);
    const console = parse('benchmarkdotnet-markdown/bdn-console-approved.txt');
    expect(find(console, 'Foo', 'latency', { job: 'Job2', Param: '10' })).toMatchObject({ value: 1102, stddev: 1.58 });
    expect(console).toHaveLength(12);
  });
});

describe('criterion-json', () => {
  it("reads cargo-criterion's benchmark-complete messages: typical estimate, CI, median, samples, throughput", () => {
    const results = parse('criterion-json/cargo-criterion.jsonl');
    expect(results.map((r) => [r.benchmark, r.params.parameter, r.metric])).toEqual([
      ['fib 15', undefined, 'latency'],
      ['a rather long benchmark name', undefined, 'latency'],
      ['sum/iter', '100', 'latency'],
      ['sum/iter', '100', 'throughput'],
      ['sum/iter', '1000', 'latency'],
      ['sum/iter', '1000', 'throughput'],
    ]);
    const fib = find(results, 'fib 15', 'latency');
    expect(fib).toMatchObject({
      unit: 'ns',
      value: 2784.0425975369344,
      ciLower: 2387.835976373137,
      ciUpper: 3223.8518744970074,
      ciLevel: 0.95,
      median: 2449.9262348073444,
      iterations: 212685,
    });
    expect(fib.samples).toHaveLength(10);
    expect(fib.samples![0]).toBeCloseTo(7405652 / 3867, 9);
    expect(find(results, 'sum/iter', 'throughput', { parameter: '100' })).toMatchObject({
      unit: 'elem/s',
      value: (100 * 1e9) / 82.8044205259899,
    });
  });
});

describe('liberal variants', () => {
  it('reads bencher lines in the units of custom Criterion measurements', () => {
    const text =
      'test cmov ... bench:        2835 cycles/iter (+/- 14)\n\ntest upload ... bench:        1911 MS/s (+/- 420)\n';
    expect(parseResults(text, { file: 'units.txt' }).results).toEqual([
      { benchmark: 'cmov', params: {}, metric: 'cycles', unit: 'cycles', value: 2835, median: 2835, stddev: 14 },
      { benchmark: 'upload', params: {}, metric: 'throughput', unit: 'MS/s', value: 1911, median: 1911, stddev: 420 },
    ]);
  });

  it('reads one cargo-criterion message pretty-printed, or an array of them', () => {
    const [line] = readFixture('criterion-json/cargo-criterion.jsonl').toString().split('\n');
    const message = JSON.parse(line!);
    const expected = parse('criterion-json/cargo-criterion.jsonl')[0];
    const pretty = parseResults(JSON.stringify(message, null, 4), { file: 'c.json' });
    expect(pretty).toEqual({ format: 'criterion-json', results: [expected] });
    expect(parseResults(JSON.stringify([message]), { file: 'c.json' }).results).toEqual([expected]);
  });
});
