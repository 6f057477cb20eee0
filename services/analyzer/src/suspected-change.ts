import { Verdict, type ChangeRecord, type SeriesIdentity } from '@benchline/core';
import type { SeriesJudgement } from './judge-series.ts';
import { changeId, SAME_CHANGE_WITHIN_POINTS, type ChangeUpdate } from './reconcile-changes.ts';

export interface SuspectInput {
  readonly series: SeriesIdentity;
  readonly judgement: SeriesJudgement;
  readonly seriesKey: string;
  readonly runId: string;
  /** The series' changes, as stored after this analysis' own updates. */
  readonly stored: readonly ChangeRecord[];
  readonly now: string;
}

/**
 * A run on the default branch judged a regression where no change is known near its commit (one
 * that reruns did not reproduce does not count): a
 * change suspected between the previous commit and this one, so that the bisector confirms it by
 * reruns now rather than after the 7–8 more points the change-point detector needs to locate it.
 * Its id is the one a change point located there later gets (changeId of its first commit), and
 * the analyzer's reconciliation takes it over from then on. Only worth it where confirmation runs:
 * nothing else would settle one run's false alarm, so the caller asks only then.
 */
export function suspectedChange({
  series,
  judgement,
  seriesKey,
  runId,
  stored,
  now,
}: SuspectInput): ChangeUpdate | undefined {
  const { verdict, mainline, direction } = judgement;
  if (verdict.verdict !== Verdict.VERDICT_REGRESSION) return undefined;
  const at = mainline.findIndex((point) => point.runIds.includes(runId));
  if (at < 1) return undefined;
  const near = stored.some((record) => {
    // A nearby change that reruns did not reproduce was noise: it tells nothing about this run.
    if (record.status === 'not-reproduced') return false;
    const place = mainline.findIndex((point) => point.commit === record.commitAfter);
    return place >= 0 && Math.abs(place - at) <= SAME_CHANGE_WITHIN_POINTS;
  });
  if (near) return undefined;
  const before = mainline[at - 1]!;
  const after = mainline[at]!;
  const note = `suspected from run ${runId}'s verdict (${verdict.changePercent.toFixed(1)} % against ${verdict.baselinePoints} earlier points); not yet located as a change point`;
  const record: ChangeRecord = {
    id: changeId(seriesKey, after.commit),
    series,
    seriesKey,
    status: 'detected',
    kind: 'regression',
    direction,
    commitBefore: before.commit,
    commitAfter: after.commit,
    positionBefore: before.position,
    positionAfter: after.position,
    runId,
    timeMs: after.timeMs,
    before: verdict.baseline,
    after: verdict.value,
    changePercent: verdict.changePercent,
    significance: judgement.pValue ?? 0,
    pointsAfter: mainline.length - at,
    detectedAt: now,
    updatedAt: now,
    history: [{ status: 'detected', at: now, by: 'analyzer', note }],
  };
  return { record, event: 'detected' };
}
