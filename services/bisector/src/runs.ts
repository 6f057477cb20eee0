import { setTimeout as sleep } from 'node:timers/promises';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import {
  decodeEvent,
  eventSubject,
  nowIso,
  proto,
  publishEvent,
  purposeTag,
  RUNS_STREAM,
  runRequested,
  Stage,
  TriggerSource,
  type BenchlineConfig,
  type ChangeRecord,
  type EventOf,
  type RunRequest,
} from '@benchline/core';
import { RESULTS_MEASUREMENT, type InfluxClient } from '@benchline/influx';
import type { PlannedRun } from './investigation.ts';
import type { BisectionRun } from './record.ts';

export interface RunPortDeps {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly influx: Pick<InfluxClient, 'query'>;
  readonly config: BenchlineConfig;
  /** How often to look for the run's outcome. */
  readonly pollMs?: number;
  /** Gives up waiting (the run counts as failed) after this long. */
  readonly timeoutMs: number;
  /** Stops waiting early (the change was dismissed, the service is stopping). */
  readonly shouldStop?: () => Promise<string | undefined>;
}

/** Thrown while waiting when `shouldStop` says so (its run is cancelled): the investigation is left where it is. */
export class StopWaiting extends Error {
  override name = 'StopWaiting';
}

/**
 * The run request of a planned run: only the affected benchmark, at the commit, on the series'
 * minion, with the series' run parameters, tagged with its purpose. Published to JetStream with
 * the run's deterministic id as message id, so asking again for a run already requested is a
 * duplicate that JetStream drops.
 */
export function plannedRequest(config: BenchlineConfig, change: ChangeRecord, run: PlannedRun): RunRequest {
  const { suite, benchmark, minion, params } = change.series;
  const declared = config.suites[suite]?.parameters ?? {};
  const parameters = Object.fromEntries(Object.entries(params).filter(([name]) => Object.hasOwn(declared, name)));
  return proto.RunRequest.create({
    runId: run.runId,
    suite,
    ref: run.commit,
    benchmarks: [benchmark],
    parameters,
    minion,
    tags: [
      purposeTag(run.role === 'before' || run.role === 'after' ? 'confirmation' : 'bisection'),
      `change:${change.id}`,
    ],
    source: TriggerSource.TRIGGER_SOURCE_NATS,
    requestedBy: 'bisector',
    requestedAt: nowIso(),
  }) as RunRequest;
}

/** Requests the run (unless its outcome is already in the stream), waits for `run.published` or `run.failed`, reads the series' value. */
export async function measureRun(
  deps: RunPortDeps,
  change: ChangeRecord,
  run: PlannedRun,
): Promise<Pick<BisectionRun, 'value' | 'failed'>> {
  const { minion } = change.series;
  const deadline = Date.now() + deps.timeoutMs;
  const request = plannedRequest(deps.config, change, run);
  let outcome = await runOutcome(deps.jsm, minion, run.runId);
  if (!outcome) await publishEvent(deps.js, runRequested(request));
  while (!outcome) {
    if (Date.now() > deadline)
      return {
        failed: {
          stage: 'wait',
          reason: `no outcome within ${Math.round(deps.timeoutMs / 1000)} s (bisection.runTimeoutSeconds)`,
        },
      };
    const stop = await deps.shouldStop?.();
    if (stop) {
      await cancelRun(deps.js, request, stop);
      throw new StopWaiting(stop);
    }
    await sleep(deps.pollMs ?? 1_000);
    outcome = await runOutcome(deps.jsm, minion, run.runId);
  }
  if (outcome.failed) return { failed: outcome.failed };
  const measured = await seriesValue(deps.influx, change, run.runId);
  if (!measured)
    return {
      failed: { stage: 'publish', reason: `the run wrote no value of ${change.series.case} ${change.series.metric}` },
    };
  // A run whose noise canary was out of line measured the machine, not the commit (docs/noise.md).
  if (measured.noisy)
    return { failed: { stage: 'noise', reason: 'the minion was noisy during the run: its value is no evidence' } };
  return { value: measured.value };
}

/** Records `run.cancelled` for a run the bisector no longer needs: queued, it is dropped; running, it is stopped and its minion freed. */
async function cancelRun(js: JetStreamClient, request: RunRequest, reason: string): Promise<void> {
  const message = proto.RunCancelled.create({
    request,
    cancelledAt: nowIso(),
    cancelledBy: 'bisector',
    reason,
  }) as EventOf<'cancelled'>['message'];
  await publishEvent(js, { stage: 'cancelled', message });
}

async function runOutcome(
  jsm: JetStreamManager,
  minion: string,
  runId: string,
): Promise<{ failed?: { stage: string; reason: string } } | undefined> {
  if (await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('published', minion, runId) })) return {};
  const failed = await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('failed', minion, runId) });
  if (!failed) return undefined;
  const event = decodeEvent('failed', failed.data);
  const message = event.message as { stage?: number; reason?: string };
  const stage = (Stage as unknown as Record<number, string>)[message.stage ?? 0] ?? String(message.stage);
  return {
    failed: {
      stage: String(stage)
        .replace(/^STAGE_/, '')
        .toLowerCase(),
      reason: message.reason ?? '',
    },
  };
}

/** The value the run wrote for the change's series (InfluxDB, by run id: a field, so within the suite's benchmark), and whether its run was noisy. */
export async function seriesValue(
  influx: Pick<InfluxClient, 'query'>,
  change: ChangeRecord,
  runId: string,
): Promise<{ value: number; noisy: boolean } | undefined> {
  const { suite, benchmark, minion } = change.series;
  const query = `SELECT "value", "noisy" FROM "${RESULTS_MEASUREMENT}" WHERE "suite" = $suite AND "benchmark" = $benchmark AND "minion" = $minion AND "run_id" = $runId GROUP BY *`;
  for (const group of await influx.query(query, { suite, benchmark, minion, runId })) {
    if (!sameSeries(group.tags, change)) continue;
    const { value, noisy } = group.rows[0] ?? {};
    if (typeof value === 'number' && Number.isFinite(value)) return { value, noisy: noisy === true };
  }
  return undefined;
}

function sameSeries(tags: Readonly<Record<string, string>>, change: ChangeRecord): boolean {
  const { series } = change;
  if ((tags.case ?? '') !== series.case || (tags.metric ?? '') !== series.metric || (tags.unit ?? '') !== series.unit)
    return false;
  const params = Object.entries(tags).filter(([name, value]) => name.startsWith('param_') && value !== '');
  return (
    params.length === Object.keys(series.params).length &&
    params.every(([name, value]) => series.params[name.slice('param_'.length)] === value)
  );
}
