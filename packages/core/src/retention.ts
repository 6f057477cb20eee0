import {
  AckPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  type StreamState,
} from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import type { RetentionConfig } from './config-schema.ts';
import { RUNS_STREAM } from './subjects.ts';
import { ARTIFACTS_BUCKET } from './topology.ts';

/** Above this share of a store's max_bytes the trimming starts; it trims back down to it. */
const TRIM_AT = 0.8;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Object metadata a kept artifact gets once its run is published: it may then be trimmed. */
export const PUBLISHED_META = 'benchline-published';

/** The messages one durable consumer may still be given: those of its filters after `floor`. */
interface ConsumerFloor {
  filters: string[];
  floor: number;
}

/**
 * For each durable consumer, the highest stream sequence up to which it has acknowledged every message
 * of its filters. Readers without acknowledgements (ordered consumers) hold nothing back.
 */
async function acknowledgedFloors(jsm: JetStreamManager, stream: string, lastSeq: number): Promise<ConsumerFloor[]> {
  const floors: ConsumerFloor[] = [];
  for await (const consumer of jsm.consumers.list(stream)) {
    const { ack_policy, filter_subject, filter_subjects } = consumer.config;
    if (ack_policy === AckPolicy.None) continue;
    const floor =
      consumer.num_ack_pending > 0
        ? consumer.ack_floor.stream_seq
        : consumer.num_pending > 0
          ? consumer.delivered.stream_seq
          : lastSeq;
    floors.push({ filters: filter_subjects?.length ? filter_subjects : [filter_subject || '>'], floor });
  }
  return floors;
}

/** NATS subject matching: `*` stands for one token, a final `>` for one or more. */
function subjectMatches(filter: string, subject: string): boolean {
  const [filterTokens, tokens] = [filter.split('.'), subject.split('.')];
  for (const [index, token] of filterTokens.entries()) {
    if (token === '>') return tokens.length > index;
    if (index >= tokens.length || (token !== '*' && token !== tokens[index])) return false;
  }
  return filterTokens.length === tokens.length;
}

const stillNeeded = (floors: ConsumerFloor[], seq: number, subject: string) =>
  floors.some(({ filters, floor }) => seq > floor && filters.some((filter) => subjectMatches(filter, subject)));

/** The stored sequences between the stream's first and last: the ones not deleted one by one. */
function storedSequences(state: StreamState) {
  const deleted = new Set(state.deleted ?? []);
  return {
    /** The first stored sequence at or after `seq` (past the last when there is none). */
    next(seq: number): number {
      let stored = Math.max(seq, state.first_seq);
      while (deleted.has(stored)) stored++;
      return stored;
    },
    /** The sequence after the first `count` stored messages. */
    after(count: number): number {
      let seq = state.first_seq;
      for (let taken = 0; taken < count && seq <= state.last_seq; taken++) seq = this.next(seq + 1);
      return seq;
    },
  };
}

/** First sequence from which every stored message is at or after `since` (the stream is in time order). */
async function firstSeqSince(
  jsm: JetStreamManager,
  stream: string,
  state: StreamState,
  stored: ReturnType<typeof storedSequences>,
  since: number,
) {
  let [low, high] = [state.first_seq, state.last_seq + 1];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const seq = stored.next(middle);
    const message = seq > state.last_seq ? undefined : await jsm.streams.getMessage(stream, { seq });
    if (seq > state.last_seq || (message && message.time.getTime() >= since)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Deletes one by one, oldest first, up to `count` messages after `from` that every consumer reading them has
 * acknowledged, and any such message older than `since`. Purging the head cannot reach them while an older
 * message waits unacknowledged: a queued run's request stays at the head while the runs before it finish.
 */
async function deleteAcknowledgedBehind(
  jsm: JetStreamManager,
  stored: ReturnType<typeof storedSequences>,
  floors: ConsumerFloor[],
  { from, count, since }: { from: number; count: number; since: number },
): Promise<number> {
  // A message after every floor is unacknowledged by each consumer that reads it.
  const last = Math.max(...floors.map(({ floor }) => floor));
  let deleted = 0;
  for (let seq = stored.next(from); seq <= last; seq = stored.next(seq + 1)) {
    const message = await jsm.streams.getMessage(RUNS_STREAM, { seq });
    if (!message) continue;
    if (deleted >= count && message.time.getTime() >= since) break;
    if (stillNeeded(floors, seq, message.subject)) continue;
    if (await deleteIfStored(jsm, seq)) deleted++;
  }
  return deleted;
}

/** Another replica trimming at the same time may have deleted it first. */
async function deleteIfStored(jsm: JetStreamManager, seq: number): Promise<boolean> {
  try {
    return await jsm.streams.deleteMessage(RUNS_STREAM, seq, false);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.NoMessageFound) return false;
    throw error;
  }
}

/**
 * Removes the RUNS stream's oldest events that are older than the age limit or beyond TRIM_AT of its
 * size limit, but none that a durable consumer reading it has not acknowledged yet: the head is purged
 * up to the lowest acknowledgement floor, and acknowledged events behind an unacknowledged one are
 * deleted one by one. Returns how many.
 */
export async function trimRuns(jsm: JetStreamManager, limits: RetentionConfig['runs'], now = Date.now()) {
  let trimmed = 0;
  // Each pass sizes its cut by the average event; events differ (a request is a fifth of a run's
  // analysis), so passes go on until one finds nothing more to remove.
  for (let removed = -1; removed !== 0; trimmed += removed) removed = await trimRunsOnce(jsm, limits, now);
  return trimmed;
}

async function trimRunsOnce(jsm: JetStreamManager, limits: RetentionConfig['runs'], now: number) {
  const { state } = await jsm.streams.info(RUNS_STREAM, { deleted_details: true });
  if (state.messages === 0) return 0;
  const stored = storedSequences(state);
  const excessBytes = state.bytes - TRIM_AT * limits.maxBytes;
  const excess = excessBytes > 0 ? Math.ceil(excessBytes / (state.bytes / state.messages)) : 0;
  const since = now - limits.maxAgeDays * DAY_MS;
  const byAge = await firstSeqSince(jsm, RUNS_STREAM, state, stored, since);
  const floors = await acknowledgedFloors(jsm, RUNS_STREAM, state.last_seq);
  const wanted = Math.max(stored.after(excess), byAge);
  const cut = Math.min(wanted, Math.min(state.last_seq, ...floors.map(({ floor }) => floor)) + 1);
  const purged = cut > state.first_seq ? (await jsm.streams.purge(RUNS_STREAM, { seq: cut })).purged : 0;
  if (cut >= wanted) return purged;
  // An unacknowledged event stopped the purge short of what should go: the rest is behind it.
  const count = Math.max(0, excess - purged);
  return purged + (await deleteAcknowledgedBehind(jsm, stored, floors, { from: cut, count, since }));
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
