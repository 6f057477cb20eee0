import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../src/index.ts';
import { fixturePath } from './fixtures.ts';

const BIN = fileURLToPath(new URL('../bin/benchline.js', import.meta.url));

function benchline(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('benchline parse', () => {
  it('prints the detected format and canonical results as JSON', () => {
    const run = benchline('parse', fixturePath('criterion-bencher/criterion-bencher.txt'));
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.format).toBe('criterion-bencher');
    expect(output.results[0]).toEqual({ benchmark: 'fib 15', params: {}, metric: 'latency', unit: 'ns', value: 1182, median: 1182, stddev: 142 });
  });

  it('--format forces an adapter, even against detection', () => {
    const forced = benchline('parse', fixturePath('criterion-bencher/criterion-bencher.txt'), '--format', 'rust-libtest');
    expect(forced.status).toBe(0);
    const output = JSON.parse(forced.stdout);
    expect(output.format).toBe('rust-libtest');
    expect(output.results.find((r: { metric: string }) => r.metric === 'latency_range')).toMatchObject({ benchmark: 'fib 15', value: 142 });
    const wrong = benchline('parse', fixturePath('jmh/jmh-params.json'), '--format', 'hyperfine');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('jmh-params.json: at $: expected an object');
  });

  it('lists the formats one per line', () => {
    const run = benchline('parse', '--list-formats');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([...formatNames]);
  });

  it('exits 1 with the error on stderr for a bad file, 2 for bad usage', () => {
    const bad = benchline('parse', fixturePath('../errors.test.ts'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/errors\.test\.ts: at line 1: expected a results file in one of the formats/);
    expect(benchline('parse', '/nonexistent/results.json').status).toBe(1);
    expect(benchline('parse').status).toBe(2);
    expect(benchline('parse', 'a', 'b').status).toBe(2);
    expect(benchline('frobnicate', 'a').status).toBe(2);
    expect(benchline('parse', 'a', '--format', 'nope').stderr).toContain('unknown format "nope"');
    expect(benchline('parse', 'a', '--bogus').status).toBe(2);
  });
});
