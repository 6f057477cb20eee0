import {
  DEFAULT_JUDGE_OPTIONS,
  directionOfUnit,
  judgeRun,
  type Direction,
  type JudgeOptions,
} from '@benchline/analysis';
import { proto, Verdict, type AnalysisSettings, type SeriesVerdict } from '@benchline/core';
import { commitPoint, mainlineHistory, type CommitPoint } from './commit-points.ts';
import type { Series } from './series.ts';

/** Where the analyzed run sits in the suite's history. */
export interface RunPlace {
  readonly runId: string;
  readonly position: number;
  readonly onDefaultBranch: boolean;
  /** The run was judged noisy (Publication.noise): its verdicts are skipped. */
  readonly noisy: boolean;
  /** Where the minion's current environment began (ms): earlier points are not its history. */
  readonly segmentStartMs: number | undefined;
}

export interface SeriesJudgement {
  readonly verdict: SeriesVerdict;
  readonly direction: Direction;
  /** The default branch's history in commit order, the run included when it is on the default branch. */
  readonly mainline: readonly CommitPoint[];
  /** Two-sided p-value of the verdict's test; undefined without one (insufficient history, skipped). */
  readonly pValue?: number;
}

const VERDICTS = {
  regression: Verdict.VERDICT_REGRESSION,
  improvement: Verdict.VERDICT_IMPROVEMENT,
  unchanged: Verdict.VERDICT_UNCHANGED,
  'insufficient-history': Verdict.VERDICT_INSUFFICIENT_HISTORY,
} as const;

/**
 * The run's verdict on one series: its value against the default branch's history before its
 * commit, or, for a run of another ref, up to and including the merge-base (its position), in the
 * minion's current environment. A noisy run's (and an ignored series') verdict is skipped.
 */
export function judgeSeries(series: Series, run: RunPlace, settings: AnalysisSettings): SeriesJudgement | undefined {
  const { segmentStartMs } = run;
  const points =
    segmentStartMs === undefined ? series.points : series.points.filter((point) => point.timeMs >= segmentStartMs);
  const runPoints = points.filter((point) => point.runId === run.runId);
  if (runPoints.length === 0) return undefined;
  const current = commitPoint(runPoints);
  const direction = settings.direction ?? directionOfUnit(series.identity.unit);
  const others = points.filter((point) => point.runId !== run.runId);
  const history = mainlineHistory(others, run.onDefaultBranch ? run.position - 1 : run.position);
  const mainline = run.onDefaultBranch ? mainlineHistory(points) : mainlineHistory(others);
  const base = {
    series: series.identity,
    value: current.value,
    direction,
    confidence: judgeOptions(settings, direction).confidence,
  };
  if (settings.ignore || run.noisy)
    return { verdict: proto.SeriesVerdict.create({ ...base, verdict: Verdict.VERDICT_SKIPPED }), direction, mainline };

  const judged = judgeRun(
    history.map(({ value, standardError }) => ({ value, standardError })),
    current,
    judgeOptions(settings, direction),
  );
  const baselinePoints = judged.baseline ? history.slice(judged.baseline.fromIndex) : [];
  const verdict = proto.SeriesVerdict.create({
    ...base,
    verdict: VERDICTS[judged.verdict],
    baseline: judged.baseline?.value ?? 0,
    changePercent: judged.changePercent ?? 0,
    ciLowerPercent: judged.ci?.[0] ?? 0,
    ciUpperPercent: judged.ci?.[1] ?? 0,
    baselinePoints: baselinePoints.length,
    baselineFromCommit: baselinePoints[0]?.commit ?? '',
    baselineToCommit: baselinePoints.at(-1)?.commit ?? '',
    pointsNeeded: judged.pointsNeeded ?? 0,
  }) as SeriesVerdict;
  return { verdict, direction, mainline, ...(judged.pValue !== null && { pValue: judged.pValue }) };
}

function judgeOptions(settings: AnalysisSettings, direction: Direction): Partial<JudgeOptions> {
  return {
    direction,
    confidence: settings.confidence ?? DEFAULT_JUDGE_OPTIONS.confidence,
    ...(settings.minHistory !== undefined && { minHistory: settings.minHistory }),
    ...(settings.window !== undefined && { window: settings.window }),
    ...(settings.minChangePercent !== undefined && { minChangePercent: settings.minChangePercent }),
    ...(settings.minAbsoluteChange !== undefined && { minAbsoluteChange: settings.minAbsoluteChange }),
  };
}
