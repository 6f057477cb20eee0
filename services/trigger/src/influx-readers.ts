import type { BenchlineConfig, Logger } from '@benchline/core';
import { InfluxClient } from '@benchline/influx';
import { SeriesHistories } from './history/series-histories.ts';

/** How the trigger reads InfluxDB: one client, made on first use, and the histories read through it. */
export interface InfluxReaders {
  influx: () => InfluxClient;
  histories: SeriesHistories;
}

export function influxReaders(config: BenchlineConfig, log: Logger): InfluxReaders {
  let client: InfluxClient | undefined;
  // A reader waits 10 s at most: a person is waiting for the answer.
  const influx = () =>
    (client ??= new InfluxClient({ ...config.influx, logger: log, retry: { maxElapsedMs: 10_000 } }));
  return { influx, histories: new SeriesHistories(influx) };
}
