import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamClient,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { nanos } from '@nats-io/transport-node';
import type { RetentionConfig } from './config-schema.ts';
import { RUN_INDEX_BUCKET, RunIndex } from './run-index.ts';
import {
  CHANGES_STREAM,
  DEAD_LETTER_STREAM,
  NOTIFICATIONS_STREAM,
  RUNS_STREAM,
  stageFilter,
  type StageName,
} from './subjects.ts';

export const RUNS_BUCKET = 'benchline-runs';
export const LEASES_BUCKET = 'benchline-leases';
export const ARTIFACTS_BUCKET = 'benchline-artifacts';
export const CHANGES_BUCKET = 'benchline-changes';
/** The bisector's record of each change's confirmation and bisection: key = change id. */
export const BISECTIONS_BUCKET = 'benchline-bisections';

/** Durable consumer names, one per service role, shared by all its replicas. */
export const CONSUMERS = {
  provisioner: { durable: 'provisioner', stage: 'requested' },
  executor: { durable: 'executor', stage: 'provisioned' },
  publisher: { durable: 'publisher', stage: 'executed' },
  analyzer: { durable: 'analyzer', stage: 'published' },
} as const satisfies Record<string, { durable: string; stage: StageName }>;
/** The trigger's projection of every event into the runs bucket. */
export const RECORDER_CONSUMER = 'recorder';
/** The bisector's durable: new change points (JSON ChangeRecord); from the first one after it is created. */
export const BISECTOR_CONSUMER = { stream: CHANGES_STREAM, durable: 'bisector', filter: 'change.detected.>' } as const;
/**
 * The notifier's durables: one per kind of event it announces (one filter subject each, for
 * nats-server 2.9) and one for its deliveries. They start at the first event after they are
 * created, so a deployment that gains them does not announce its history.
 */
/** The analyzer rewrites a change's InfluxDB point when a person or the bisector updated the change. */
export const CHANGE_FOLLOWER_CONSUMER = {
  stream: CHANGES_STREAM,
  durable: 'analyzer-changes',
  filter: 'change.updated.>',
} as const;

