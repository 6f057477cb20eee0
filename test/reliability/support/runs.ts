import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { expect } from 'vitest';
import {
  decodeEvent,
  eventSubject,
  nowIso,
  proto,
  publishEvent,
  runRequested,
  RUNS_STREAM,
  TriggerSource,
  type EventOf,
  type RunRequest,
  type StageName,
} from '@benchline/core';
import { LEASES_BUCKET } from '@benchline/core/internal';
import { requestRun, type Stack } from '@benchline/local';
import { until } from '@benchline/servers';

export type Terminal = EventOf<'published'> | EventOf<'failed'>;

export interface RunRef {
  runId: string;
  minion: string;
}

/** POST /runs, as CI does. */
export async function requestOverHttp(stack: Stack, body: Record<string, unknown>): Promise<RunRef> {
  const { runId } = await requestRun(stack, body);
  return { runId, minion: String(body.minion ?? 'local') };
}

/** A RunRequested protobuf published straight to JetStream, as any NATS client may. */
export async function requestOverNats(
  js: JetStreamClient,
  fields: Partial<RunRequest> & { runId: string; suite: string; minion: string },
): Promise<RunRef> {
  const request = proto.RunRequest.create({
    ref: 'main',
    source: TriggerSource.TRIGGER_SOURCE_NATS,
    requestedBy: 'reliability-test',
    requestedAt: nowIso(),
    ...fields,
  }) as RunRequest;
  await publishEvent(js, runRequested(request));
  return { runId: request.runId, minion: request.minion };
}

/** The run's stored event of one stage, if any; undefined also while the broker is unreachable. */
export async function stageEvent<S extends StageName>(
  jsm: JetStreamManager,
  stage: S,
  run: RunRef,
): Promise<EventOf<S> | undefined> {
  const message = await jsm.streams
    .getMessage(RUNS_STREAM, { last_by_subj: eventSubject(stage, run.minion, run.runId) })
    .catch(() => null);
  return message ? decodeEvent(stage, message.data) : undefined;
}

/** When the run's event of `stage` was stored in JetStream (the broker's clock), if it was. */
export async function stageStoredAt(jsm: JetStreamManager, stage: StageName, run: RunRef): Promise<number | undefined> {
  const message = await jsm.streams
    .getMessage(RUNS_STREAM, { last_by_subj: eventSubject(stage, run.minion, run.runId) })
    .catch(() => null);
  return message ? message.time.getTime() : undefined;
}

/**
 * The run's one terminal event. A run with both `run.published` and `run.failed` broke the pipeline's
 * contract (a stray failure after success, or the reverse): that throws, naming both, rather than
 * letting either hide the other.
 */
export function onlyTerminal(
  runId: string,
  published: EventOf<'published'> | undefined,
  failed: EventOf<'failed'> | undefined,
): Terminal | undefined {
  if (published && failed)
    throw new Error(`run ${runId} has both run.published and run.failed (${failed.message.reason})`);
  return published ?? failed;
}

export async function terminalEvent(jsm: JetStreamManager, run: RunRef): Promise<Terminal | undefined> {
  const [published, failed] = await Promise.all([stageEvent(jsm, 'published', run), stageEvent(jsm, 'failed', run)]);
  return onlyTerminal(run.runId, published, failed);
}

/** Waits until every run has a terminal event; resolves with them in the order of `runs`. */
export async function waitForTerminal(jsm: JetStreamManager, runs: RunRef[], timeoutMs: number): Promise<Terminal[]> {
  const found = new Map<string, Terminal>();
  await until(
    `${runs.length} run(s) to finish`,
    async () => {
      for (const run of runs) {
        if (found.has(run.runId)) continue;
        const event = await terminalEvent(jsm, run);
        if (event) found.set(run.runId, event);
      }
      return found.size === runs.length ? true : undefined;
    },
    timeoutMs,
    250,
  ).catch((error: Error) => {
    const missing = runs.filter((run) => !found.has(run.runId)).map((run) => run.runId);
    throw new Error(`${error.message}; unfinished: ${missing.join(', ')}`);
  });
  return runs.map((run) => found.get(run.runId)!);
}

/** Waits until the run's event of `stage` is stored. */
export function waitForStage<S extends StageName>(
  jsm: JetStreamManager,
  stage: S,
  run: RunRef,
  timeoutMs: number,
): Promise<EventOf<S>> {
  return until(`run ${run.runId} to reach ${stage}`, () => stageEvent(jsm, stage, run), timeoutMs, 100);
}

/** The run id holding the minion's lease, if any. */
export async function leaseHolder(js: JetStreamClient, minion: string): Promise<string | undefined> {
  const entry = await (await new Kvm(js).open(LEASES_BUCKET)).get(minion);
  return entry?.operation === 'PUT' ? (entry.json() as { runId: string }).runId : undefined;
}

/** Waits for the run to end and checks it was published with its one point written exactly once. */
export async function expectPublishedOnce(
  jsm: JetStreamManager,
  stack: Stack,
  run: RunRef,
  timeoutMs = 90_000,
): Promise<void> {
  const [event] = await waitForTerminal(jsm, [run], timeoutMs);
  expect(describeTerminal(event!)).toBe(`${run.runId}: published`);
  expect(await pointCount(stack, run.runId)).toBe(1);
}

/** How many points of the run InfluxDB holds. */
export async function pointCount(stack: Stack, runId: string): Promise<number> {
  const [series] = await stack.influxd.query(
    stack.config.influx.database,
    `SELECT count(value) FROM benchmark_result WHERE run_id = '${runId}'`,
  );
  return Number(series?.values[0]?.[1] ?? 0);
}

/** What a failed run says, for assertion messages. */
export function describeTerminal(event: Terminal): string {
  return event.stage === 'published'
    ? `${event.message.request.runId}: published`
    : `${event.message.request.runId}: failed (${event.message.reason})`;
}
