import { Kvm, type KV } from '@nats-io/kv';
import {
  BISECTIONS_BUCKET,
  ChangeStore,
  changeSubject,
  indexStoredRuns,
  RECORDER_CONSUMER,
  startWorker,
  type ChangeRecord,
  type RunRequest,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { buildApp } from './app.ts';
import { startHistoryWarmer } from './history/history-warmer.ts';
import { influxReaders } from './influx-readers.ts';
import { recorder } from './recorder.ts';
import { startSchedules } from './schedule.ts';
import { submitRun } from './submit.ts';

/** How long requests in flight get to finish when the trigger stops. */
const CLOSE_GRACE_MS = 5_000;

/** The trigger: HTTP API, schedules, and the run-state recorder. */
export async function startTrigger({
  config,
  js,
  nc,
  buckets,
  log,
}: ServiceContext): Promise<RunningService & { url: string }> {
  // Before anything records a run: a deployment from before the run index gets its stored runs listed.
  const indexed = await indexStoredRuns(buckets);
  if (indexed > 0) log.info({ indexed }, 'indexed the runs stored before the run index');
  const submit = (request: RunRequest) => submitRun(js, buckets, request);
  const worker = startWorker({
    js,
    durable: RECORDER_CONSUMER,
    handler: recorder({ js, store: buckets, config, log }),
    log,
    concurrency: 4,
  });
  const recorded = async (runId: string) => (await buckets.runs.get(runId))?.operation === 'PUT';
  const schedules = startSchedules(config, { submit, recorded, log });
  const announceChange = async (record: ChangeRecord) => {
    const { at } = record.history.at(-1)!;
    await js.publish(changeSubject('updated', record.series.suite), JSON.stringify(record), {
      msgID: `${record.id}:${record.status}:${at}`,
    });
  };
  const changes = new ChangeStore(buckets.changes);
  // Opened on first use: a deployment without the bisector's bucket still serves changes.
  let bisections: Promise<KV | undefined> | undefined;
  const bisection = async (changeId: string) => {
    bisections ??= new Kvm(js).open(BISECTIONS_BUCKET).catch(() => undefined);
    const entry = await (await bisections)?.get(changeId);
    return entry?.operation === 'PUT' ? entry.json() : undefined;
  };
  const readers = influxReaders(config, log);
  const warmer = await startHistoryWarmer({ nc, histories: readers.histories, days: config.web.warmHistoryDays, log });
  const app = await buildApp({
    ...readers,
    config,
    runs: buckets.runs,
    runIndex: buckets.runIndex,
    submit,
    changes,
    announceChange,
    bisection,
    healthy: () => !nc.isClosed(),
    log,
    nc,
  });
  const url = await app.listen({ host: config.http.host, port: config.http.port });
  return {
    url,
    async stop() {
      schedules.stop();
      // app.close() lets requests in flight finish, then waits for every connection to end; one a
      // client opened and never used is not idle to Node 24 and would hold it for the server's
      // timeouts (minutes). After the grace period every connection left is closed.
      const forceClose = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
      try {
        await app.close();
      } finally {
        clearTimeout(forceClose);
      }
      await Promise.all([worker.stop(), warmer.stop()]);
    },
  };
}
