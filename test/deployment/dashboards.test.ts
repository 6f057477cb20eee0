import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseConfig } from '@benchline/core';
import { benchlineDashboard, dashboardQueries } from '@benchline/dashboards';
import { makeTempDir, startInfluxd, type Influxd } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_MEASUREMENT, toLineProtocolBatch, type Point } from '@benchline/influx';
import type { BenchmarkResult } from '@benchline/results';
import { benchmarkPoints } from '@benchline/publisher/internal';

const ROOT = resolve(import.meta.dirname, '../..');
const DATABASE = 'benchline';
const DAY_MS = 24 * 60 * 60 * 1000;
const MINIONS = ['bench-1', 'bench-2'];
const REFS = ['main', 'v1'];
const SIZES = ['1KB', '1MB'];

const config = parseConfig(
  {
    suites: {
      ipfs: {
        repo: '/srv/ipfs-bench',
        parameters: { implementation: { default: 'helia' } },
        benchmarks: [
          { name: 'add', command: ['node', 'add.js'] },
          { name: 'fetch', command: ['node', 'fetch.js'] },
        ],
      },
      cli: { repo: '/srv/cli-bench', benchmarks: [{ name: 'startup', command: ['hyperfine', 'x'] }] },
    },
  },
  {},
);
const dashboard = benchlineDashboard(config, { ipfsGatewayUrl: 'http://127.0.0.1:8081', resultParameters: ['size'] });
const macros = { timeFilter: 'time > now() - 30d', __interval: '1h' };

/** What the publisher writes for one run of one benchmark: the schema comes from its own code. */
function runLines(suite: string, benchmark: string, minion: string, ref: string, daysAgo: number): string {
  const runId = `${suite}-${benchmark}-${minion}-${ref}-${daysAgo}`;
  const results: BenchmarkResult[] =
    suite === 'cli'
      ? [
          {
            benchmark: 'startup',
            params: {},
            metric: 'duration',
            unit: 's',
            value: 0.05 + daysAgo / 1000,
            stddev: 0.002,
            samples: [0.049, 0.05, 0.051],
          },
        ]
      : SIZES.map((size) => ({
          benchmark: `${benchmark}-file`,
          params: { size },
          metric: 'duration',
          unit: 'ms',
          value: 10 + daysAgo,
          iterations: 5,
        }));
  return toLineProtocolBatch(
    benchmarkPoints({
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
    }),
  );
}

/** Fixed, so that writing a change again hits the same point, as the analyzer's deterministic time does. */
const CHANGES_NOW = Date.now();

/**
 * A change point as the analyzer writes it (services/analyzer/src/change-outputs.ts, changePoint):
 * tags are the series' tags and change_id, status is a field, the time is that of the first run of
 * the new level.
 */
function changeLine(
  suite: string,
  benchmark: string,
  minion: string,
  changeId: string,
  status: string,
  daysAgo: number,
): string {
  const params: Record<string, string> = suite === 'ipfs' ? { param_implementation: 'helia', param_size: '1MB' } : {};
  const point: Point = {
    measurement: CHANGES_MEASUREMENT,
    tags: {
      suite,
      benchmark: suite === 'ipfs' ? benchmark : 'startup',
      case: suite === 'ipfs' ? `${benchmark}-file` : 'startup',
      metric: 'duration',
      unit: suite === 'ipfs' ? 'ms' : 's',
      minion,
      ...params,
      change_id: changeId,
    },
    fields: {
      status,
      kind: 'regression',
      direction: 'lower',
      change_percent: 12.5,
      before: 10,
      after: 11.25,
      significance: 0.001,
      commit_before: 'c0ffee3',
      commit_after: 'c0ffee2',
      run_id: `${suite}-${benchmark}-${minion}-main-${daysAgo}`,
      text: `regression 12.5 % (${status}) in c0ffee3..c0ffee2`,
    },
    timestamp: BigInt(CHANGES_NOW - daysAgo * DAY_MS) * 1_000_000n,
  };
  return toLineProtocolBatch([point]);
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
      for (const minion of MINIONS)
        for (const ref of REFS)
          for (const daysAgo of [1, 2, 3]) lines.push(runLines(suite, name, minion, ref, daysAgo));
    }
  }
  // A change point per benchmark and minion, and one that people dismissed (left off the dashboard).
  for (const [suite, { benchmarks }] of Object.entries(config.suites)) {
    for (const { name } of benchmarks)
      for (const minion of MINIONS)
        lines.push(changeLine(suite, name, minion, `${suite}-${name}-${minion}`, 'confirmed', 2));
  }
  lines.push(changeLine('ipfs', 'add', 'bench-1', 'dismissed-one', 'dismissed', 1));
  await influx(`/write?db=${DATABASE}&precision=ns`, lines.join('\n'));
});

