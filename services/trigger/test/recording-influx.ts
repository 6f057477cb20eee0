import { pino } from 'pino';
import { InfluxClient, RESULTS_MEASUREMENT, type Point, type QueryParams } from '@benchline/influx';

const START_MS = Date.UTC(2026, 0, 1);

/** A client of the test's InfluxDB (v1, database `benchline`), logging nothing. */
export const influxOptions = (url: string) => ({
  url,
  apiVersion: 'v1' as const,
  database: 'benchline',
  batchSize: 5_000,
  logger: pino({ level: 'silent' }),
});

/** What a statement of the history reads. */
const kindOf = (statement: string) =>
  statement.startsWith('SELECT count')
    ? 'count'
    : statement.startsWith('SELECT "host"')
      ? 'host facts'
      : statement.includes('time >= $since')
        ? 'newer points'
        : 'full read';

/** An InfluxClient that notes what each statement it runs reads, and how many rows it answered. */
export class RecordingClient extends InfluxClient {
  readonly reads: [string, number][] = [];

  override async *querySeries(statement: string, params: QueryParams = {}, signal?: AbortSignal) {
    const read: [string, number] = [kindOf(statement), 0];
    this.reads.push(read);
    for await (const series of super.querySeries(statement, params, signal)) {
      read[1] += series.rows.length;
      yield series;
    }
  }
}

/** Run `run`'s points of cases a and b, stamped `minute` minutes after START_MS as the publisher would. */
export const runPoints = (benchmark: string, run: number, minute: number, purpose?: string): Point[] =>
  ['a', 'b'].map((kase) => ({
    measurement: RESULTS_MEASUREMENT,
    tags: { suite: 'perf', benchmark, case: kase, metric: 'time', unit: 'ms', minion: 'm1', ref: 'main' },
    fields: {
      value: 10 * run + (kase === 'a' ? 1 : 2),
      stddev: 0.5,
      run_id: `r${run}`,
      commit: `commit-${run}`,
      commit_position: BigInt(run),
      env: run < 4 ? 'e-old' : 'e-new',
      host: JSON.stringify({ kernel: run < 4 ? '6.1.0' : '6.8.0' }),
      ...(purpose && { purpose }),
    },
    timestamp: BigInt(START_MS + minute * 60_000) * 1_000_000n + BigInt(run),
  }));
