import { Kvm } from '@nats-io/kv';
import {
  BISECTIONS_BUCKET,
  BISECTOR_CONSUMER,
  ChangeStore,
  startWorker,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { InfluxClient } from '@benchline/influx';
import { SuiteHistory } from '@benchline/provisioner';
import { bisectorHandler } from './handler.ts';

/**
 * The bisector: one change at a time (so at most one of its runs waits for a minion, behind every
 * normal run), each confirmed by reruns and bisected to its culprit.
 */
export async function startBisector({ config, js, jsm, buckets, log }: ServiceContext): Promise<RunningService> {
  const influx = new InfluxClient({
    ...config.influx,
    logger: log,
    retry: { maxElapsedMs: config.influx.retryMaxSeconds * 1000 },
  });
  const bisections = await new Kvm(js).open(BISECTIONS_BUCKET);
  const history = new SuiteHistory({
    dataDir: config.dataDir,
    suites: config.suites,
    timeoutMs: config.provisioner.timeoutSeconds * 1000,
  });
  const handler = bisectorHandler({
    js,
    jsm,
    config,
    influx,
    bisections,
    log,
    changes: new ChangeStore(buckets.changes),
    commits: async (suite, before, after) =>
      (await history.firstParentCommits(suite, before, after)).map(({ sha, subject, author }) => ({
        sha,
        subject,
        author,
      })),
  });
  const worker = startWorker({
    js,
    durable: BISECTOR_CONSUMER.durable,
    stream: BISECTOR_CONSUMER.stream,
    handler,
    log,
    concurrency: 1,
  });
  return { stop: () => worker.stop() };
}
