import type { KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { BenchlineConfig, ChangeRecord, ChangeStore, Logger, RunIndex, RunRequest } from '@benchline/core';
import type { InfluxReaders } from './influx-readers.ts';

/** What the HTTP API needs: the config, the buckets and stores it reads, and how it submits runs. */
export interface AppDeps extends InfluxReaders {
  config: BenchlineConfig;
  runs: KV;
  /** Lists the runs newest first (GET /runs). */
  runIndex: RunIndex;
  submit(request: RunRequest): Promise<{ duplicate: boolean }>;
  changes: ChangeStore;
  /** Publishes `change.updated.<suite>` after a person triaged a change. */
  announceChange(record: ChangeRecord): Promise<void>;
  /** The bisector's record of a change's confirmation and bisection (bucket benchline-bisections), for GET /changes/:id. */
  bisection?(changeId: string): Promise<unknown>;
  healthy(): boolean;
  log: Logger;
  /** Follows runs (GET /runs/:id/events) and records cancellations (POST /runs/:id/cancel); those routes answer 503 without it. */
  nc?: NatsConnection;
}
