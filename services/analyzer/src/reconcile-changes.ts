import { createHash } from 'node:crypto';
import type { ChangePoint, Direction } from '@benchline/analysis';
import type { ChangeRecord, ChangeStatus, SeriesIdentity } from '@benchline/core';
import type { CommitPoint } from './commit-points.ts';

/** Points of the new level after which a detected change counts as confirmed by later data. */
export const CONFIRM_AFTER_POINTS = 10;
/** A change located this close (in points) to a stored one is that change, re-located. */
export const SAME_CHANGE_WITHIN_POINTS = 5;
/** Statuses the analyzer leaves alone: people decided, or a rerun did not reproduce it. */
const SETTLED: readonly ChangeStatus[] = ['dismissed', 'not-reproduced'];

export interface ChangeUpdate {
  readonly record: ChangeRecord;
  /** `detected` for a new change, `updated` when its status or place changed, undefined for new figures only. */
  readonly event: 'detected' | 'updated' | undefined;
}

export interface ReconcileInput {
  readonly series: SeriesIdentity;
  readonly seriesKey: string;
  readonly direction: Direction;
  /** The default branch's history in commit order that `detected` was found in. */
  readonly mainline: readonly CommitPoint[];
  readonly detected: readonly ChangePoint[];
  /** The series' stored changes. */
  readonly stored: readonly ChangeRecord[];
  readonly now: string;
}

/** The stable id of a change first seen with `commitAfter` as the first commit of the new level. */
export function changeId(seriesKey: string, commitAfter: string): string {
  return createHash('sha256').update(`${seriesKey}:${commitAfter}`).digest('hex').slice(0, 16);
}

/**
 * Matches the change points found now with the stored ones of the series: a change found again
 * near where it was keeps its id and gets the new figures; a new one is `detected`, and becomes
 * `confirmed` once CONFIRM_AFTER_POINTS points of the new level support it. Dismissed and
 * not-reproduced changes are never touched again. Returns only what changed.
 */
export function reconcileChanges(input: ReconcileInput): ChangeUpdate[] {
  const unmatched = [...input.stored];
  const updates: ChangeUpdate[] = [];
  for (const point of input.detected) {
    const match = closestStored(unmatched, input.mainline, point.index);
    if (match) unmatched.splice(unmatched.indexOf(match), 1);
    const update = match ? relocated(match, point, input) : created(point, input);
    if (update) updates.push(update);
  }
  return updates;
}

function closestStored(
  stored: readonly ChangeRecord[],
  mainline: readonly CommitPoint[],
  index: number,
): ChangeRecord | undefined {
  let best: { record: ChangeRecord; distance: number } | undefined;
  for (const record of stored) {
    const at = mainline.findIndex((point) => point.commit === record.commitAfter);
    const distance = at < 0 ? Number.POSITIVE_INFINITY : Math.abs(at - index);
    if (distance <= SAME_CHANGE_WITHIN_POINTS && (!best || distance < best.distance)) best = { record, distance };
  }
  return best?.record;
}

/** The figures of a change point, as a record has them. */
function located(point: ChangePoint, input: ReconcileInput) {
  const before = input.mainline[point.index - 1]!;
  const after = input.mainline[point.index]!;
  const worse = input.direction === 'lower' ? point.after > point.before : point.after < point.before;
  return {
    kind: worse ? ('regression' as const) : ('improvement' as const),
    commitBefore: before.commit,
    commitAfter: after.commit,
    positionBefore: before.position,
    positionAfter: after.position,
    runId: after.runIds[0] ?? '',
    timeMs: after.timeMs,
    before: point.before,
    after: point.after,
    changePercent: point.changePercent,
    significance: point.significance,
    pointsAfter: point.segmentAfter.to - point.index,
  };
}

function statusFor(pointsAfter: number): ChangeStatus {
  return pointsAfter >= CONFIRM_AFTER_POINTS ? 'confirmed' : 'detected';
}

function created(point: ChangePoint, input: ReconcileInput): ChangeUpdate {
  const figures = located(point, input);
  const status = statusFor(figures.pointsAfter);
  const record: ChangeRecord = {
    id: changeId(input.seriesKey, figures.commitAfter),
    series: input.series,
    seriesKey: input.seriesKey,
    status,
    direction: input.direction,
    ...figures,
    detectedAt: input.now,
    updatedAt: input.now,
    history: [{ status, at: input.now, by: 'analyzer' }],
  };
  return { record, event: 'detected' };
}

function relocated(stored: ChangeRecord, point: ChangePoint, input: ReconcileInput): ChangeUpdate | undefined {
  if (SETTLED.includes(stored.status)) return undefined;
  const figures = located(point, input);
  const status = stored.status === 'detected' ? statusFor(figures.pointsAfter) : stored.status;
  const moved = figures.commitAfter !== stored.commitAfter || figures.kind !== stored.kind;
  const sameFigures =
    !moved &&
    status === stored.status &&
    figures.pointsAfter === stored.pointsAfter &&
    figures.before === stored.before &&
    figures.after === stored.after;
  if (sameFigures) return undefined;
  const record: ChangeRecord = {
    ...stored,
    ...figures,
    // Its InfluxDB point stays where it was first written, so an update rewrites it instead of adding one.
    timeMs: stored.timeMs,
    status,
    updatedAt: input.now,
    history: status === stored.status ? stored.history : [...stored.history, { status, at: input.now, by: 'analyzer' }],
  };
  return { record, event: moved || status !== stored.status ? 'updated' : undefined };
}
