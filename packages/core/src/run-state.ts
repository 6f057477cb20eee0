import type { KV } from '@nats-io/kv';
import type { RunEvent } from './codec.ts';
import { isRevisionConflict } from './kv-errors.ts';
import { BenchmarkStatus, Stage, TriggerSource, Verdict, type RunAnalyzed } from './messages.ts';
import type { RunIndex } from './run-index.ts';
import type { StageName } from './subjects.ts';

/** A run's current state as kept in the runs bucket (JSON, readable with `nats kv get`). */
export interface RunState {
  runId: string;
  status: StageName;
  suite: string;
  ref: string;
  minion: string;
  benchmarks: string[];
  parameters: Record<string, string>;
  tags: string[];
  source: string;
  requestedBy: string;
  /** When each stage's event was produced (RFC 3339). */
  stages: Partial<Record<StageName, string>>;
  commit?: string;
  provisioningSkipped?: boolean;
  results?: { benchmark: string; status: string; message?: string; points?: number; error?: string }[];
  cid?: string;
  points?: number;
  error?: { stage: string; code?: string; reason: string; detail?: string };
  /** Who cancelled the run and why (run.cancelled); the status is then `cancelled`. */
  cancellation?: { by: string; reason?: string };
  /** The analyzer's verdicts (run.analyzed); the run's status stays `published`. */
  analysis?: RunAnalysisState;
}

export interface SeriesVerdictState {
  series: { benchmark: string; case: string; metric: string; unit: string; params: Record<string, string> };
  verdict: string;
  value: number;
  baseline?: number;
  changePercent?: number;
  ci?: [number, number];
  direction: string;
  baselinePoints: number;
  pointsNeeded?: number;
  changeIds?: string[];
}

export interface RunAnalysisState {
  regressions: number;
  improvements: number;
  verdicts: SeriesVerdictState[];
}

// Analysis annotates a published run, and a failed analysis does not unpublish it: all three rank alike.
// A cancellation ends a run that has not ended yet; it does not undo a run that already ended.
const RANK: Record<StageName, number> = {
  requested: 0,
  provisioned: 1,
  executed: 2,
  published: 3,
  analyzed: 3,
  failed: 3,
  cancelled: 3,
};
/** The status an event gives a run: an analysis annotates a published run, it is no status of its own. */
const statusOf = (stage: StageName): StageName => (stage === 'analyzed' ? 'published' : stage);
const enumName = (names: Record<number, string>, value: number, prefix: string) =>
  (names[value] ?? 'UNSPECIFIED').replace(prefix, '').toLowerCase();

/** Folds one event into a run's state. Pure; events may arrive late, twice, or out of order. */
export function applyEvent(current: RunState | undefined, event: RunEvent): RunState {
  const request = event.message.request;
  const base: RunState = current ?? {
    runId: request.runId,
    status: statusOf(event.stage),
    suite: request.suite,
    ref: request.ref,
    minion: request.minion,
    benchmarks: [...request.benchmarks],
    parameters: { ...request.parameters },
    tags: [...request.tags],
    source: enumName(TriggerSource, request.source, 'TRIGGER_SOURCE_'),
    requestedBy: request.requestedBy,
    stages: { requested: request.requestedAt },
  };
  const next: RunState = { ...base, stages: { ...base.stages } };
  if (RANK[event.stage] > RANK[next.status]) next.status = statusOf(event.stage);
  switch (event.stage) {
    case 'requested':
      break;
    case 'provisioned': {
      const provisioning = event.message.provisioning;
      next.stages.provisioned = provisioning?.finishedAt ?? '';
      next.commit = provisioning?.commit ?? undefined;
      next.provisioningSkipped = provisioning?.skipped ?? undefined;
      break;
    }
    case 'executed':
      next.stages.executed = event.message.execution?.finishedAt ?? '';
      next.results = (event.message.execution?.benchmarks ?? []).map((benchmark) => ({
        benchmark: benchmark.name ?? '',
        status: enumName(BenchmarkStatus, benchmark.status ?? 0, 'BENCHMARK_STATUS_'),
        ...(benchmark.message ? { message: benchmark.message } : {}),
      }));
      break;
    case 'published': {
      const publication = event.message.publication;
      next.stages.published = publication?.publishedAt ?? '';
      next.cid = publication?.cid ?? undefined;
      next.points = publication?.points ?? 0;
      const byName = new Map((publication?.benchmarks ?? []).map((benchmark) => [benchmark.name, benchmark]));
      next.results = next.results?.map((result) => {
        const published = byName.get(result.benchmark);
        return published
          ? { ...result, points: published.points ?? 0, ...(published.error ? { error: published.error } : {}) }
          : result;
      });
      break;
    }
    case 'analyzed':
      next.stages.analyzed = event.message.analysis?.analyzedAt ?? '';
      next.analysis = analysisState(event.message.analysis);
      break;
    case 'failed':
      next.stages.failed = event.message.failedAt;
      next.error = {
        stage: enumName(Stage, event.message.stage, 'STAGE_'),
        ...(event.message.code ? { code: event.message.code } : {}),
        reason: event.message.reason,
        ...(event.message.detail ? { detail: event.message.detail } : {}),
      };
      break;
    case 'cancelled':
      next.stages.cancelled = event.message.cancelledAt;
      next.cancellation = {
        by: event.message.cancelledBy,
        ...(event.message.reason ? { reason: event.message.reason } : {}),
      };
      break;
  }
  return next;
}

