import type { SampleComparison } from '@benchline/analysis';
import type { SeriesIdentity } from '@benchline/core';

/** A commit of the change's range, as `git log` tells it. */
export interface RangeCommit {
  sha: string;
  subject: string;
  author: string;
}

/** One run the bisector requested, and what came of it. */
export interface BisectionRun {
  runId: string;
  commit: string;
  /** `before`/`after`: a confirmation run at an end; `mid`: a step's midpoint; `good`/`bad`: a step's run of its current end. */
  role: 'before' | 'after' | 'mid' | 'good' | 'bad';
  /** The series' value the run measured; absent when it failed. */
  value?: number;
  /** The run failed (stage and reason from run.failed), or gave no value for the series. */
  failed?: { stage: string; reason: string };
}

/** A comparison as recorded: the figures people read. */
export type Comparison = Pick<
  SampleComparison,
  'medianA' | 'medianB' | 'changePercent' | 'ciPercent' | 'pValue' | 'pGreater' | 'pLess' | 'method'
>;

export interface Confirmation {
  /** `inconclusive`: too few runs of an end succeeded to compare. */
  verdict: 'confirmed' | 'not-reproduced' | 'inconclusive';
  runIds: string[];
  /** Before-runs against after-runs. */
  comparison?: Comparison;
}

export interface BisectionStep {
  step: number;
  commit: string;
  /** Index of the commit in the range (oldest first). */
  index: number;
  runIds: string[];
  /** `good` (old level), `bad` (new level) or `skipped` (its runs failed: like `git bisect skip`). */
  verdict: 'good' | 'bad' | 'skipped';
  /** How the verdict was reached: both comparisons agreed, the nearer median decided, or why it was skipped. */
  basis: string;
  vsGood?: Comparison;
  vsBad?: Comparison;
  /** The range left after this step: the culprit is in (good, bad]. */
  good: string;
  bad: string;
}

export type BisectionOutcome =
  /** One commit left: the culprit. */
  | 'culprit'
  /** Only skipped commits are left between the last good and the first bad commit: the culprit is one of them or the bad one. */
  | 'range'
  /** The budget of runs ran out first: the narrowest range reached. */
  | 'budget'
  | 'not-reproduced'
  /** Too few confirmation runs succeeded to say. */
  | 'inconclusive'
  /** The change was dismissed (PATCH /changes/:id) while it was investigated. */
  | 'dismissed'
  /** The bisector gave up after repeated errors. */
  | 'error';

export interface BisectionResult {
  outcome: BisectionOutcome;
  /** A sentence for people. */
  message: string;
  culprit?: RangeCommit;
  /** The narrowest range reached: the culprit is in (good, bad]; `candidates` are those commits, oldest first. */
  good?: string;
  bad?: string;
  candidates?: RangeCommit[];
  skipped: RangeCommit[];
  /** The effect between the last good and the first bad commit, with its interval. */
  effect?: Comparison;
  runsUsed: number;
  steps: number;
}

/** The bisector's record of one change (KV bucket `benchline-bisections`, key = change id, JSON). */
export interface BisectionRecord {
  changeId: string;
  suite: string;
  series: SeriesIdentity;
  direction: 'lower' | 'higher';
  commitBefore: string;
  commitAfter: string;
  state: 'confirming' | 'bisecting' | 'done';
  startedAt: string;
  updatedAt: string;
  /** Every run requested for the change, in order. */
  runs: BisectionRun[];
  confirmation?: Confirmation;
  /** The range (commitBefore, commitAfter] on the default branch's first-parent line, oldest first. */
  commits?: RangeCommit[];
  steps: BisectionStep[];
  result?: BisectionResult;
}

export function comparisonOf(comparison: SampleComparison): Comparison {
  const { medianA, medianB, changePercent, ciPercent, pValue, pGreater, pLess, method } = comparison;
  return { medianA, medianB, changePercent, ciPercent, pValue, pGreater, pLess, method };
}
