import { describe, expect, it } from 'vitest';
import { parseResults, ResultsParseError } from '../src/index.ts';
import { BATCH_BYTES } from '../src/json-scan.ts';

function failure(data: string | Uint8Array, format?: string): ResultsParseError {
  try {
    parseResults(data, format === undefined ? { file: 'r.json' } : { file: 'r.json', format });
  } catch (error) {
    expect(error).toBeInstanceOf(ResultsParseError);
    return error as ResultsParseError;
  }
  throw new Error('expected a ResultsParseError');
}

/** A benchline file of `count` entries, one a line (line 1 is the header, entry i is on line i + 2). */
function benchline(
  count: number,
  entry = (i: number) => `{"name": "bench ✓ ${i}", "params": {"size": "${i}"}, "unit": "ns", "value": ${i}.5}`,
): string {
  return `{"version": 1, "meta": {"host": "é"},\n "benchmarks": [\n${Array.from({ length: count }, (_, i) => entry(i)).join(',\n')}\n]}\n`;
}

describe('large JSON files, read batch by batch', () => {
  const count = 3 * Math.ceil(BATCH_BYTES / 60);

  it('read every entry in order, with its path for errors', () => {
    const { results } = parseResults(benchline(count), { file: 'r.json' });
    expect(results).toHaveLength(count);
    expect(results.at(-1)).toEqual({
      benchmark: `bench ✓ ${count - 1}`,
      params: { size: `${count - 1}` },
      metric: 'latency',
      unit: 'ns',
      value: count - 0.5,
    });
    const last = benchline(count, (i) => `{"name": "b", "unit": "ns", "value": ${i === count - 1 ? '"slow"' : i}}`);
    expect(failure(last).position).toBe(`$.benchmarks[${count - 1}].value`);
  });

  it('name the line and column (in characters) of a syntax error in a late batch', () => {
    const broken = benchline(count, (i) =>
      i === count - 10
        ? `{"name": "bench ✓ ${i}", "unit": "ns" "value": 1}`
        : `{"name": "bench ✓ ${i}", "unit": "ns", "value": 1}`,
    );
    expect(failure(broken)).toMatchObject({ position: `line ${count - 10 + 3} column 39`, expected: "',' or '}'" });
  });

  it('name the end of a truncated file', () => {
    const whole = benchline(count);
    const truncated = whole.slice(0, whole.lastIndexOf('bench ✓'));
    expect(failure(truncated, 'benchline')).toMatchObject({
      position: `line ${count + 2} column 10`,
      expected: 'a complete string',
    });
  });

  it('find a syntax error in a part no adapter reads', () => {
    const badMeta = benchline(count).replace('"host": "é"', '"host": é');
    expect(failure(badMeta)).toMatchObject({ position: 'line 1 column 33', expected: 'a JSON value' });
  });

  it('reject a stray comma where a batch ends', () => {
    const long = `{"name": "${'x'.repeat(BATCH_BYTES)}", "unit": "ns", "value": 1}`;
    expect(failure(`{"benchmarks": [${long}, ]}`, 'benchline')).toMatchObject({
      position: `line 1 column ${long.length + 19}`,
      expected: 'a JSON value',
    });
    const blank = `{"benchmarks": [${long},${' '.repeat(BATCH_BYTES)}, ${long}]}`;
    expect(failure(blank, 'benchline')).toMatchObject({
      position: `line 1 column ${long.length + BATCH_BYTES + 18}`,
      expected: 'a JSON value',
    });
  });

  it('read a file with a byte order mark, as bytes or as text', () => {
    const text = `\uFEFF${benchline(2)}`;
    expect(parseResults(Buffer.from(text), { file: 'r.json' }).results).toHaveLength(2);
    expect(parseResults(text, { file: 'r.json' }).results).toHaveLength(2);
  });

  it('survive a 200,000-deep value inside an entry', () => {
    const nested = `{"benchmarks":[{"name":"n","unit":"ms","value":1,"params":{"p":${'['.repeat(200_000)}${']'.repeat(200_000)}}}]}`;
    expect(failure(nested)).toMatchObject({
      position: '$.benchmarks[0].params.p',
      expected: 'a value that must be string',
    });
  });
});
