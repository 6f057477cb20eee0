import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Benchline's own metrics, one registry per process, served by the health server at `/metrics`
 * (Prometheus text format). Every series carries `service` (set by runService). The stage kit,
 * the worker and the lease wait record into it; the consumer and worker gauges are read at scrape time.
 */
export const metricsRegistry = new Registry();

/** Labels every series with the service's name and adds Node's process metrics (CPU, memory, event loop lag). */
export function enableServiceMetrics(service: string): void {
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry });
}

const registers = [metricsRegistry];

/** Seconds, from a quick publish (50 ms) to a long benchmark run (2 h). */
const STAGE_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200];

/** The stage kit, once per delivery it finished: `completed` (next event published), `failed` (run.failed published), `cancelled`, `duplicate` (already done: a redelivery), `error` (will be retried or given up). */
export const stageRuns = new Counter({
  name: 'benchline_stage_runs_total',
  help: 'Runs a stage finished handling, by outcome (completed, failed, cancelled, duplicate, error)',
  labelNames: ['stage', 'outcome'] as const,
  registers,
});

/** The stage's own work, from holding the minion (or from the start for stages without a lease) to the next event or the error. */
export const stageDuration = new Histogram({
  name: 'benchline_stage_duration_seconds',
  help: "Duration of a stage's work for one run (lease wait excluded), by outcome",
  labelNames: ['stage', 'outcome'] as const,
  buckets: STAGE_SECONDS,
  registers,
});

export const leaseWait = new Histogram({
  name: 'benchline_lease_wait_seconds',
  help: "Time a run waited for its minion's lease before the stage could start",
  labelNames: ['stage', 'minion'] as const,
  buckets: STAGE_SECONDS,
  registers,
});

export const leaseWaiting = new Gauge({
  name: 'benchline_lease_waiting_runs',
  help: "Runs waiting for their minion's lease in this replica now",
  labelNames: ['stage', 'minion'] as const,
  registers,
});

/** How the worker settled each message: acked, retry (nak with backoff), retry_later, gave_up, superseded, unsettled. */
export const workerMessages = new Counter({
  name: 'benchline_worker_messages_total',
  help: "Messages this replica's worker settled, by consumer and outcome",
  labelNames: ['consumer', 'outcome'] as const,
  registers,
});

export const workerRedeliveries = new Counter({
  name: 'benchline_worker_redeliveries_total',
  help: 'Messages this replica received that had been delivered before (delivery count > 1)',
  labelNames: ['consumer'] as const,
  registers,
});

export type RetriedDependency = 'influxdb' | 'ipfs';

export const dependencyRetries = new Counter({
  name: 'benchline_dependency_retries_total',
  help: 'Retried requests to a dependency (InfluxDB, IPFS) after a transient failure',
  labelNames: ['dependency'] as const,
  registers,
});

/** One retry of a request to InfluxDB or IPFS, for `benchline_dependency_retries_total`. */
export function countRetry(dependency: RetriedDependency): void {
  dependencyRetries.inc({ dependency });
}

/** What the consumer info says (JetStream's `num_pending`, `num_ack_pending`, `num_redelivered`, `num_waiting`). */
export interface ConsumerCounts {
  num_pending: number;
  num_ack_pending: number;
  num_redelivered: number;
  num_waiting: number;
}

/** A worker as its liveness and the consumer behind it: what `/metrics` and `/healthz` read. */
export interface WatchedWorker {
  readonly stream: string;
  readonly durable: string;
  liveness(now?: number): WorkerLiveness;
  /** A fresh consumer info, undefined while the consumer is not bound. */
  consumerInfo(): Promise<ConsumerCounts | undefined>;
}

export interface WorkerLiveness {
  /** When the pull loop last turned (ms since the epoch): took a message, found none, or started waiting for a free slot. */
  readonly turnedAt: number;
  /** The durable consumer was found and the last pull did not fail. */
  readonly bound: boolean;
  readonly inHand: number;
  /** Why the worker is stuck (its pull loop not turning, a message in hand without progress), or undefined. */
  readonly stuck: string | undefined;
}

const watched = new Set<WatchedWorker>();

/** Registers a running worker (startWorker does); the returned function forgets it. */
export function watchWorker(worker: WatchedWorker): () => void {
  watched.add(worker);
  return () => void watched.delete(worker);
}

/** Every worker of this process that runs now. */
export const watchedWorkers = (): readonly WatchedWorker[] => [...watched];

const consumerLabel = (worker: WatchedWorker) => ({ stream: worker.stream, consumer: worker.durable });

/** One consumer info per worker and scrape, shared by the four consumer gauges; a consumer that does not answer within 2 s is left out. */
let infos: { at: number; values: Promise<[WatchedWorker, ConsumerCounts | undefined][]> } | undefined;
function consumerInfos(): Promise<[WatchedWorker, ConsumerCounts | undefined][]> {
  if (!infos || Date.now() - infos.at > 500) {
    const timeout = <T>(promise: Promise<T>) =>
      Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_000).unref())]);
    infos = {
      at: Date.now(),
      values: Promise.all(
        watchedWorkers().map(
          async (worker) =>
            [worker, await timeout(worker.consumerInfo()).catch(() => undefined)] as [
              WatchedWorker,
              ConsumerCounts | undefined,
            ],
        ),
      ),
    };
  }
  return infos.values;
}

function consumerGauge(name: string, help: string, field: keyof ConsumerCounts): void {
  new Gauge({
    name,
    help,
    registers,
    labelNames: ['stream', 'consumer'] as const,
    async collect() {
      this.reset();
      for (const [worker, info] of await consumerInfos()) if (info) this.set(consumerLabel(worker), info[field]);
    },
  });
}
consumerGauge(
  'benchline_consumer_pending_messages',
  'Messages in the stream not yet delivered to the consumer (num_pending)',
  'num_pending',
);
consumerGauge(
  'benchline_consumer_ack_pending_messages',
  'Messages delivered and not yet acknowledged (num_ack_pending)',
  'num_ack_pending',
);
consumerGauge(
  'benchline_consumer_redelivered_messages',
  'Messages delivered more than once and not yet acknowledged (num_redelivered)',
  'num_redelivered',
);
consumerGauge('benchline_consumer_waiting_pulls', 'Pull requests waiting at the server (num_waiting)', 'num_waiting');

function workerGauge(name: string, help: string, value: (liveness: WorkerLiveness) => number): void {
  new Gauge({
    name,
    help,
    registers,
    labelNames: ['stream', 'consumer'] as const,
    collect() {
      this.reset();
      const now = Date.now();
      for (const worker of watchedWorkers()) this.set(consumerLabel(worker), value(worker.liveness(now)));
    },
  });
}
workerGauge(
  'benchline_worker_in_hand_messages',
  "Messages this replica's worker holds now (handled or waiting for their turn)",
  (liveness) => liveness.inHand,
);
workerGauge(
  'benchline_worker_last_turn_timestamp_seconds',
  "When the worker's pull loop last turned (its liveness)",
  (liveness) => liveness.turnedAt / 1000,
);
workerGauge(
  'benchline_worker_stuck',
  '1 while the worker is stuck (pull loop not turning, or a message in hand without progress)',
  (liveness) => (liveness.stuck ? 1 : 0),
);

export const healthChecks = new Gauge({
  name: 'benchline_health_check',
  help: '1 while the health check passes, 0 while it fails (as /healthz last answered)',
  labelNames: ['check'] as const,
  registers,
});