afterAll(async () => {
  await server?.close();
});

describe('the generated dashboard against a real influxd', () => {
  it('every query returns at least one series, with all or one minion and ref selected', async () => {
    for (const values of [selectAll, selectOne]) {
      const queries = dashboardQueries(dashboard, values);
      // 3 history and 2 recent-runs panels, 3 variables, a change annotation per history panel.
      expect(queries).toHaveLength(5 + 3 + 3);
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
    expect(series?.values.map((row) => row[1])).toEqual([
      'cli-startup-bench-1-main-1',
      'cli-startup-bench-1-main-2',
      'cli-startup-bench-1-main-3',
    ]);
  });
});

describe('change points', () => {
  it("each history panel's annotation returns its benchmark's change points on the picked minions, text included, dismissed ones left out", async () => {
    const annotations = dashboard.annotations?.list ?? [];
    const queries = dashboardQueries(dashboard, { ...macros, suite: 'ipfs', minion: 'bench-1', ref: 'main' }).slice(
      -annotations.length,
    );
    expect(annotations.map((annotation) => annotation.name)).toEqual([
      'Changes ipfs/add',
      'Changes ipfs/fetch',
      'Changes cli/startup',
    ]);
    const [add] = await server.query(DATABASE, queries[0]!);
    expect(add?.columns).toEqual([
      'time',
      'text',
      'kind',
      'status',
      'change_percent',
      'commit_before',
      'commit_after',
      'change_id',
    ]);
    expect(add?.values).toEqual([
      [
        expect.any(Number),
        'regression 12.5 % (confirmed) in c0ffee3..c0ffee2',
        'regression',
        'confirmed',
        12.5,
        'c0ffee3',
        'c0ffee2',
        'ipfs-add-bench-1',
      ],
    ]);
    const [startup] = await server.query(DATABASE, queries[2]!);
    expect(startup?.values.map((row) => row.at(-1))).toEqual(['cli-startup-bench-1']);
    // All minions picked: one change per minion, still none dismissed and none of another benchmark.
    const all = dashboardQueries(dashboard, {
      ...macros,
      suite: '.*',
      minion: `(${MINIONS.join('|')})`,
      ref: '.*',
    }).slice(-annotations.length);
    const [fetch] = await server.query(DATABASE, all[1]!);
    expect(fetch?.values.map((row) => row.at(-1)).sort()).toEqual(['ipfs-fetch-bench-1', 'ipfs-fetch-bench-2']);
  });

  it('an update rewrites the change in place (status is a field): one point, the new status', async () => {
    await influx(
      `/write?db=${DATABASE}&precision=ns`,
      changeLine('cli', 'startup', 'bench-2', 'cli-startup-bench-2', 'dismissed', 2),
    );
    const annotation = dashboardQueries(dashboard, { ...macros, suite: 'cli', minion: 'bench-2', ref: 'main' }).at(-1)!;
    expect(await server.query(DATABASE, annotation)).toEqual([]);
    const [stored] = await server.query(
      DATABASE,
      `SELECT "status" FROM "${CHANGES_MEASUREMENT}" WHERE "change_id" = 'cli-startup-bench-2'`,
    );
    expect(stored?.values.map((row) => row[1])).toEqual(['dismissed']);
  });
});

describe('the committed dashboard', () => {
  it('is what the CLI generates from the production config, byte for byte', async () => {
    const dir = await makeTempDir('dashboard');
    try {
      const output = join(dir.path, 'benchline.json');
      await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'packages/dashboards/bin/generate.ts', 'infrastructure/benchline.production.yaml', output],
        { cwd: ROOT },
      );
      const committed = await readFile(join(ROOT, 'infrastructure/grafana/dashboards/benchline.json'), 'utf8');
      expect(await readFile(output, 'utf8')).toBe(committed);
    } finally {
      await dir.remove();
    }
  });
});
