import { overlaps } from '../reliability/support/windows.ts';
import { ENTRY_POINTS, FAULT_KINDS, type RunRecord, type SoakObservations } from './observations.ts';

/**
 * The soak's invariants (issue #21). Each check returns its violations, one sentence each; an empty
 * list is a pass. None passes on missing data: no runs, no published run, no windows file, no fault
 * of a kind are violations themselves.
 */
export const INVARIANTS = {
  'every run finished once': runsFinished,
  'points in InfluxDB exactly once': pointsOnce,
  'no overlapping executions per minion': windowsApart,
  'no lease left held': leasesFree,
  'nothing of a run left on a minion': minionsClean,
  'every bundle CID resolves': bundlesResolve,
  'every fault injected and healed': faultsHealed,
  'no service died but by the chaos driver': noCrashes,
} satisfies Record<string, (observations: SoakObservations) => string[]>;

export type InvariantName = keyof typeof INVARIANTS;

/** Every invariant's violations, by name. */
export function checkInvariants(observations: SoakObservations): Record<InvariantName, string[]> {
  return Object.fromEntries(Object.entries(INVARIANTS).map(([name, check]) => [name, check(observations)])) as Record<
    InvariantName,
    string[]
  >;
}

const count = (run: RunRecord, stage: keyof RunRecord['events']) => run.events[stage] ?? 0;
const published = (observations: SoakObservations) => observations.runs.filter((run) => count(run, 'published') > 0);

/**
 * Every accepted run is in the stream; every run in the stream was requested once and ended exactly
 * once, `published` or `failed` with a code and a reason; every entry point brought runs and at
 * least one run was published.
 */
function runsFinished({ accepted, refused, runs }: SoakObservations): string[] {
  const violations = refused.map((problem) => `a request was never accepted: ${problem}`);
  if (runs.length === 0) violations.push('the RUNS stream holds no run at all');
  const inStream = new Set(runs.map((run) => run.runId));
  for (const run of accepted)
    if (!inStream.has(run.runId))
      violations.push(`${run.runId} (${run.entry}, ${run.minion}) was accepted but never reached the RUNS stream`);
  for (const entry of ENTRY_POINTS)
    if (!runs.some((run) => run.entry === entry)) violations.push(`no run came in through ${entry}`);
  if (runs.length > 0 && !runs.some((run) => count(run, 'published') > 0)) violations.push('no run was published');
  for (const run of runs) {
    const ends = count(run, 'published') + count(run, 'failed') + count(run, 'cancelled');
    if (count(run, 'requested') !== 1)
      violations.push(`${run.runId} has ${count(run, 'requested')} run.requested events, not 1`);
    if (ends === 0) violations.push(`${run.runId} never finished (stuck or lost): ${describeEvents(run)}`);
    if (ends > 1) violations.push(`${run.runId} finished ${ends} times: ${describeEvents(run)}`);
    if (count(run, 'cancelled') > 0) violations.push(`${run.runId} was cancelled, which nobody asked for`);
    if (count(run, 'failed') > 0 && !(run.failure?.code && run.failure.reason))
      violations.push(`${run.runId} failed without a code and a reason: ${JSON.stringify(run.failure ?? {})}`);
  }
  return violations;
}

/** Each published run's points are in InfluxDB, each once; no run that was not published left points. */
function pointsOnce(observations: SoakObservations): string[] {
  const violations: string[] = [];
  const publishedRuns = published(observations);
  if (publishedRuns.length === 0) violations.push('no published run whose points could be counted');
  for (const run of publishedRuns) {
    const expected = run.publication?.points ?? 0;
    const stored = observations.points[run.runId] ?? 0;
    if (expected === 0) violations.push(`${run.runId} was published with no points`);
    else if (stored !== expected)
      violations.push(`${run.runId} has ${stored} point(s) in InfluxDB, its run.published says ${expected}`);
  }
  const publishedIds = new Set(publishedRuns.map((run) => run.runId));
  for (const [runId, stored] of Object.entries(observations.points))
    if (!publishedIds.has(runId) && stored > 0)
      violations.push(`${runId} was not published but left ${stored} point(s) in InfluxDB`);
  return violations;
}

