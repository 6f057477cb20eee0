import { compareSamples, median, type SampleComparison } from '@benchline/analysis';
import type { ChangeRecord, ChangeStatus } from '@benchline/core';
import {
  comparisonOf,
  type BisectionOutcome,
  type BisectionRecord,
  type BisectionResult,
  type BisectionRun,
  type BisectionStep,
  type RangeCommit,
} from './record.ts';

export interface InvestigationSettings {
  confirmRuns: number;
  stepRuns: number;
  maxRuns: number;
  confidence: number;
}

/** A run to request: the affected benchmark of the change at `commit`. */
export interface PlannedRun {
  runId: string;
  commit: string;
  role: BisectionRun['role'];
}

/** What the investigation needs from the outside world; the service wires NATS, InfluxDB and git in. */
export interface InvestigationPorts {
  /** Requests the run unless it was requested before (deterministic run id), waits for it, reads the series' value. */
  measure(run: PlannedRun): Promise<Pick<BisectionRun, 'value' | 'failed'>>;
  /** The first-parent commits of (before, after], oldest first. */
  commits(before: string, after: string): Promise<RangeCommit[]>;
  /** Stores the record (after every run and step: what a restarted bisector resumes from). */
  save(record: BisectionRecord): Promise<void>;
  /** The change's status now (people may dismiss it meanwhile). */
  changeStatus(): Promise<ChangeStatus | undefined>;
  /** Sets the change's status (confirmed, not-reproduced) with a note. */
  setChangeStatus(status: ChangeStatus, note: string): Promise<void>;
  /** `bisect.started|step|completed.<suite>`. */
  announce(event: 'started' | 'step' | 'completed', record: BisectionRecord, step?: BisectionStep): Promise<void>;
  /** The culprit on the change's InfluxDB point. */
  annotate(record: BisectionRecord): Promise<void>;
  now(): string;
}

/** Ends the investigation with an outcome (a port may throw it: the change was dismissed while a run waited). */
export class Stop extends Error {
  constructor(
    readonly outcome: BisectionOutcome,
    message: string,
  ) {
    super(message);
  }
}

const short = (sha: string) => sha.slice(0, 10);

/**
 * Confirms a regression by rerunning its benchmark at both ends of its range, interleaved
 * (A B A B …), then bisects the range's first-parent commits down to the culprit. Deterministic
 * given its runs' outcomes, and every run has a deterministic id whose outcome is kept in the
 * record: a restarted bisector replays the recorded runs at once and carries on from the first
 * missing one, and a run requested twice is one run (JetStream drops the duplicate request).
 */
