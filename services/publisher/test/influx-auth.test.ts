import { startInfluxd, type Influxd } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InfluxClient, InfluxRequestError, type Point } from '@benchline/influx';
import { withDatabase } from '../src/influx-database.ts';
import { captureLogger } from './capture-logger.ts';

const DB = 'benchline';
const point = (value: number): Point => ({
  measurement: 'benchline_results',
  tags: { suite: 'ipfs', benchmark: 'add' },
  fields: { value, run_id: `run-${value}` },
  timestamp: BigInt(1_700_000_000_000 + value) * 1_000_000n,
});

/**
 * InfluxDB with authentication on, its users as docs/production.md sets them up: an admin nobody runs
 * as, a read-write user with ALL on the database and no admin rights (publisher, analyzer, bisector),
 * and a read user (trigger, Grafana).
 */
describe('InfluxDB with authentication on', () => {
  let influxd: Influxd;
  beforeAll(async () => {
    influxd = await startInfluxd({ admin: { username: 'admin', password: 'admin-secret' } });
    await influxd.execute(`CREATE DATABASE ${DB}`);
    await influxd.execute(`CREATE USER "benchline" WITH PASSWORD 'rw-secret'`);
    await influxd.execute(`GRANT ALL ON ${DB} TO "benchline"`);
    await influxd.execute(`CREATE USER "reader" WITH PASSWORD 'read-secret'`);
    await influxd.execute(`GRANT READ ON ${DB} TO "reader"`);
  });
  afterAll(async () => {
    await influxd?.close();
  });

  const client = (username: string, password: string, logger = captureLogger().logger) =>
    new InfluxClient({
      url: influxd.url,
      apiVersion: 'v1',
      database: DB,
      batchSize: 100,
      username,
      password,
      logger,
      retry: { initialDelayMs: 100, maxDelayMs: 500, maxElapsedMs: 20_000 },
    });

  it('lets the read-write user write and query, though it may not create the database: the publisher goes on', async () => {
    const log = captureLogger();
    const readWrite = client('benchline', 'rw-secret', log.logger);
    await expect(readWrite.ensureDatabase()).rejects.toMatchObject({ code: 'INFLUX_REJECTED', status: 403 });
    const publisher = withDatabase(readWrite, 'v1', log.logger);
    expect(await publisher.write([point(1), point(2)])).toBe(2);
    const [series] = await publisher.query(`SELECT "value" FROM "benchline_results" WHERE "suite" = $suite`, {
      suite: 'ipfs',
    });
    expect(series?.rows.map((row) => row.value)).toEqual([1, 2]);
    expect(log.lines.filter((line) => line.includes('could not create the InfluxDB database'))).toHaveLength(1);
    const [stored] = await influxd.query(DB, 'SELECT count("value") FROM "benchline_results"');
    expect(stored?.values[0]?.[1]).toBe(2);
  });

  it('lets the read user query, and refuses its write at once, without a retry (INFLUX_REJECTED)', async () => {
    const reader = client('reader', 'read-secret');
    expect(await reader.query('SELECT "value" FROM "benchline_results"')).toHaveLength(1);
    const started = performance.now();
    const refused = await reader.write([point(3)]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InfluxRequestError);
    expect(refused).toMatchObject({ code: 'INFLUX_REJECTED', retryable: false, status: 403 });
    // The retry policy's first delay is 100 ms, its budget 20 s: a retried 403 would take longer.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a wrong password at once, on a write and on a query', async () => {
    const wrong = client('benchline', 'not-the-password');
    await expect(wrong.write([point(4)])).rejects.toMatchObject({
      code: 'INFLUX_REJECTED',
      status: 401,
      retryable: false,
    });
    await expect(wrong.query('SELECT "value" FROM "benchline_results"')).rejects.toMatchObject({
      code: 'INFLUX_REJECTED',
      status: 401,
    });
    const [stored] = await influxd.query(DB, 'SELECT count("value") FROM "benchline_results"');
    expect(stored?.values[0]?.[1]).toBe(2);
  });
});
