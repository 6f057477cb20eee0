import { freePort, startInfluxd, type Influxd } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InfluxClient,
  type InfluxClientOptions,
  InfluxRequestError,
  LineProtocolError,
  type Point,
  RetriesExhaustedError,
} from '@benchline/influx';
import { benchmarkPoints, publicationPoints, runTimestampNs, type BenchmarkPublication } from '../src/influx/points.ts';
import { writePublications } from '../src/influx/publish.ts';
import { captureLogger } from './capture-logger.ts';
import { startRecordingProxy } from './recording-proxy.ts';

let influxd: Influxd;
beforeAll(async () => {
  influxd = await startInfluxd();
});
afterAll(async () => {
  await influxd?.close();
});

const fastRetry = { initialDelayMs: 100, maxDelayMs: 500, maxElapsedMs: 30_000 };

function writer(database: string, overrides: Partial<InfluxClientOptions> = {}): InfluxClient {
  return new InfluxClient({
    url: influxd.url,
    apiVersion: 'v1',
    database,
    batchSize: 2,
    logger: captureLogger().logger,
    retry: fastRetry,
    ...overrides,
  });
}

function publication(runId: string, requestedAtMs: number): BenchmarkPublication {
  return {
    runId,
    suite: 'ipfs',
    benchmark: 'add',
    minion: 'minion-1',
    ref: 'main',
    commit: 'c0ffee',
    cid: 'QmBundleCid',
    requestedAtMs,
    runParameters: { size: '1MB' },
    results: [
      { benchmark: 'add-1', params: {}, metric: 'duration', unit: 'ms', value: 11.5, stddev: 0.25, iterations: 7 },
      { benchmark: 'add-2', params: {}, metric: 'duration', unit: 'ms', value: 22 },
      {
        benchmark: 'add-3',
        params: { size: '4MB' },
        metric: 'throughput',
        unit: 'MB/s',
        value: 333.3,
        samples: [330, 333.3, 336.6],
      },
    ],
  };
}

async function count(database: string, where = ''): Promise<number> {
  const series = await influxd.query(database, `SELECT count(value) FROM benchmark_result ${where}`);
  return Number(series[0]?.values[0]?.[1] ?? 0);
}