export const NOTIFIER_CONSUMERS = {
  analyzed: { stream: RUNS_STREAM, durable: 'notifier-analyzed', filter: stageFilter('analyzed') },
  failed: { stream: RUNS_STREAM, durable: 'notifier-failed', filter: stageFilter('failed') },
  changes: { stream: CHANGES_STREAM, durable: 'notifier-changes', filter: 'change.>' },
  deliveries: { stream: NOTIFICATIONS_STREAM, durable: 'notifier-deliveries', filter: 'notify.>' },
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TopologyOptions {
  /** A lease not renewed for this long expires (its holder is presumed dead). */
  leaseTtlMs: number;
  /** Redelivery delay when a handler neither acks nor heartbeats. */
  ackWaitMs?: number;
  /** Window within which a repeated Nats-Msg-Id is dropped. */
  duplicateWindowMs?: number;
  /** Age and size limits of the RUNS and dead-letter streams, the runs bucket and the artifacts store. */
  retention: RetentionConfig;
  /** Copies of every stream, bucket and object store (1, or 3 on a 3-node cluster); default 1. */
  replicas?: number;
}

export interface Buckets {
  runs: KV;
  runIndex: RunIndex;
  leases: KV;
  artifacts: ObjectStore;
  changes: KV;
}

/** Creates or updates the streams, consumers and buckets; safe to call from every replica at start-up. */
export async function ensureTopology(
  jsm: JetStreamManager,
  js: JetStreamClient,
  options: TopologyOptions,
): Promise<Buckets> {
  const { retention } = options;
  const replicas = options.replicas ?? 1;
  const duplicateWindow = nanos(options.duplicateWindowMs ?? DAY_MS);
  await ensureStream(jsm, {
    name: RUNS_STREAM,
    subjects: ['run.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    // At max_bytes a publish is refused: discard old would delete the oldest events even when a
    // consumer has not acknowledged them yet (a run waiting for its minion would vanish). The
    // publisher trims acknowledged history long before (retention.ts), so new runs keep coming in.
    discard: DiscardPolicy.New,
    max_bytes: retention.runs.maxBytes,
    duplicate_window: duplicateWindow,
    max_msg_size: 1024 * 1024,
    description: 'Benchline run events: run.<stage>.<minion>.<runId>',
  });
  await ensureStream(jsm, {
    name: DEAD_LETTER_STREAM,
    subjects: ['deadletter.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    // Records, never work: no consumer waits for them, so the oldest go first.
    discard: DiscardPolicy.Old,
    max_age: nanos(retention.deadLetters.maxAgeDays * DAY_MS),
    max_bytes: retention.deadLetters.maxBytes,
    description: 'Messages Benchline could not accept, with the reason in headers',
  });
  await ensureStream(jsm, {
    name: CHANGES_STREAM,
    subjects: ['change.>', 'bisect.>', 'environment.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    max_age: nanos(90 * DAY_MS),
    duplicate_window: duplicateWindow,
    description:
      'Change points as the analyzer and people update them: change.<detected|updated>.<suite> (JSON); their bisections: bisect.<started|step|completed>.<suite> (JSON); environment changes of minions: environment.changed.<minion> (JSON)',
  });
  await ensureStream(jsm, {
    name: NOTIFICATIONS_STREAM,
    subjects: ['notify.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    max_age: nanos(7 * DAY_MS),
    duplicate_window: duplicateWindow,
    description: 'Notification deliveries, one per event and destination: notify.<destination> (JSON)',
  });
  const ackWait = nanos(options.ackWaitMs ?? 30_000);
  for (const { durable, stage } of Object.values(CONSUMERS)) {
    await ensureConsumer(jsm, RUNS_STREAM, {
      durable_name: durable,
      filter_subject: stageFilter(stage),
      ack_wait: ackWait,
    });
  }
  await ensureConsumer(jsm, RUNS_STREAM, {
    durable_name: RECORDER_CONSUMER,
    filter_subject: 'run.>',
    ack_wait: ackWait,
  });
  await ensureConsumer(jsm, BISECTOR_CONSUMER.stream, {
    durable_name: BISECTOR_CONSUMER.durable,
    filter_subject: BISECTOR_CONSUMER.filter,
    ack_wait: ackWait,
    deliver_policy: DeliverPolicy.New,
  });
  for (const { stream, durable, filter } of [...Object.values(NOTIFIER_CONSUMERS), CHANGE_FOLLOWER_CONSUMER]) {
    await ensureConsumer(jsm, stream, {
      durable_name: durable,
      filter_subject: filter,
      ack_wait: ackWait,
      deliver_policy: DeliverPolicy.New,
    });
  }

  const kvm = new Kvm(js);
  // Every bucket is read before a compare-and-set write (leases, run state, changes, bisections).
  // A direct get may be answered by any replica, and a follower that lags (one just restarted
  // after a kill) answers with an old revision, so the write fails with "wrong last sequence" for
  // as long as it lags: reads go to the stream leader.
  const bucket = { storage: StorageType.File, replicas, allow_direct: false };
  const bucketStream = { num_replicas: replicas, allow_direct: false };
  const runs = await kvm.create(RUNS_BUCKET, {
    ...bucket,
    history: 1,
    description: 'current state of each run (JSON)',
  });
  const leases = await kvm.create(LEASES_BUCKET, {
    ...bucket,
    history: 1,
    ttl: options.leaseTtlMs,
    description: 'minion leases: key = minion, value = holder',
  });
  await updateBucketStream(jsm, `KV_${LEASES_BUCKET}`, bucketStream);
  // The runs bucket is a projection of the RUNS events (the trigger's recorder), not work: beyond
  // its size the least recently updated runs go (discard old), so recording new runs never fails.
  await updateBucketStream(jsm, `KV_${RUNS_BUCKET}`, {
    ...bucketLimits(retention.runState, DiscardPolicy.Old, replicas),
    ...bucketStream,
  });
  // Kept as long as the states it lists; an entry whose state is gone is skipped when listed.
  // Append-only (create, never compare-and-set) and read by sequence with direct gets: the one bucket
  // any replica may answer for.
  const runIndex = await kvm.create(RUN_INDEX_BUCKET, {
    ...bucket,
    allow_direct: true,
    history: 1,
    description: 'the runs in the order they were first recorded: key = <suite>.<runId>, empty value',
  });
  await updateBucketStream(jsm, `KV_${RUN_INDEX_BUCKET}`, {
    ...bucketLimits(retention.runState, DiscardPolicy.Old, replicas),
    allow_direct: true,
  });
  const artifacts = await new Objm(js).create(ARTIFACTS_BUCKET, {
    ...bucket,
    description: 'run artifacts: <runId>/<path>',
  });
  // Discard new: a full store refuses a new artifact (that run fails visibly) rather than losing the
  // chunks of another run's artifacts before they are published.
  await updateBucketStream(
    jsm,
    `OBJ_${ARTIFACTS_BUCKET}`,
    bucketLimits(retention.artifacts, DiscardPolicy.New, replicas),
  );
  await kvm.create(BISECTIONS_BUCKET, {
    ...bucket,
    history: 5,
    description: 'confirmation and bisection of a change: key = change id, value = BisectionRecord (JSON)',
  });
  await updateBucketStream(jsm, `KV_${BISECTIONS_BUCKET}`, bucketStream);
  const changes = await kvm.create(CHANGES_BUCKET, {
    ...bucket,
    history: 5,
    description: 'change points: key = <series>.<change id>, value = ChangeRecord (JSON)',
  });
  await updateBucketStream(jsm, `KV_${CHANGES_BUCKET}`, bucketStream);
  return { runs, runIndex: new RunIndex(runIndex, jsm), leases, artifacts, changes };
}

const bucketLimits = (
  limits: { maxAgeDays: number; maxBytes: number },
  discard: DiscardPolicy,
  replicas: number,
): Partial<StreamConfig> => ({
  max_age: nanos(limits.maxAgeDays * DAY_MS),
  max_bytes: limits.maxBytes,
  discard,
  num_replicas: replicas,
});

/**
 * KV and object buckets are created by their libraries, which never update an existing bucket: set
 * what the topology manages (limits, replica count) on its stream when it differs.
 */
async function updateBucketStream(
  jsm: JetStreamManager,
  stream: string,
  settings: Partial<StreamConfig>,
): Promise<void> {
  const { config } = await jsm.streams.info(stream);
  const differs = Object.entries(settings).some(([key, value]) => config[key as keyof StreamConfig] !== value);
  if (differs) await jsm.streams.update(stream, { ...config, ...settings });
}

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  const existing = await jsm.streams.info(config.name).catch(() => undefined);
  if (existing) await jsm.streams.update(config.name, config);
  else
    await jsm.streams.add(config).catch(async (error: unknown) => {
      // Another replica created it between our info() and add().
      if (!(await jsm.streams.info(config.name).catch(() => undefined))) throw error;
    });
}

async function ensureConsumer(
  jsm: JetStreamManager,
  stream: string,
  config: Partial<ConsumerConfig> & { durable_name: string },
): Promise<void> {
  const full: Partial<ConsumerConfig> = {
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    max_deliver: -1,
    ...config,
  };
  const existing = await jsm.consumers.info(stream, config.durable_name).catch(() => undefined);
  if (existing)
    await jsm.consumers.update(stream, config.durable_name, { ack_wait: full.ack_wait, max_deliver: full.max_deliver });
  else await jsm.consumers.add(stream, full);
}