/** On every minion no two benchmark executions overlapped, and every published run executed on its minion. */
function windowsApart(observations: SoakObservations): string[] {
  const violations: string[] = [];
  if (observations.minions.length === 0) violations.push('no minion was observed');
  const known = new Set(observations.runs.map((run) => run.runId));
  for (const minion of observations.minions) {
    if (!Array.isArray(minion.windows)) {
      violations.push(`minion ${minion.name}: ${minion.windows.error}`);
      continue;
    }
    for (const [first, second] of overlaps(minion.windows))
      violations.push(
        `minion ${minion.name}: executions of ${first.runId} and ${second.runId} overlapped by ${first.end - second.start} µs`,
      );
    const executed = new Set(minion.windows.map((window) => window.runId));
    for (const runId of executed)
      if (!known.has(runId)) violations.push(`minion ${minion.name}: a window of ${runId}, a run the stream never had`);
    for (const run of published(observations).filter((run) => run.minion === minion.name))
      if (!executed.has(run.runId))
        violations.push(`${run.runId} was published but never executed on minion ${minion.name}`);
  }
  return violations;
}

function leasesFree({ leases }: SoakObservations): string[] {
  return leases.map(({ minion, runId }) => `minion ${minion} is still leased to ${runId}`);
}

/** No process carrying a run's marker is alive, and no run's output dir is left on a minion. */
function minionsClean(observations: SoakObservations): string[] {
  const violations = observations.leftoverProcesses.map(
    ({ runId, pid }) => `process ${pid} of ${runId} is still alive on the minion`,
  );
  if (observations.minions.length === 0) violations.push('no minion was observed');
  for (const minion of observations.minions) {
    if (!minion.workDirFound) violations.push(`minion ${minion.name} has no work dir: nothing ever ran there`);
    for (const entry of minion.leftoverFiles) violations.push(`minion ${minion.name}: runs/${entry} was left behind`);
  }
  return violations;
}

/** Every published run's bundle is served by CID, and its manifest names the run. */
function bundlesResolve(observations: SoakObservations): string[] {
  const violations: string[] = [];
  const checked = new Map(observations.bundles.map((bundle) => [bundle.runId, bundle]));
  const publishedRuns = published(observations);
  if (publishedRuns.length === 0) violations.push('no published run whose bundle could be resolved');
  for (const run of publishedRuns) {
    const bundle = checked.get(run.runId);
    if (!run.publication?.cid) violations.push(`${run.runId} was published without a CID`);
    else if (!bundle) violations.push(`${run.runId}: its bundle ${run.publication.cid} was not fetched`);
    else if (bundle.error) violations.push(`${run.runId}: bundle ${bundle.cid} does not resolve: ${bundle.error}`);
    else if (bundle.manifestRunId !== run.runId)
      violations.push(`${run.runId}: bundle ${bundle.cid} is the manifest of ${bundle.manifestRunId ?? 'no run'}`);
  }
  return violations;
}

/** Every kind of fault was injected at least once, and the system came back from each. */
function faultsHealed({ faults }: SoakObservations): string[] {
  const missing = FAULT_KINDS.filter((kind) => !faults.some((fault) => fault.kind === kind)).map(
    (kind) => `no ${kind} fault was injected`,
  );
  const unhealed = faults.flatMap((fault) =>
    fault.problem ? [`${fault.kind} of ${fault.target} did not heal: ${fault.problem}`] : [],
  );
  return [...missing, ...unhealed];
}

/** Every service process that exited unasked was one the chaos driver killed. */
function noCrashes({ faults, serviceExits }: SoakObservations): string[] {
  const killed = new Set(faults.flatMap((fault) => (fault.killedPid === undefined ? [] : [fault.killedPid])));
  return serviceExits.filter((exit) => {
    const pid = /\bpid (\d+)\b/.exec(exit)?.[1];
    return pid === undefined || !killed.has(Number(pid));
  });
}

function describeEvents(run: RunRecord): string {
  const stages = Object.entries(run.events).map(([stage, n]) => (n === 1 ? stage : `${stage} ×${n}`));
  return stages.length > 0 ? stages.join(', ') : 'no events';
}
