import { describe, expect, it } from 'vitest';
import { parseResults, ResultsParseError } from '../src/index.ts';
import { readFixture } from './fixtures.ts';

function failure(data: string, format?: string, file = 'results.out'): ResultsParseError {
  try {
    parseResults(data, format === undefined ? { file } : { file, format });
  } catch (error) {
    expect(error).toBeInstanceOf(ResultsParseError);
    return error as ResultsParseError;
  }
  throw new Error('expected a ResultsParseError');
}

describe('malformed input', () => {
  it('names the JSON path of a value that cannot be read', () => {
    const doc = JSON.parse(readFixture('google-benchmark/google-benchmark.json').toString());
    doc.benchmarks[3].real_time = 'fast';
    const error = failure(JSON.stringify(doc), undefined, 'bm.json');
    expect(error).toMatchObject({
      file: 'bm.json',
      position: '$.benchmarks[3].real_time',
      expected: 'a finite number',
    });
    expect(error.message).toBe('bm.json: at $.benchmarks[3].real_time: expected a finite number');
  });

  it('gives line and column of a JSON syntax error', () => {
    expect(failure('{\n  "results": [\n    {"command": "x",, "mean": 1}\n  ]\n}', 'hyperfine')).toMatchObject({
      position: 'line 3 column 21',
      expected: 'a property name in double quotes',
    });
    expect(failure('{"benchmarks": [', 'benchline')).toMatchObject({
      position: 'line 1 column 17',
      expected: "a JSON value or ']'",
    });
  });

  it('reports undetectable JSON with its syntax error, and unknown text as an unknown format', () => {
    expect(failure('[{"a": tru]')).toMatchObject({ position: 'line 1 column 8' });
    expect(failure('hello\nworld\n').expected).toMatch(/^a results file in one of the formats: benchline, /);
    expect(failure('{}', 'no-such-format').position).toBe('--format');
  });

  it('validates the benchline format against its schema', () => {
    const missing = failure('{"benchmarks": [{"name": "a", "unit": "ms", "value": 1}, {"name": "b", "value": 2}]}');
    expect(missing).toMatchObject({ position: '$.benchmarks[1].unit', expected: 'a value (required property)' });
    const extra = failure('{"benchmarks": [{"name": "a", "unit": "ms", "value": 1, "mean": 1}]}', 'benchline');
    expect(extra.position).toBe('$.benchmarks[0].mean');
    const type = failure('{"benchmarks": [{"name": "a", "unit": "ms", "value": "1"}]}', 'benchline');
    expect(type).toMatchObject({ position: '$.benchmarks[0].value', expected: 'a value that must be number' });
    expect(failure('{"benchmarks": [{"name": "a", "unit": "widgets", "value": 1}]}').position).toBe(
      '$.benchmarks[0].metric',
    );
  });

  it('treats a result line it cannot read as an error, not as a line to skip', () => {
    const go = 'goos: linux\nBenchmarkA-2   \t 100\t 12.5 ns/op\nBenchmarkB-2   \t 100\t fast ns/op\n';
    expect(failure(go)).toMatchObject({ position: 'line 3', expected: 'a number before unit "ns/op", found "fast"' });
    expect(failure('BenchmarkB-2   \t 100\t 12 ns/op 7\n', 'go-test').position).toBe('line 1');
    expect(failure('{"Action":"output","Output":"x\\n"}\nnot json\n', 'go-test').position).toBe('line 2');
    expect(failure('a x 1,000 ops/sec ±1.00% (10 runs sampled)\nb x 12 ops/sec\n').position).toBe('line 2');
    expect(failure('test a ... bench: 10 ns/iter (+/- 1)\ntest b ... bench: ten ns/iter (+/- 1)\n').position).toBe(
      'line 2',
    );
  });

  it('names the XML line of a broken Catch2 report', () => {
    const xml =
      '<?xml version="1.0"?>\n<Catch name="t">\n  <TestCase name="x">\n    <BenchmarkResults name="b" samples="2" iterations="3">\n      <mean value="1" lowerBound="1" upperBound="1" ci="0.95"/>\n      <standardDeviation value="0.5" lowerBound="0.4" upperBound="0.6" ci="0.95"/>\n    </BenchmarkResults>\n';
    expect(failure(xml)).toMatchObject({ position: 'line 7', expected: '</TestCase> before the end of the file' });
    const noStddev = `${xml.replace(/ *<standardDeviation[^\n]*\n/, '')}  </TestCase>\n</Catch>\n`;
    expect(failure(noStddev)).toMatchObject({
      position: 'line 4',
      expected: 'a <standardDeviation> element in <BenchmarkResults>',
    });
  });

  it('survives deep nesting and long lines without exhausting the stack', () => {
    const depth = 1_000_000;
    expect(failure('['.repeat(depth) + ']'.repeat(depth - 1)).position).toMatch(/^line 1 column/);
    const nested = `{"benchmarks": [{"name": "a", "unit": "ms", "value": 1, "params": {"k": ${'['.repeat(depth)}${']'.repeat(depth)}}}]}`;
    expect(failure(nested).position).toBe('$.benchmarks[0].params.k');
    const xml = `<Catch>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</Catch>`;
    expect(parseResults(xml, { file: 'deep.xml' }).results).toEqual([]);
    expect(failure(`Benchmark${'x'.repeat(5_000_000)} 1 ns/op`, 'go-test').position).toBe('line 1');
  });
});

