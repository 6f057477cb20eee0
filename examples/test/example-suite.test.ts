import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseConfig, type SuiteConfig } from '@benchline/core';
import { detectFormat, parseResults, type BenchmarkResult } from '@benchline/results';
import { makeTempDir } from '@benchline/servers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const run = promisify(execFile);
const suiteDir = fileURLToPath(new URL('../ipfs-suite/', import.meta.url));
const MIB = 1024 * 1024;

interface Outcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputDir: string;
  resultsFile: string;
}

async function loadSuite(): Promise<SuiteConfig> {
  const block = parseYaml(await readFile(join(suiteDir, 'benchline-suite.yaml'), 'utf8')) as Record<string, unknown>;
  const config = parseConfig(
    { suites: { 'ipfs-suite': { ...block, repo: '/srv/benchline/ipfs-suite.git' } } },
    {},
    'benchline-suite.yaml',
  );
  return config.suites['ipfs-suite']!;
}

const tempDirs: { remove(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => dir.remove()));
});

/** Runs a benchmark of the suite the way the executor does: argv with placeholders, env, cwd = checkout. */
async function runSuiteBenchmark(
  suite: SuiteConfig,
  name: string,
  parameters: Record<string, string> = {},
): Promise<Outcome> {
  const benchmark = suite.benchmarks.find((candidate) => candidate.name === name);
  if (!benchmark) throw new Error(`the suite has no benchmark ${name}`);
  const dir = await makeTempDir(`example-${name}-`);
  tempDirs.push(dir);
  const outputDir = dir.path;
  const resultsFile = join(outputDir, 'results.json');
  const values = {
    ...Object.fromEntries(Object.entries(suite.parameters).map(([key, spec]) => [key, spec.default ?? ''])),
    ...parameters,
  };
  const env = {
    ...process.env,
    BENCHLINE_RESULTS_FILE: resultsFile,
    BENCHLINE_OUTPUT_DIR: outputDir,
    BENCHLINE_RUN_ID: 'example-suite-test',
    ...Object.fromEntries(Object.entries(values).map(([key, value]) => [`BENCHLINE_PARAM_${key}`, value])),
  };
  const [program, ...args] = benchmark.command.map((arg) =>
    arg.replaceAll('{resultsFile}', resultsFile).replaceAll('{outputDir}', outputDir),
  );
  try {
    const { stdout, stderr } = await run(program!, args, {
      cwd: suiteDir,
      env,
      timeout: benchmark.timeoutSeconds * 1000,
    });
    return { exitCode: 0, stdout, stderr, outputDir, resultsFile };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { exitCode: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', outputDir, resultsFile };
  }
}

function find(results: BenchmarkResult[], params: Record<string, string>, metric: string): BenchmarkResult {
  const matches = results.filter(
    (result) =>
      result.metric === metric && Object.entries(params).every(([key, value]) => result.params[key] === value),
  );
  expect(matches, `${metric} ${JSON.stringify(params)}`).toHaveLength(1);
  return matches[0]!;
}

describe('examples/ipfs-suite', () => {
  let suite: SuiteConfig;

  beforeAll(async () => {
    suite = await loadSuite();
    // The minion runs the suite's setup once per lockfile change; here, once per fresh clone.
    if (!existsSync(join(suiteDir, 'node_modules', 'helia', 'package.json'))) {
      for (const [program, ...args] of suite.setup) await run(program!, args, { cwd: suiteDir });
    }
  }, 180_000);

  it('declares a valid suite whose parameter defaults satisfy their own patterns', () => {
    expect(suite.benchmarks.map((benchmark) => [benchmark.name, benchmark.format])).toEqual([
      ['add-fetch', 'benchline'],
      ['hash-file', 'hyperfine'],
    ]);
    expect(suite.packages).toContain('hyperfine');
    expect(suite.setupInputs).toEqual(['package-lock.json']);
    for (const [name, spec] of Object.entries(suite.parameters)) {
      expect(spec.default, name).toMatch(new RegExp(`^(?:${spec.pattern})$`));
    }
    expect('1KB,64MB;touch /tmp/x').not.toMatch(new RegExp(`^(?:${suite.parameters.sizes!.pattern})$`));
  });

  it('documents in its README exactly the suite block of benchline-suite.yaml', async () => {
    const readme = await readFile(join(suiteDir, 'README.md'), 'utf8');
    const block = /```yaml\n(suites:\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'a ```yaml block starting with suites:').toBeDefined();
    const { repo, ...documented } = (parseYaml(block!) as { suites: Record<string, Record<string, unknown>> }).suites[
      'ipfs-suite'
    ]!;
    expect(repo).toEqual(expect.any(String));
    expect(documented).toEqual(parseYaml(await readFile(join(suiteDir, 'benchline-suite.yaml'), 'utf8')));
  });

  it('add-fetch writes latency and throughput per operation and size in the benchline format, then removes its scratch files', async () => {
    const outcome = await runSuiteBenchmark(suite, 'add-fetch', { sizes: '1KB,256KB', iterations: '3' });
    expect(outcome.stderr).not.toMatch(/add-fetch:/);
    expect(outcome.exitCode).toBe(0);
    const text = await readFile(outcome.resultsFile);
    expect(detectFormat(text, outcome.resultsFile)).toBe('benchline');
    const { results } = parseResults(text, { file: outcome.resultsFile, format: 'benchline' });

    expect(results).toHaveLength(8);
    expect(new Set(results.map((result) => result.benchmark))).toEqual(new Set(['add-fetch']));
    for (const operation of ['add', 'fetch']) {
      for (const [size, bytes] of [
        ['1KB', 1024],
        ['256KB', 256 * 1024],
      ] as const) {
        const latency = find(results, { operation, size }, 'latency');
        const throughput = find(results, { operation, size }, 'throughput');
        expect(latency.unit).toBe('ms');
        expect(throughput.unit).toBe('MiB/s');
        expect(latency.samples).toHaveLength(3);
        expect(latency.iterations).toBe(3);
        expect(latency.value).toBeGreaterThan(0);
        expect(latency.min!).toBeLessThanOrEqual(latency.value);
        expect(latency.max!).toBeGreaterThanOrEqual(latency.value);
        // With an odd number of iterations the median throughput is the size over the median latency.
        expect(throughput.value).toBeCloseTo(bytes / MIB / (latency.value / 1000), 1);
      }
    }
    expect(await readdir(outcome.outputDir)).toEqual(['results.json']);
  });

  it('add-fetch rejects a malformed parameter with a clear error and writes no results', async () => {
    const outcome = await runSuiteBenchmark(suite, 'add-fetch', { sizes: '1KB,12XB' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toContain('invalid size "12XB"');
    expect(existsSync(outcome.resultsFile)).toBe(false);
  });

  it('hash-file, timed by hyperfine exactly as the suite declares it, yields a latency per size in seconds', async () => {
    const outcome = await runSuiteBenchmark(suite, 'hash-file');
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    const text = await readFile(outcome.resultsFile);
    expect(detectFormat(text, outcome.resultsFile)).toBe('hyperfine');
    const { results } = parseResults(text, { file: outcome.resultsFile, format: 'hyperfine' });

    const latencies = results.filter((result) => result.metric === 'latency');
    expect(latencies.map((result) => [result.benchmark, result.params, result.unit])).toEqual([
      ['hash-file', { size: '1MB' }, 's'],
      ['hash-file', { size: '16MB' }, 's'],
    ]);
    for (const latency of latencies) {
      expect(latency.samples).toHaveLength(10);
      expect(latency.value).toBeGreaterThan(0);
    }
  });

  it('hash-file prints the CID that Kubo computes for the same bytes', async () => {
    const dir = await makeTempDir('example-hash-');
    tempDirs.push(dir);
    const file = join(dir.path, 'input.bin');
    await run('node', ['bench/make-file.mjs', '1MB', file], { cwd: suiteDir });
    const { stdout } = await run('node', ['bench/hash-file.mjs', file], { cwd: suiteDir });
    // Computed for this file with Debian's ipfs-cid (`ipfs_cid FILE`), which implements Kubo's `ipfs add` defaults.
    expect(stdout.trim()).toBe('QmUwZNTVwQme7fNkWs6FDJ8bZxJzSVXVFZCdjDZZQUwADq');
  });
});