function analysisState(analysis: RunAnalyzed['analysis']): RunAnalysisState {
  const verdicts = (analysis?.verdicts ?? []).map((verdict): SeriesVerdictState => {
    const series = verdict.series ?? {};
    const judged =
      verdict.verdict !== Verdict.VERDICT_INSUFFICIENT_HISTORY && verdict.verdict !== Verdict.VERDICT_SKIPPED;
    return {
      series: {
        benchmark: series.benchmark ?? '',
        case: series.case ?? '',
        metric: series.metric ?? '',
        unit: series.unit ?? '',
        params: { ...series.params },
      },
      verdict: enumName(Verdict, verdict.verdict ?? 0, 'VERDICT_').replaceAll('_', '-'),
      value: verdict.value ?? 0,
      ...(verdict.baselinePoints ? { baseline: verdict.baseline ?? 0, changePercent: verdict.changePercent ?? 0 } : {}),
      ...(judged ? { ci: [verdict.ciLowerPercent ?? 0, verdict.ciUpperPercent ?? 0] as [number, number] } : {}),
      direction: verdict.direction ?? '',
      baselinePoints: verdict.baselinePoints ?? 0,
      ...(verdict.pointsNeeded ? { pointsNeeded: verdict.pointsNeeded } : {}),
      ...(verdict.changeIds?.length ? { changeIds: [...verdict.changeIds] } : {}),
    };
  });
  return { regressions: analysis?.regressions ?? 0, improvements: analysis?.improvements ?? 0, verdicts };
}

const encoder = new TextEncoder();

/** Where run states are kept: the runs bucket, and the index that lists them newest first (run-pages.ts). */
export interface RunStore {
  runs: KV;
  runIndex: RunIndex;
}

/** Applies an event to the stored state with compare-and-set, retrying on concurrent writers. */
export async function recordEvent({ runs, runIndex }: RunStore, event: RunEvent): Promise<RunState> {
  const key = event.message.request.runId;
  for (;;) {
    const entry = await runs.get(key);
    const current = entry && entry.operation === 'PUT' ? (entry.json() as RunState) : undefined;
    const next = applyEvent(current, event);
    // Indexed before the state exists: a crash in between leaves an entry without a state (skipped
    // when listed), never a state the index does not list.
    if (!current) await runIndex.add(next.suite, key);
    try {
      if (entry && entry.operation === 'PUT')
        await runs.update(key, encoder.encode(JSON.stringify(next)), entry.revision);
      else await runs.create(key, encoder.encode(JSON.stringify(next)));
      return next;
    } catch (error) {
      if (!isRevisionConflict(error)) throw error;
    }
  }
}

export async function getRun(runs: KV, runId: string): Promise<RunState | undefined> {
  const entry = await runs.get(runId);
  return entry && entry.operation === 'PUT' ? (entry.json() as RunState) : undefined;
}

export interface RunFilter {
  status?: StageName;
  suite?: string;
  limit: number;
}

/** Most recent runs first. Reads every key: fine for thousands of runs, not millions (GET /runs pages with run-pages.ts). */
export async function listRuns(runs: KV, filter: RunFilter): Promise<RunState[]> {
  const states: RunState[] = [];
  for await (const key of await runs.keys()) {
    const state = await getRun(runs, key);
    if (!state) continue;
    if (filter.status && state.status !== filter.status) continue;
    if (filter.suite && state.suite !== filter.suite) continue;
    states.push(state);
  }
  return states
    .sort((a, b) => (b.stages.requested ?? '').localeCompare(a.stages.requested ?? ''))
    .slice(0, filter.limit);
}

/**
 * Indexes the runs stored before the index existed, oldest first, once: when the index is empty
 * and the runs bucket is not. Runs recorded meanwhile are indexed by recordEvent and keep their place.
 */
export async function indexStoredRuns({ runs, runIndex }: RunStore): Promise<number> {
  if (!(await runIndex.isEmpty()) || (await runs.status()).values === 0) return 0;
  const stored = await listRuns(runs, { limit: Number.MAX_SAFE_INTEGER });
  for (const state of stored.reverse()) await runIndex.add(state.suite, state.runId);
  return stored.length;
}