describe('malformed input of the terminal and JSON formats added for issue #20', () => {
  it('names the line of a result row it cannot read', () => {
    const criterion =
      'fib 15                  time:   [1.1588 µs 1.1635 µs 1.1690 µs]\n' +
      'sum                     time:   [1.2 ns fast 1.4 ns]\n';
    expect(failure(criterion)).toMatchObject({
      position: 'line 2',
      expected: '[LOW UNIT ESTIMATE UNIT HIGH UNIT] durations',
    });
    const catch2 = readFixture('catch2-console/catch2-v2-console.txt').toString().replace('111.664 ns', 'fast ns');
    expect(failure(catch2)).toMatchObject({
      position: 'line 17',
      expected: 'mean, low mean and high mean, each a number and a unit',
    });
    const truncated = readFixture('catch2-console/catch2-v2-console.txt')
      .toString()
      .split('\n')
      .slice(0, 17)
      .join('\n');
    expect(failure(truncated).expected).toBe('the mean and standard deviation rows of a benchmark');
    expect(failure('Richards(RunTime): 89.25 us.\nDeltaBlue(RunTime): 1.2.3 us.\n')).toMatchObject({
      position: 'line 2',
    });
    const ips =
      'Calculating -------------------------------------\n   addition     17.185M (± 9.6%) i/s\n   other   fast i/s\n';
    expect(failure(ips)).toMatchObject({ position: 'line 3', expected: 'NAME  RATE (± X%) i/s' });
    const libtest =
      '{ "type": "suite", "event": "started", "test_count": 1 }\n' +
      '{ "type": "bench", "name": "a", "median": "x", "deviation": 1 }\n';
    expect(failure(libtest)).toMatchObject({ position: 'line 2 $.median', expected: 'a finite number' });
    const divan = readFixture('divan/divan.txt').toString().replace('427.8 ns', '427.8 parsecs');
    expect(failure(divan)).toMatchObject({
      position: 'line 5',
      expected: 'fastest, slowest, median and mean times, samples and iters',
    });
  });

  it('names the JSON path of a value it cannot read', () => {
    expect(failure('{"b": {"latency": {"value": 1, "lower_value": "x"}}}')).toMatchObject({
      position: '$.b.latency.lower_value',
      expected: 'a finite number',
    });
    const vitest = JSON.parse(readFixture('vitest-bench/vitest3-bench.json').toString());
    vitest.files[0].groups[1].benchmarks[0].mean = null;
    expect(failure(JSON.stringify(vitest)).position).toBe('$.files[0].groups[1].benchmarks[0].mean');
    const table = '[{"Task name": "a", "Latency avg (ns)": "fast ± 1%", "Samples": 3}]';
    expect(failure(table)).toMatchObject({ position: '$[0]["Latency avg (ns)"]' });
    const k6 = '{"root_group": {}, "metrics": {"vus": {"value": "two"}}}';
    expect(failure(k6)).toMatchObject({ position: '$.metrics.vus.value', expected: 'a finite number' });
    const pyperf = '{"version": "1.0", "benchmarks": [{"metadata": {"name": "a"}, "runs": [{"values": [1, "x"]}]}]}';
    expect(failure(pyperf).position).toBe('$.benchmarks[0].runs[0].values[1]');
    const asv = '{"commit_hash": "a", "env_name": "e", "results": {"b.time_x": {"result": [1], "params": "x"}}}';
    expect(failure(asv).position).toBe('$.results["b.time_x"].params');
  });
});
