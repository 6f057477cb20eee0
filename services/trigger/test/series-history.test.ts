import { pino } from 'pino';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, parseConfig, type ServiceContext } from '@benchline/core';
import { InfluxClient, RESULTS_MEASUREMENT, type Point } from '@benchline/influx';
import { startInfluxd, startNats, type Influxd, type NatsServer } from '@benchline/servers';
import { SeriesHistory } from '../src/schemas.ts';
import { startTrigger } from '../src/trigger.ts';

const log = pino({ level: 'silent' });
const START_MS = Date.UTC(2026, 0, 1);
const OLD_KERNEL = JSON.stringify({ cores: 8, kernel: '6.1.0', os: 'Debian 12' });
const NEW_KERNEL = JSON.stringify({ cores: 8, kernel: '6.8.0', os: 'Debian 12' });

/** One run's point of one case, as the publisher writes it. */
const point = (
  run: { id: string; position: number; env?: [string, string]; purpose?: string; noisy?: boolean },
  kase: string,
  value: number,
): Point => ({
  measurement: RESULTS_MEASUREMENT,
  tags: { suite: 'perf', benchmark: 'b', case: kase, metric: 'time', unit: 'ms', minion: 'm1', ref: 'main' },
  fields: {
    value,
    stddev: 0.5,
    run_id: run.id,
    commit: `commit-${run.position}`,
    cid: 'Qm',
    commit_position: BigInt(run.position),
    ...(run.env && { env: run.env[0], host: run.env[1] }),
    ...(run.purpose && { purpose: run.purpose }),
    ...(run.noisy && { noisy: true }),
  },
  // Requested in another order than the commits': the answer goes by commit position.
  timestamp: BigInt(START_MS + (10 - run.position) * 60_000) * 1_000_000n,
});

describe('GET /series/history against a real InfluxDB', () => {
  let nats: NatsServer;
  let influxd: Influxd;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  let influx: InfluxClient;
  const history = async () => {
    const response = await fetch(`${trigger.url}/series/history?suite=perf&benchmark=b&minion=m1`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Value.Errors(SeriesHistory, body)).toEqual([]);
    return body as SeriesHistory;
  };

  beforeAll(async () => {
    [nats, influxd] = await Promise.all([startNats(), startInfluxd()]);
    const config = parseConfig({
      nats: { servers: [nats.url] },
      http: { port: 0, apiKeys: [{ id: 'ci', key: 'test-api-key-0123456789' }] },
      influx: { url: influxd.url, database: 'benchline' },
      schedules: [],
      web: { public: true },
    });
    context = await openContext(config, 'series-test', log);
    trigger = await startTrigger(context);
    influx = new InfluxClient({ ...config.influx, logger: log });
    await influx.ensureDatabase();
    const runs = [
      { id: 'r1', position: 1 }, // before the publisher wrote host facts
      { id: 'r2', position: 2, env: ['e-old', OLD_KERNEL] as [string, string] },
      { id: 'r3', position: 3, env: ['e-old', OLD_KERNEL] as [string, string], noisy: true },
      { id: 'r4', position: 4, env: ['e-new', NEW_KERNEL] as [string, string], purpose: 'bisection' },
      { id: 'r5', position: 5, env: ['e-new', NEW_KERNEL] as [string, string] },
    ];
    await influx.write(runs.flatMap((run) => [point(run, 'a', 10 + run.position), point(run, 'b', 20 + run.position)]));
  });
  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await Promise.all([influxd?.close(), nats?.close()]);
  });

  it('answers columns in commit order, without bisection runs, with the environment change and what changed', async () => {
    const body = await history();
    expect(body.runs.map((run) => [run.runId, run.commit, run.position, run.noisy])).toEqual([
      ['r1', 'commit-1', 1, undefined],
      ['r2', 'commit-2', 2, undefined],
      ['r3', 'commit-3', 3, true],
      ['r5', 'commit-5', 5, undefined],
    ]);
    expect(body.series.map((one) => [one.identity.case, one.index, one.value, one.stddev])).toEqual([
      ['a', [0, 1, 2, 3], [11, 12, 13, 15], [0.5, 0.5, 0.5, 0.5]],
      ['b', [0, 1, 2, 3], [21, 22, 23, 25], [0.5, 0.5, 0.5, 0.5]],
    ]);
    expect(body.environments).toEqual([
      {
        index: 3,
        seriesKeys: body.series.map((one) => one.key),
        before: { fingerprint: 'e-old', runId: 'r3', host: JSON.parse(OLD_KERNEL) },
        after: { fingerprint: 'e-new', runId: 'r5', host: JSON.parse(NEW_KERNEL) },
        changed: ['kernel'],
      },
    ]);
    expect(body.changes).toEqual([]);
  });

  it('answers again from its cache, and reads InfluxDB afresh once a new run wrote points', async () => {
    const first = await history();
    expect(await history()).toEqual(first);
    await influx.write([point({ id: 'r6', position: 6, env: ['e-old', OLD_KERNEL], noisy: true }, 'a', 16)]);
    const after = await history();
    expect(after.runs.map((run) => run.runId)).toEqual(['r1', 'r2', 'r3', 'r5', 'r6']);
    expect(after.runs.filter((run) => run.noisy).map((run) => run.runId)).toEqual(['r3', 'r6']);
    expect(after.series[0]!.value).toEqual([11, 12, 13, 15, 16]);
    // Series a went back to the old kernel; series b has no point there, so no change of its own.
    expect(after.environments.map((change) => [change.index, change.changed, change.seriesKeys.length])).toEqual([
      [3, ['kernel'], 2],
      [4, ['kernel'], 1],
    ]);
  });
});
