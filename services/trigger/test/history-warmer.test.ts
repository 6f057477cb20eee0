import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, parseConfig, proto, publishEvent, type EventOf, type ServiceContext } from '@benchline/core';
import { InfluxClient } from '@benchline/influx';
import { startInfluxd, startNats, until, type Influxd, type NatsServer } from '@benchline/servers';
import { startHistoryWarmer } from '../src/history/history-warmer.ts';
import { SeriesHistories } from '../src/history/series-histories.ts';
import { influxOptions, RecordingClient, runPoints } from './recording-influx.ts';

const log = pino({ level: 'silent' });

describe('the history warmer, against real NATS and InfluxDB', () => {
  let nats: NatsServer;
  let influxd: Influxd;
  let context: ServiceContext;
  let influx: InfluxClient;
  const options = () => influxOptions(influxd.url);
  const query = (benchmark: string) => ({ suite: 'perf', benchmark, minion: 'm1', limit: 2_000 });

  /** Writes run `run`'s points of `benchmark` and announces it as the publisher does, with run.published. */
  const publish = async (benchmark: string, run: number) => {
    await influx.write(runPoints(benchmark, run, run));
    const message = proto.RunPublished.create({
      request: { runId: `${benchmark}-r${run}`, suite: 'perf', minion: 'm1' },
      publication: { benchmarks: [{ name: benchmark, points: 2 }], points: 2 },
    }) as EventOf<'published'>['message'];
    await publishEvent(context.js, { stage: 'published', message });
  };

  /** A warmer over its own recording client: what it read, and what reading `benchmark`'s history read after it. */
  const warmed = async (days: number, benchmark: string) => {
    const recording = new RecordingClient(options());
    const histories = new SeriesHistories(() => recording);
    const warmer = await startHistoryWarmer({ nc: context.nc, histories, days, log });
    try {
      await until('the warmer to settle', async () => ((await settled(recording)) ? true : undefined), 15_000);
      const before = recording.reads.length;
      const columns = await histories.columns(query(benchmark));
      return {
        warmReads: recording.reads.slice(0, before),
        requestReads: recording.reads.slice(before),
        columns,
        recording,
      };
    } finally {
      await warmer.stop();
    }
  };
  /** Nothing new read for half a second. */
  const settled = async (recording: RecordingClient) => {
    const reads = recording.reads.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return recording.reads.length === reads;
  };

  beforeAll(async () => {
    [nats, influxd] = await Promise.all([startNats(), startInfluxd()]);
    context = await openContext(
      parseConfig({
        nats: { servers: [nats.url] },
        influx: { url: influxd.url, database: 'benchline' },
        schedules: [],
      }),
      'history-warmer-test',
      log,
    );
    influx = new InfluxClient(options());
    await influx.ensureDatabase();
    for (const run of [1, 2, 3]) await publish('recent', run);
  }, 60_000);
  afterAll(async () => {
    await context?.nc.close();
    await Promise.all([nats?.close(), influxd?.close()]);
  });

  it('reads the histories of runs published before it started, so the first request only counts', async () => {
    const { warmReads, requestReads, columns } = await warmed(7, 'recent');
    // One full read; the runs' other events, replayed while it read, found the cache up to date.
    expect(warmReads.filter(([kind]) => kind === 'full read')).toEqual([['full read', 6]]);
    expect(requestReads).toEqual([['count', 1]]);
    expect(columns.runs.map((run) => run.runId)).toEqual(['r1', 'r2', 'r3']);
  });

  it('with days 0 leaves earlier runs to be read on request', async () => {
    const { warmReads, requestReads } = await warmed(0, 'recent');
    expect(warmReads).toEqual([]);
    expect(requestReads.map(([kind]) => kind)).toEqual(['count', 'full read']);
  });

  it('reads only the new points of a run published while it runs', async () => {
    const recording = new RecordingClient(options());
    const histories = new SeriesHistories(() => recording);
    const warmer = await startHistoryWarmer({ nc: context.nc, histories, days: 0, log });
    const read = (kind: string) => recording.reads.some(([one]) => one === kind);
    try {
      await publish('live', 1);
      await until('the first run to be warmed', async () => (read('full read') ? true : undefined), 15_000);
      await until('the warmer to settle', async () => ((await settled(recording)) ? true : undefined), 15_000);
      const afterFirst = recording.reads.length;
      await publish('live', 2);
      await until(
        'the second run to be warmed',
        async () => (recording.reads.length > afterFirst ? true : undefined),
        15_000,
      );
      await until('the warmer to settle', async () => ((await settled(recording)) ? true : undefined), 15_000);
      expect(recording.reads.slice(afterFirst).map(([kind, rows]) => [kind, rows])).toEqual([
        ['count', 1],
        ['newer points', 2],
        ['count', 1],
      ]);
      const before = recording.reads.length;
      const columns = await histories.columns(query('live'));
      expect(recording.reads.slice(before)).toEqual([['count', 1]]);
      expect(columns.runs.map((run) => run.runId)).toEqual(['r1', 'r2']);
    } finally {
      await warmer.stop();
    }
  });
});
