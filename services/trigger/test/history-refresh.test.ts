import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InfluxClient, type Point } from '@benchline/influx';
import { startInfluxd, type Influxd } from '@benchline/servers';
import { pointCount, type HistoryQuery } from '../src/history/read-history.ts';
import { refreshHistory } from '../src/history/refresh-history.ts';
import { influxOptions, RecordingClient, runPoints } from './recording-influx.ts';

describe('refreshHistory against a real InfluxDB', () => {
  let influxd: Influxd;
  let influx: InfluxClient;
  const options = () => influxOptions(influxd.url);
  /** The history held after a full read, then what refreshing it reads and answers once `more` was written. */
  const refreshAfter = async (query: HistoryQuery, more: Point[]) => {
    const held = refreshHistory(influx, query, await pointCount(influx, query));
    await held;
    await influx.write(more);
    const recording = new RecordingClient(options());
    const count = await pointCount(influx, query);
    const refreshed = await refreshHistory(recording, query, count, held);
    const fresh = await refreshHistory(influx, query, count);
    return { refreshed, fresh, reads: recording.reads };
  };

  beforeAll(async () => {
    influxd = await startInfluxd();
    influx = new InfluxClient(options());
    await influx.ensureDatabase();
  });
  afterAll(async () => {
    await influxd?.close();
  });

  it('reads only the points of a new run, and answers as a full read would', async () => {
    // Three points per series at most: the merge must drop the oldest as the LIMIT does, counting the
    // bisection run's points, which take their place in the LIMIT but are not drawn.
    const query = { suite: 'perf', benchmark: 'grow', minion: 'm1', limit: 3 };
    await influx.write([1, 2, 3].flatMap((run) => runPoints('grow', run, run, run === 2 ? 'bisection' : undefined)));
    const { refreshed, fresh, reads } = await refreshAfter(query, [
      ...runPoints('grow', 4, 4),
      ...runPoints('grow', 5, 5, 'confirmation'),
    ]);
    // The kernel changed between the runs drawn now: its facts are looked up, not yet known.
    expect(reads).toEqual([
      ['newer points', 4],
      ['count', 1],
      ['host facts', 1],
      ['host facts', 1],
    ]);
    expect(refreshed).toEqual(fresh);
    expect(refreshed.columns.runs.map((run) => run.runId)).toEqual(['r3', 'r4']);
    expect(refreshed.columns.series.map((one) => one.value)).toEqual([
      [31, 41],
      [32, 42],
    ]);
    expect(refreshed.columns.environments.map((shift) => [shift.index, shift.changed])).toEqual([[1, ['kernel']]]);
  });

  it('reads everything afresh when a point was written with an older time than the newest held', async () => {
    const query = { suite: 'perf', benchmark: 'late', minion: 'm1', limit: 2_000 };
    await influx.write([1, 3, 4].flatMap((run) => runPoints('late', run, run)));
    // Run 2 was requested before run 4 but published after it, with one more new run.
    const { refreshed, fresh, reads } = await refreshAfter(query, [
      ...runPoints('late', 2, 2),
      ...runPoints('late', 5, 5),
    ]);
    // Two points newer than held, but four more in all; the kernel change was described before.
    expect(reads).toEqual([
      ['newer points', 2],
      ['count', 1],
      ['full read', 10],
    ]);
    expect(refreshed).toEqual(fresh);
    expect(refreshed.columns.runs.map((run) => run.runId)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(refreshed.columns.environments.map((shift) => [shift.index, shift.changed])).toEqual([[3, ['kernel']]]);
  });
});