describe('InfluxClient against a real influxd (v1 API)', () => {
  it('writes points in batches so InfluxQL returns exactly them, with run id, commit and CID', async () => {
    const influx = writer('exact', { username: 'bench', password: 'secret' });
    await influx.ensureDatabase();
    await influx.ensureDatabase(); // idempotent
    const input = publication('run-exact', 1_700_000_000_000);
    expect(await influx.write(benchmarkPoints(input))).toBe(3);

    const series = await influxd.query(
      'exact',
      'SELECT "case", metric, unit, param_size, value, stddev, iterations, samples, run_id, commit, cid FROM benchmark_result ORDER BY time',
    );
    const rows = series[0]!.values.map((row) => row.slice(1));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['add-1', 'duration', 'ms', '1MB', 11.5, 0.25, 7, null, 'run-exact', 'c0ffee', 'QmBundleCid'],
        ['add-2', 'duration', 'ms', '1MB', 22, null, null, null, 'run-exact', 'c0ffee', 'QmBundleCid'],
        ['add-3', 'throughput', 'MB/s', '4MB', 333.3, null, null, 3, 'run-exact', 'c0ffee', 'QmBundleCid'],
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(await count('exact', `WHERE time = ${runTimestampNs('run-exact', 1_700_000_000_000)}`)).toBe(3);
    const fieldTypes = await influxd.query('exact', 'SHOW FIELD KEYS');
    expect(Object.fromEntries(fieldTypes[0]!.values as [string, string][])).toMatchObject({
      value: 'float',
      iterations: 'integer',
      samples: 'integer',
      run_id: 'string',
    });
  });

  it('rewrites the same points when the same run is written twice, and keeps two runs in the same millisecond apart', async () => {
    const influx = writer('twice');
    await influx.ensureDatabase();
    await influx.write(benchmarkPoints(publication('run-a', 1_700_000_000_000)));
    await influx.write(benchmarkPoints(publication('run-a', 1_700_000_000_000)));
    expect(await count('twice')).toBe(3);
    await influx.write(benchmarkPoints(publication('run-b', 1_700_000_000_000)));
    expect(await count('twice')).toBe(6);
  });

  it('round-trips names and strings that need escaping', async () => {
    const influx = writer('escaping');
    await influx.ensureDatabase();
    const tricky = 'a b,c=d "q" C:\\dir';
    await influx.write([
      {
        measurement: 'benchmark_result',
        tags: { 'param_k ey,=': tricky },
        fields: { value: 1, note: 'say "hi" \\o/' },
        timestamp: 5n,
      },
    ]);
    const series = await influxd.query('escaping', 'SELECT * FROM benchmark_result');
    const row = Object.fromEntries(series[0]!.columns.map((column, i) => [column, series[0]!.values[0]![i]]));
    expect(row).toMatchObject({ 'param_k ey,=': tricky, note: 'say "hi" \\o/', value: 1 });
  });

  it('waits out an influxd outage and then stores every point exactly once', async () => {
    const influx = writer('outage');
    await influx.ensureDatabase();
    await influxd.stop();
    const started = Date.now();
    const writing = influx.write(publicationPoints([publication('run-outage', 1_700_000_000_000)]));
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await influxd.start();
    expect(await writing).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(6_000);
    expect(await count('outage')).toBe(3);
  });

  it('fails at once with InfluxDB’s message when the database does not exist', async () => {
    const started = Date.now();
    const failure = writer('missing').write(benchmarkPoints(publication('run-x', 1)));
    await expect(failure).rejects.toThrow(InfluxRequestError);
    await expect(failure).rejects.toThrow(/rejected with HTTP 404: database not found: "missing"/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('fails at once when InfluxDB rejects the data (field type conflict)', async () => {
    const influx = writer('conflict');
    await influx.ensureDatabase();
    await influx.write([{ measurement: 'benchmark_result', fields: { value: 1 }, timestamp: 1n }]);
    const bad: Point = { measurement: 'benchmark_result', fields: { value: 'not a number' }, timestamp: 2n };
    await expect(influx.write([bad])).rejects.toThrow(/HTTP 400: .*field type conflict/);
  });

  it('gives up after its time budget with an error naming the endpoint, and never logs the password', async () => {
    const { logger, lines } = captureLogger();
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const influx = new InfluxClient({
      url: nobody,
      apiVersion: 'v1',
      database: 'db',
      username: 'u',
      password: 'hunter2-secret',
      batchSize: 10,
      logger,
      retry: { initialDelayMs: 50, maxDelayMs: 200, maxElapsedMs: 1_000 },
    });
    const failure = influx.write([{ measurement: 'm', fields: { v: 1 }, timestamp: 1n }]);
    const error = await failure.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    const { message } = error as Error;
    expect(message).toMatch(
      new RegExp(
        `InfluxDB write of 1 point\\(s\\) at ${nobody}/write: gave up after \\d+ attempt\\(s\\).*ECONNREFUSED`,
      ),
    );
    expect(lines.some((line) => line.includes('retrying'))).toBe(true);
    const said = `${lines.join('')}${message}`;
    expect(said).not.toContain('hunter2-secret');
    expect(said).not.toContain(Buffer.from('u:hunter2-secret').toString('base64'));
  });

  it('sends v2 writes to /api/v2/write (which InfluxDB 1.6 does not have)', async () => {
    const influx = writer('exact', { apiVersion: 'v2', org: 'org', token: 'tok' });
    await expect(influx.write([{ measurement: 'm', fields: { v: 1 }, timestamp: 1n }])).rejects.toThrow(
      /\/api\/v2\/write was rejected with HTTP 404/,
    );
  });
});

describe('InfluxClient with points from a generator', () => {
  const numbered = (count: number, pulledAt: number[], bad?: number): Generator<Point> =>
    (function* () {
      for (let i = 0; i < count; i++) {
        pulledAt.push(performance.now());
        yield {
          measurement: 'benchmark_result',
          tags: { case: `c${i}` },
          fields: { value: i === bad ? Number.NaN : i },
          timestamp: BigInt(i + 1),
        };
      }
    })();

  it('sends one batch at a time, in order, serializing the next batch while the one before is in flight', async () => {
    const database = 'pipelined';
    await writer(database).ensureDatabase();
    const proxy = await startRecordingProxy(influxd.url, 150);
    try {
      const pulledAt: number[] = [];
      expect(await writer(database, { url: proxy.url }).write(numbered(5, pulledAt))).toBe(5);
      expect(proxy.requests.map((request) => request.body.split('\n').map((line) => line.split(' ')[2]))).toEqual([
        ['1', '2'],
        ['3', '4'],
        ['5'],
      ]);
      expect(proxy.maxActive()).toBe(1);
      // The points of batch 2 were pulled (and serialized) before batch 1 was answered, not after.
      expect(pulledAt[3]!).toBeLessThan(proxy.requests[0]!.answeredAt!);
      expect(proxy.requests[1]!.receivedAt).toBeGreaterThan(proxy.requests[0]!.answeredAt!);
      expect(await count(database)).toBe(5);
    } finally {
      await proxy.close();
    }
  });

  it('on a point that cannot be serialized, keeps the batches before it, lets the one in flight finish, then fails', async () => {
    const database = 'badpoint';
    await writer(database).ensureDatabase();
    const proxy = await startRecordingProxy(influxd.url, 300);
    try {
      const failure = await writer(database, { url: proxy.url })
        .write(numbered(5, [], 3))
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(LineProtocolError);
      expect(proxy.active()).toBe(0);
      expect(proxy.requests).toHaveLength(1);
      expect(await count(database)).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('writePublications writes nothing when any result, however late, cannot be written', async () => {
    const database = 'allornothing';
    const influx = writer(database);
    await influx.ensureDatabase();
    const good = publication('run-good', 1_700_000_000_000);
    const bad = {
      ...publication('run-bad', 1_700_000_000_000),
      results: [...good.results, { benchmark: 'add-4', params: {}, metric: 'line\nbreak', unit: 'ms', value: 1 }],
    };
    await expect(writePublications(influx, [good, bad])).rejects.toThrow(
      /tag metric "line\\nbreak" contains a line break/,
    );
    expect(await count(database)).toBe(0);
    expect(await writePublications(influx, [good, publication('run-2', 1_700_000_000_000)])).toBe(6);
    expect(await count(database)).toBe(6);
  });
});

describe('InfluxClient options', () => {
  const base = {
    url: 'http://127.0.0.1:8086',
    apiVersion: 'v1' as const,
    database: 'db',
    batchSize: 10,
    logger: captureLogger().logger,
  };

  it('rejects incomplete or unsafe settings with a clear error', () => {
    expect(() => new InfluxClient({ ...base, apiVersion: 'v2' })).toThrow(/v2 needs influx.org and influx.token/);
    expect(() => new InfluxClient({ ...base, url: 'http://u:p@127.0.0.1:8086' })).toThrow(
      /must not contain credentials/,
    );
    expect(() => new InfluxClient({ ...base, url: 'not a url' })).toThrow(/not a URL/);
    expect(() => new InfluxClient({ ...base, batchSize: 0 })).toThrow(/batchSize/);
    expect(() => new InfluxClient({ ...base, username: 'u' })).toThrow(/username and influx.password go together/);
  });
});
