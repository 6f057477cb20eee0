import type { JetStreamClient } from '@nats-io/jetstream';
import { CHANGES_MEASUREMENT, type Point, type PointWriter } from '@benchline/influx';
import { changeSubject, tagsOfIdentity, type ChangeRecord, type ChangeStore } from '@benchline/core';
import type { ChangeUpdate } from './reconcile-changes.ts';

export interface ChangeOutputDeps {
  readonly store: ChangeStore;
  readonly influx: PointWriter;
  readonly js: JetStreamClient;
}

const encoder = new TextEncoder();

/**
 * Stores a change (compare-and-set, so a person's triage that landed meanwhile wins), writes its
 * InfluxDB point and announces it. Each step is idempotent, so a redelivered analysis repeats
 * them harmlessly: same key, same point (series and time), same message id.
 */
export async function applyChange(deps: ChangeOutputDeps, update: ChangeUpdate): Promise<ChangeRecord | undefined> {
  const { after } = await deps.store.update(update.record, (current) => merged(current, update.record));
  if (!after) return undefined;
  await deps.influx.write([changePoint(after)]);
  if (update.event) {
    const msgID = `${after.id}:${update.event}:${after.status}:${after.commitAfter}`;
    await deps.js.publish(changeSubject(update.event, after.series.suite), encoder.encode(JSON.stringify(after)), {
      msgID,
    });
  }
  return after;
}

/** What people decided since the analysis read the store stays: their status and history. */
function merged(current: ChangeRecord | undefined, next: ChangeRecord): ChangeRecord | undefined {
  if (!current) return next;
  if (current.status === 'dismissed' || current.status === 'not-reproduced') return undefined;
  if (current.history.length > next.history.length)
    return { ...next, status: current.status, history: current.history };
  return next;
}

/**
 * The change's point (see the README, "Data in InfluxDB"): tags are the series' and the change id,
 * so rewriting it after an update replaces its fields in place; it sits at the time of the first
 * run of the new level as first detected.
 */
export function changePoint(record: ChangeRecord): Point {
  const text = `${record.kind} ${record.changePercent.toFixed(1)} % (${record.status}) in ${record.commitBefore.slice(0, 10)}..${record.commitAfter.slice(0, 10)}`;
  return {
    measurement: CHANGES_MEASUREMENT,
    tags: { ...tagsOfIdentity(record.series), change_id: record.id },
    fields: {
      status: record.status,
      kind: record.kind,
      direction: record.direction,
      change_percent: record.changePercent,
      before: record.before,
      after: record.after,
      significance: record.significance,
      commit_before: record.commitBefore,
      commit_after: record.commitAfter,
      run_id: record.runId,
      text,
    },
    timestamp: BigInt(record.timeMs) * 1_000_000n,
  };
}
