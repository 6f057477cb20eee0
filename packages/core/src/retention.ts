import { AckPolicy, type JetStreamManager } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import type { RetentionConfig } from './config-schema.ts';
import { RUNS_STREAM } from './subjects.ts';
import { ARTIFACTS_BUCKET } from './topology.ts';

/** Above this share of a store's max_bytes the trimming starts; it trims back down to it. */
const TRIM_AT = 0.8;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Object metadata a kept artifact gets once its run is published: it may then be trimmed. */
export const PUBLISHED_META = 'benchline-published';

/**
 * The highest stream sequence every durable consumer has acknowledged (for a filtered consumer:
 * every message of its filter up to there). Readers without acknowledgements (ordered consumers)
 * hold nothing back.
 */
async function acknowledgedFloor(jsm: JetStreamManager, stream: string, lastSeq: number): Promise<number> {
  let floor = lastSeq;
  for await (const consumer of jsm.consumers.list(stream)) {
    if (consumer.config.ack_policy === AckPolicy.None) continue;
    const acknowledged =
      consumer.num_ack_pending > 0
        ? consumer.ack_floor.stream_seq
        : consumer.num_pending > 0
          ? consumer.delivered.stream_seq
          : lastSeq;
    floor = Math.min(floor, acknowledged);
  }
  return floor;
}

/** First sequence stored at or after `since` (the stream only loses messages at its head, so every sequence in between exists). */
async function firstSeqSince(jsm: JetStreamManager, stream: string, first: number, last: number, since: number) {
  let [low, high] = [first, last + 1];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const message = await jsm.streams.getMessage(stream, { seq: middle });
    if (message && message.time.getTime() >= since) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Removes the RUNS stream's oldest events that are older than the age limit or beyond TRIM_AT of
 * its size limit, never past what a durable consumer has not acknowledged yet. Returns how many.
 */
export async function trimRuns(jsm: JetStreamManager, limits: RetentionConfig['runs'], now = Date.now()) {
  const { state } = await jsm.streams.info(RUNS_STREAM);
  if (state.messages === 0) return 0;
  const excessBytes = state.bytes - TRIM_AT * limits.maxBytes;
  const bySize = excessBytes > 0 ? state.first_seq + Math.ceil(excessBytes / (state.bytes / state.messages)) : 0;
  const byAge = await firstSeqSince(
    jsm,
    RUNS_STREAM,
    state.first_seq,
    state.last_seq,
    now - limits.maxAgeDays * DAY_MS,
  );
  const cut = Math.min(Math.max(bySize, byAge), (await acknowledgedFloor(jsm, RUNS_STREAM, state.last_seq)) + 1);
  if (cut <= state.first_seq) return 0;
  return (await jsm.streams.purge(RUNS_STREAM, { seq: cut })).purged;
}

const ARTIFACTS_STREAM = `OBJ_${ARTIFACTS_BUCKET}`;

/**
 * Removes an artifact: its chunks and then the deletion marker the library leaves in their place
 * (a message per object that would otherwise pile up until the store's max age).
 */
export async function removeArtifact(jsm: JetStreamManager, store: ObjectStore, name: string): Promise<void> {
  await store.delete(name);
  const encoded = Buffer.from(name).toString('base64').replaceAll('+', '-').replaceAll('/', '_');
  await jsm.streams.purge(ARTIFACTS_STREAM, { filter: `$O.${ARTIFACTS_BUCKET}.M.${encoded}` });
}

/**
 * Removes kept artifacts of published runs (marked PUBLISHED_META), oldest first, while the store
 * is above TRIM_AT of its size limit. Unmarked objects belong to runs in flight (or failed ones,
 * which expire with the store's max age) and stay. Returns how many objects it removed.
 */
export async function trimArtifacts(
  jsm: JetStreamManager,
  store: ObjectStore,
  limits: RetentionConfig['artifacts'],
): Promise<number> {
  const excess = async () => (await jsm.streams.info(ARTIFACTS_STREAM)).state.bytes - TRIM_AT * limits.maxBytes;
  if ((await excess()) <= 0) return 0;
  const published = (await store.list())
    .filter((info) => info.metadata?.[PUBLISHED_META])
    .sort((a, b) => Date.parse(a.mtime) - Date.parse(b.mtime));
  let removed = 0;
  for (const info of published) {
    await removeArtifact(jsm, store, info.name);
    removed++;
    if ((await excess()) <= 0) break;
  }
  return removed;
}
