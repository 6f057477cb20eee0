import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseConfig } from '@benchline/core';
import { benchlineDashboard, dashboardQueries } from '@benchline/dashboards';
import { makeTempDir, startInfluxd, type Influxd } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLineProtocolBatch } from '@benchline/influx';
import type { BenchmarkResult } from '@benchline/results';
import { benchmarkPoints } from '@benchline/publisher/internal';

const ROOT = resolve(import.meta.dirname, '../..');
const DATABASE = 'benchline';
const DAY_MS = 24 * 60 * 60 * 1000;
const MINIONS = ['bench-1', 'bench-2'];
const REFS = ['main', 'v1'];
const SIZES = ['1KB', '1MB'];

const config = parseConfig({
  suites: {
    ipfs: {
      repo: '/srv/ipfs-bench',
      parameters: { implementation: { default: 'helia' } },
      benchmarks: [{ name: 'add', command: ['node', 'add.js'] }, { name: 'fetch', command: ['node', 'fetch.js'] }],
    },
    cli: { repo: '/srv/cli-bench', benchmarks: [{ name: 'startup', command: ['hyperfine', 'x'] }] },
  },
}, {});
const dashboard = benchlineDashboard(config, { ipfsGatewayUrl: 'http://127.0.0.1:8081', resultParameters: ['size'] });
const macros = { timeFilter: 'time > now() - 30d', __interval: '1h' };

/** What the publisher writes for one run of one benchmark: the schema comes from its own code. */
function runLines(suite: string, benchmark: string, minion: string, ref: string, daysAgo: number): string {
  const runId = `${suite}-${benchmark}-${minion}-${ref}-${daysAgo}`;
  const results: BenchmarkResult[] = suite === 'cli'
    ? [{ benchmark: 'startup', params: {}, metric: 'duration', unit: 's', value: 0.05 + daysAgo / 1000, stddev: 0.002, samples: [0.049, 0.05, 0.051] }]
    : SIZES.map((size) => ({ benchmark: `${benchmark}-file`, params: { size }, metric: 'duration', unit: 'ms', value: 10 + daysAgo, iterations: 5 }));
  return toLineProtocolBatch(benchmarkPoints({
    runId,
    suite,
    benchmark,
    minion,
    ref,
    commit: `c0ffee${daysAgo}`,
    cid: `QmRun${daysAgo}${minion}${ref}`,
    requestedAtMs: Date.now() - daysAgo * DAY_MS,
    runParameters: suite === 'ipfs' ? { implementation: 'helia' } : {},
    results,
  }));
}

async function influx(path: string, body: string | URLSearchParams): Promise<void> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

let server: Influxd;
const selectOne = { ...macros, suite: 'ipfs', minion: 'bench-2', ref: 'v1' };
// Grafana expands "All" of a multi-value variable to a regex alternation of every value.
const selectAll = { ...macros, suite: '(ipfs|cli)', minion: `(${MINIONS.join('|')})`, ref: `(${REFS.join('|')})` };

beforeAll(async () => {
  server = await startInfluxd();
  await influx('/query', new URLSearchParams({ q: `CREATE DATABASE ${DATABASE}` }));
  // An empty database answers nothing, so the assertions below can fail.
  expect(await server.query(DATABASE, dashboardQueries(dashboard, selectAll)[0]!)).toEqual([]);
  const lines: string[] = [];
  for (const [suite, { benchmarks }] of Object.entries(config.suites)) {
    for (const { name } of benchmarks) {
      for (const minion of MINIONS) for (const ref of REFS) for (const daysAgo of [1, 2, 3]) lines.push(runLines(suite, name, minion, ref, daysAgo));
    }
  }
  await influx(`/write?db=${DATABASE}&precision=ns`, lines.join('\n'));
});

afterAll(async () => {
  await server?.close();
});

describe('the generated dashboard against a real influxd', () => {
  it('every query returns at least one series, with all or one minion and ref selected', async () => {
    for (const values of [selectAll, selectOne]) {
      const queries = dashboardQueries(dashboard, values);
      expect(queries).toHaveLength(5 + 3);
      for (const query of queries) {
        const series = await server.query(DATABASE, query);
        expect(series.length, query).toBeGreaterThan(0);
      }
    }
  });

  it('history panels get one series per case, size, minion and ref, each with the cid their data link needs', async () => {
    const [addHistory] = dashboardQueries(dashboard, { ...macros, suite: '.*', minion: '.*', ref: '.*' });
    const series = await server.query(DATABASE, addHistory!);
    expect(series).toHaveLength(SIZES.length * MINIONS.length * REFS.length);
    for (const { columns, values, tags } of series) {
      expect(columns).toEqual(['time', 'value', 'run_id', 'commit', 'cid']);
      expect(values).toHaveLength(3);
      expect(tags).toMatchObject({ case: 'add-file', metric: 'duration', param_implementation: 'helia' });
      expect(values[0]![4]).toMatch(/^QmRun\d/);
    }
  });

  it('the recent-runs table gets run_id, commit and cid of the newest points first', async () => {
    const recentRuns = dashboardQueries(dashboard, { ...macros, suite: 'cli', minion: 'bench-1', ref: 'main' })[4]!;
    const [series] = await server.query(DATABASE, recentRuns);
    expect(series?.columns).toEqual(['time', 'run_id', 'commit', 'cid', 'minion', 'ref']);
    expect(series?.values.map((row) => row[1])).toEqual(['cli-startup-bench-1-main-1', 'cli-startup-bench-1-main-2', 'cli-startup-bench-1-main-3']);
  });
});

describe('the committed dashboard', () => {
  it('is what the CLI generates from the production config, byte for byte', async () => {
    const dir = await makeTempDir('dashboard');
    try {
      const output = join(dir.path, 'benchline.json');
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/dashboards/bin/generate.ts', 'infrastructure/benchline.production.yaml', output], { cwd: ROOT });
      const committed = await readFile(join(ROOT, 'infrastructure/grafana/dashboards/benchline.json'), 'utf8');
      expect(await readFile(output, 'utf8')).toBe(committed);
    } finally {
      await dir.remove();
    }
  });
});
