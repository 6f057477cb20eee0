import {
  CHANGE_FOLLOWER_CONSUMER,
  ChangeStore,
  CONSUMERS,
  stageHandler,
  startWorker,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { InfluxClient } from '@benchline/influx';
import { changeFollower } from './change-follower.ts';
import { analyzeStage } from './handler.ts';

/** The analyzer: two runs in hand at once, so one whose InfluxDB queries stall does not hold up the next. */
export async function startAnalyzer({ config, js, jsm, buckets, log }: ServiceContext): Promise<RunningService> {
  const influx = new InfluxClient({
    ...config.influx,
    logger: log,
    retry: { maxElapsedMs: config.influx.retryMaxSeconds * 1000 },
  });
  const stage = analyzeStage({ js, influx, config, changes: new ChangeStore(buckets.changes) });
  const worker = startWorker({
    js,
    durable: CONSUMERS.analyzer.durable,
    handler: stageHandler(stage, { js, jsm, log }),
    log,
    concurrency: 2,
  });
  const { stream, durable } = CHANGE_FOLLOWER_CONSUMER;
  const follower = startWorker({ js, stream, durable, handler: changeFollower(influx, log), log, concurrency: 1 });
  return { stop: async () => void (await Promise.all([worker.stop(), follower.stop()])) };
}
