import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, parseConfig, type RunState, type ServiceContext } from '@benchline/core';
import { InfluxClient, MAX_SAMPLE_VALUES } from '@benchline/influx';
import { benchmarkPoints } from '@benchline/publisher/internal';
import type { BenchmarkResult } from '@benchline/results';
import { startInfluxd, startNats, type Influxd, type NatsServer } from '@benchline/servers';
import { compareSampleSets } from '../src/compare/statistics.ts';
import type { Comparison } from '../src/schemas.ts';
import { startTrigger } from '../src/trigger.ts';

const API_KEY = 'test-api-key-0123456789';
const log = pino({ level: 'silent' });
const CLI_SCHEMA = JSON.parse(
  readFileSync(new URL('../../../packages/cli/schema/cli-output.schema.json', import.meta.url), 'utf8'),
);

// The hand-computed fixture of compare.test.ts: medians 20.4 → 21.4, exact p = 4/252.
const BASE_SAMPLES = [20.0, 20.6, 20.2, 21.0, 20.4];
const HEAD_SAMPLES = [21.4, 20.8, 22.0, 21.2, 21.6];
/** More samples than the publisher stores: only their count and stddev reach InfluxDB. */
const MANY = Array.from({ length: MAX_SAMPLE_VALUES + 50 }, (_, i) => 100 + (i % 11) - 5);

const result = (name: string, fields: Omit<BenchmarkResult, 'benchmark' | 'params' | 'metric'>): BenchmarkResult => ({
  benchmark: name,
  params: {},
  metric: 'duration',
  ...fields,
});

describe('GET /compare against NATS and a real influxd, with the points the publisher writes', () => {
  let nats: NatsServer;
  let influxd: Influxd;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  const compare = async (query: Record<string, string>) => {
    const response = await fetch(`${trigger.url}/compare?${new URLSearchParams(query)}`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Comparison;
  };

  /** A published run in the runs bucket, and its points in InfluxDB as the publisher builds them. */
  const publishRun = async (runId: string, commit: string, requestedAtMs: number, results: BenchmarkResult[]) => {
    const state: RunState = {
      runId,
      status: 'published',
      suite: 'demo',
      ref: 'main',
      minion: 'm1',
      benchmarks: ['noop'],
      parameters: {},
      tags: [],
      source: 'api',
      requestedBy: 'ci',
      stages: { requested: new Date(requestedAtMs).toISOString() },
      commit,
    };
    await context.buckets.runs.put(runId, JSON.stringify(state));
    const influx = new InfluxClient({ ...context.config.influx, logger: log });
    await influx.ensureDatabase();
    const points = benchmarkPoints({
      runId,
      suite: 'demo',
      benchmark: 'noop',
      minion: 'm1',
      ref: 'main',
      commit,
      cid: 'QmTest',
      requestedAtMs,
      runParameters: {},
      results,
    });
    await influx.write(points);
  };

  beforeAll(async () => {
    [nats, influxd] = await Promise.all([startNats(), startInfluxd()]);
    const config = parseConfig({
      nats: { servers: [nats.url] },
      http: { port: 0, apiKeys: [{ id: 'ci', key: API_KEY }] },
      influx: { url: influxd.url, database: 'compare' },
      suites: { demo: { repo: '/srv/demo.git', benchmarks: [{ name: 'noop', command: ['true'] }] } },
      minions: {
        m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
      },
      schedules: [],
    });
    context = await openContext(config, 'trigger-compare-test', log);
    trigger = await startTrigger(context);
    await publishRun('base-run', 'a'.repeat(40), 1_700_000_000_000, [
      result('latency', { unit: 'ms', value: 20.44, samples: BASE_SAMPLES }),
      result('bulk', { unit: 'ms', value: 100, stddev: 5, samples: MANY }),
    ]);
    await publishRun('head-run', 'b'.repeat(40), 1_700_000_060_000, [
      result('latency', { unit: 'ms', value: 21.4, samples: HEAD_SAMPLES }),
      result('bulk', { unit: 'ms', value: 110, stddev: 5, samples: MANY }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await Promise.all([nats?.close(), influxd?.close()]);
  });

  it('compares by samples where both points carry them and by Welch where not, and says which per series', async () => {
    const comparison = await compare({ base: 'base-run', head: 'head-run' });
    const ajv = new Ajv({ strict: false });
    ajv.addSchema(CLI_SCHEMA, 'cli');
    expect(ajv.validate('cli#/definitions/comparison', comparison), ajv.errorsText()).toBe(true);
    expect(comparison.method).toBe('mixed');
    expect(comparison.summary).toEqual({ regressions: 2, improvements: 0, unchanged: 0, inconclusive: 0 });
    const byCase = Object.fromEntries(comparison.series.map((entry) => [entry.series.case, entry]));

    // The samples round-trip through InfluxDB: the same figures as the fixture computed from the arrays.
    const expected = compareSampleSets(BASE_SAMPLES, HEAD_SAMPLES, {
      direction: 'lower',
      confidence: 0.95,
      minChangePercent: 2,
    });
    expect(byCase.latency).toMatchObject({
      method: 'bootstrap',
      rankTest: 'exact',
      base: { value: 20.44, samples: 5, median: 20.4 },
      head: { value: 21.4, samples: 5, median: 21.4 },
      changePercent: expected.changePercent,
      ci: expected.ci,
      verdict: 'regression',
    });
    expect(byCase.latency!.pValue).toBeCloseTo(4 / 252, 12);
    expect(byCase.latency!.base).not.toHaveProperty('sampleValues');

    // se² = 25/250 each, df = 0.2² / (2 · 0.1² / 249) = 498; change 10 %.
    expect(byCase.bulk).toMatchObject({ method: 'welch', base: { value: 100, stddev: 5, samples: MANY.length } });
    expect(byCase.bulk!.base).not.toHaveProperty('median');
    expect(byCase.bulk!.changePercent).toBeCloseTo(10, 10);
    expect(byCase.bulk!.degreesOfFreedom).toBeCloseTo(498, 8);
    expect(byCase.bulk!.verdict).toBe('regression');
  });

  it('resolves a suite at two commits to the same runs', async () => {
    const comparison = await compare({ suite: 'demo', base: 'a'.repeat(12), head: 'b'.repeat(40) });
    expect([comparison.base.runId, comparison.head.runId]).toEqual(['base-run', 'head-run']);
    expect(comparison.series).toHaveLength(2);
  });
});