export async function investigate(
  change: ChangeRecord,
  stored: BisectionRecord | undefined,
  settings: InvestigationSettings,
  ports: InvestigationPorts,
): Promise<BisectionRecord> {
  const record: BisectionRecord = stored ?? {
    changeId: change.id,
    suite: change.series.suite,
    series: change.series,
    direction: change.direction,
    commitBefore: change.commitBefore,
    commitAfter: change.commitAfter,
    state: 'confirming',
    startedAt: ports.now(),
    updatedAt: ports.now(),
    runs: [],
    steps: [],
  };
  if (record.state === 'done') return record;
  const known = new Map(record.runs.map((run) => [run.runId, run]));
  const save = async () => {
    record.updatedAt = ports.now();
    await ports.save(record);
  };
  const worse = (comparison: SampleComparison) =>
    record.direction === 'lower' ? comparison.greater : comparison.smaller;

  const measure = async (planned: PlannedRun): Promise<BisectionRun> => {
    const done = known.get(planned.runId);
    if (done) return done;
    if ((await ports.changeStatus()) === 'dismissed')
      throw new Stop('dismissed', 'The change was dismissed: its investigation stopped.');
    if (record.runs.length >= settings.maxRuns)
      throw new Stop('budget', `The budget of ${settings.maxRuns} runs (bisection.maxRuns) is used up.`);
    const outcome = await ports.measure(planned);
    const run: BisectionRun = { ...planned, ...outcome };
    record.runs.push(run);
    known.set(run.runId, run);
    await save();
    return run;
  };
  const valuesAt = (commit: string) =>
    record.runs.filter((run) => run.commit === commit && run.value !== undefined).map((run) => run.value!);

  try {
    // Confirmation: A B A B … at the change's two ends.
    if (!record.confirmation) {
      const runIds: string[] = [];
      for (let i = 0; i < settings.confirmRuns; i++) {
        for (const [role, commit] of [
          ['before', record.commitBefore],
          ['after', record.commitAfter],
        ] as const) {
          const run = await measure({ runId: `confirm-${record.changeId}-${runIds.length + 1}`, commit, role });
          runIds.push(run.runId);
        }
      }
      const before = valuesAt(record.commitBefore);
      const after = valuesAt(record.commitAfter);
      if (before.length < 2 || after.length < 2) {
        record.confirmation = { verdict: 'inconclusive', runIds };
        throw new Stop(
          'inconclusive',
          `Too few confirmation runs succeeded (${before.length} at ${short(record.commitBefore)}, ${after.length} at ${short(record.commitAfter)}) to say whether the change reproduces.`,
        );
      }
      const comparison = compareSamples(before, after, { confidence: settings.confidence });
      const reproduced = worse(comparison);
      record.confirmation = {
        verdict: reproduced ? 'confirmed' : 'not-reproduced',
        runIds,
        comparison: comparisonOf(comparison),
      };
      const figures = `${fmt(comparison.changePercent)} % (${fmt(comparison.ciPercent[0])} … ${fmt(comparison.ciPercent[1])} %, Mann–Whitney p = ${comparison.pValue.toFixed(3)}) over ${before.length} + ${after.length} reruns`;
      if (!reproduced) {
        await ports.setChangeStatus('not-reproduced', `Not reproduced by reruns: ${figures}.`);
        throw new Stop('not-reproduced', `Reruns at both ends did not reproduce the regression: ${figures}.`);
      }
      await ports.setChangeStatus('confirmed', `Confirmed by reruns: ${figures}.`);
      await save();
    } else if (record.confirmation.verdict !== 'confirmed') {
      throw new Stop(
        record.confirmation.verdict === 'inconclusive' ? 'inconclusive' : 'not-reproduced',
        'The confirmation did not confirm the change.',
      );
    }

    // Bisection of (commitBefore, commitAfter].
    if (!record.commits) {
      record.commits = await ports.commits(record.commitBefore, record.commitAfter);
      if (record.commits.at(-1)?.sha !== record.commitAfter) {
        throw new Stop(
          'range',
          `${short(record.commitAfter)} is not on the first-parent line after ${short(record.commitBefore)}: nothing to bisect.`,
        );
      }
      record.state = 'bisecting';
      await save();
      await ports.announce('started', record);
    }
    const commits = record.commits;
    let good = -1;
    let bad = commits.length - 1;
    const skipped = new Set<number>();
    const shaAt = (index: number) => (index < 0 ? record.commitBefore : commits[index]!.sha);
    for (let stepNumber = 1; ; stepNumber++) {
      const index = nextMidpoint(good, bad, skipped);
      if (index === undefined) break;
      const commit = commits[index]!.sha;
      let step = record.steps.find((recorded) => recorded.step === stepNumber);
      if (!step) {
        const needed = settings.stepRuns + 2;
        if (record.runs.length + needed > settings.maxRuns) {
          throw new Stop(
            'budget',
            `The budget of ${settings.maxRuns} runs (bisection.maxRuns) would be exceeded by another step of ${needed} runs.`,
          );
        }
        step = await bisectionStep(stepNumber, index, commit, shaAt(good), shaAt(bad));
        record.steps.push(step);
        await save();
        await ports.announce('step', record, step);
      }
      if (step.verdict === 'skipped') skipped.add(index);
      else if (step.verdict === 'good') good = index;
      else bad = index;
    }
    throw finished(bad - good === 1 ? 'culprit' : 'range', '');
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    record.result = resultOf(error.outcome, error.message);
    record.state = 'done';
    await save();
    if (record.commits) {
      if (record.result.culprit) await ports.annotate(record);
      await ports.announce('completed', record);
    }
    return record;
  }

  async function bisectionStep(
    stepNumber: number,
    index: number,
    commit: string,
    goodSha: string,
    badSha: string,
  ): Promise<BisectionStep> {
    const runIds: string[] = [];
    const plan: PlannedRun[] = [];
    for (let i = 0; i < settings.stepRuns; i++) {
      plan.push({ runId: `bisect-${record.changeId}-${stepNumber}-${plan.length + 1}`, commit, role: 'mid' });
      if (i === 0)
        plan.push({
          runId: `bisect-${record.changeId}-${stepNumber}-${plan.length + 1}`,
          commit: goodSha,
          role: 'good',
        });
      if (i === 1)
        plan.push({ runId: `bisect-${record.changeId}-${stepNumber}-${plan.length + 1}`, commit: badSha, role: 'bad' });
    }
    const base = { step: stepNumber, commit, index, runIds, good: goodSha, bad: badSha };
    for (const planned of plan) {
      const run = await measure(planned);
      runIds.push(run.runId);
      if (run.role === 'mid' && run.failed) {
        return {
          ...base,
          verdict: 'skipped',
          basis: `its run failed at ${run.failed.stage}: ${run.failed.reason}`,
          good: goodSha,
          bad: badSha,
        };
      }
    }
    const mid = record.runs
      .filter((run) => runIds.includes(run.runId) && run.role === 'mid' && run.value !== undefined)
      .map((run) => run.value!);
    const goodValues = valuesAt(goodSha);
    const badValues = valuesAt(badSha);
    const vsGood = compareSamples(goodValues, mid, { confidence: settings.confidence });
    const vsBad = compareSamples(mid, badValues, { confidence: settings.confidence });
    const worseThanGood = worse(vsGood);
    const betterThanBad = worse(vsBad);
    let verdict: 'good' | 'bad';
    let basis: string;
    if (worseThanGood && !betterThanBad) [verdict, basis] = ['bad', 'worse than the good end, like the bad end'];
    else if (!worseThanGood && betterThanBad) [verdict, basis] = ['good', 'better than the bad end, like the good end'];
    else {
      const share = (median(mid) - median(goodValues)) / (median(badValues) - median(goodValues));
      verdict = share >= 0.5 ? 'bad' : 'good';
      basis = `the comparisons disagree; its median is ${Math.round(share * 100)} % of the way from the good end to the bad end`;
    }
    return {
      ...base,
      verdict,
      basis,
      vsGood: comparisonOf(vsGood),
      vsBad: comparisonOf(vsBad),
      good: verdict === 'good' ? commit : goodSha,
      bad: verdict === 'bad' ? commit : badSha,
    };
  }

  function finished(outcome: BisectionOutcome, message: string): Stop {
    return new Stop(outcome, message);
  }

  function resultOf(outcome: BisectionOutcome, message: string): BisectionResult {
    const base = { runsUsed: record.runs.length, steps: record.steps.length, skipped: [] as RangeCommit[] };
    const commits = record.commits;
    if (!commits) return { outcome, message, ...base };
    // The range as the recorded steps left it.
    let good = -1;
    let bad = commits.length - 1;
    const skipped = new Set<number>();
    for (const step of record.steps) {
      if (step.verdict === 'skipped') skipped.add(step.index);
      else if (step.verdict === 'good') good = step.index;
      else bad = step.index;
    }
    const goodSha = good < 0 ? record.commitBefore : commits[good]!.sha;
    const badSha = commits[bad]!.sha;
    const candidates = commits.slice(good + 1, bad + 1);
    const skippedCommits = [...skipped].sort((x, y) => x - y).map((index) => commits[index]!);
    const goodValues = valuesAt(goodSha);
    const badValues = valuesAt(badSha);
    const effect =
      goodValues.length > 0 && badValues.length > 0
        ? comparisonOf(compareSamples(goodValues, badValues, { confidence: settings.confidence }))
        : undefined;
    const culprit = candidates.length === 1 ? candidates[0] : undefined;
    const effectText = effect
      ? `, ${fmt(effect.changePercent)} % (${fmt(effect.ciPercent[0])} … ${fmt(effect.ciPercent[1])} %)`
      : '';
    const skippedText = skippedCommits.length
      ? `; skipped (their runs failed): ${skippedCommits.map((commit) => short(commit.sha)).join(', ')}`
      : '';
    const used = `${base.runsUsed} runs, ${base.steps} steps`;
    let text = message;
    if (outcome === 'culprit' && culprit)
      text = `The culprit is ${short(culprit.sha)} "${culprit.subject}" by ${culprit.author}${effectText} (${used}${skippedText}).`;
    else if (outcome === 'range' || outcome === 'budget' || outcome === 'dismissed') {
      text =
        `${message ? `${message} ` : ''}The culprit is one of ${candidates.length} commits in ${short(goodSha)}..${short(badSha)}: ${candidates.map((commit) => short(commit.sha)).join(', ')}${effectText} (${used}${skippedText}).`.trim();
    }
    return {
      outcome,
      message: text,
      ...base,
      skipped: skippedCommits,
      good: goodSha,
      bad: badSha,
      candidates,
      ...(culprit && outcome === 'culprit' && { culprit }),
      ...(effect && { effect }),
    };
  }
}

/** The commit to test next: the middle of (good, bad), or the untested one nearest to it when it was skipped. */
export function nextMidpoint(good: number, bad: number, skipped: ReadonlySet<number>): number | undefined {
  const middle = Math.floor((good + bad) / 2);
  for (let distance = 0; distance < bad - good; distance++) {
    for (const index of [middle - distance, middle + distance]) {
      if (index > good && index < bad && !skipped.has(index)) return index;
    }
  }
  return undefined;
}

const fmt = (value: number) => (value >= 0 ? '+' : '') + value.toFixed(1);
