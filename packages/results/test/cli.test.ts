import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { formatNames } from '../src/index.ts';
import { fixturePath } from './fixtures.ts';

async function benchline(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('benchline parse', () => {
  it('prints the detected format and canonical results as JSON', async () => {
    const run = await benchline('parse', fixturePath('criterion-bencher/criterion-bencher.txt'));
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.format).toBe('criterion-bencher');
    expect(output.results[0]).toEqual({
      benchmark: 'fib 15',
      params: {},
      metric: 'latency',
      unit: 'ns',
      value: 1182,
      median: 1182,
      stddev: 142,
    });
  });

  it('reads a Criterion.rs target directory given as FILE', async () => {
    const run = await benchline('parse', fixturePath('criterion/directory/target/criterion'));
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.format).toBe('criterion');
    expect(output.results).toHaveLength(6);
    expect((await benchline('parse', fixturePath('bmf'))).stderr).toContain(
      'bmf: at directory: expected a Criterion.rs target directory',
    );
  });

  it('--format forces an adapter, even against detection', async () => {
    const forced = await benchline(
      'parse',
      fixturePath('criterion-bencher/criterion-bencher.txt'),
      '--format',
      'rust-libtest',
    );
    expect(forced.status).toBe(0);
    const output = JSON.parse(forced.stdout);
    expect(output.format).toBe('rust-libtest');
    expect(output.results.find((r: { metric: string }) => r.metric === 'latency_range')).toMatchObject({
      benchmark: 'fib 15',
      value: 142,
    });
    const wrong = await benchline('parse', fixturePath('jmh/jmh-params.json'), '--format', 'hyperfine');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('jmh-params.json: at $: expected an object');
  });

  it('lists the formats one per line', async () => {
    const run = await benchline('parse', '--list-formats');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([...formatNames]);
    expect(formatNames.length).toBeGreaterThanOrEqual(24);
  });

  it('exits 1 with the error on stderr for a bad file, 2 for bad usage', async () => {
    const bad = await benchline('parse', fixturePath('../fixtures.ts'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/fixtures\.ts: at line 1: expected a results file in one of the formats/);
    const missing = await benchline('parse', '/nonexistent/results.json');
    expect(missing).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('cannot read /nonexistent/results.json'),
    });
    expect((await benchline('parse')).status).toBe(2);
    expect((await benchline('parse', 'a', 'b')).status).toBe(2);
    expect((await benchline('frobnicate', 'a')).status).toBe(2);
    expect((await benchline('parse', 'a', '--format', 'nope')).stderr).toContain('unknown format "nope"');
    expect((await benchline('parse', 'a', '--bogus')).status).toBe(2);
  });
});
