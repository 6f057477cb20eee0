import { createHash } from 'node:crypto';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  nowIso,
  proto,
  publishEvent,
  runRequested,
  TriggerSource,
  type RunProvisioned,
  type RunRequest,
} from '@benchline/core';

/** The tag of a noisy run's repeat, naming the run it repeats: a repeat is never repeated. */
const REPEAT_TAG_PREFIX = 'repeat-of:';

/** The repeat's id: deterministic, so asking twice (a redelivered analysis) is one run; readable when it fits. */
export function repeatRunId(runId: string): string {
  // Run ids are at most 64 characters of [A-Za-z0-9_-] (subject tokens).
  const readable = `${runId}-repeat`;
  return readable.length <= 64 ? readable : `repeat-${createHash('sha256').update(runId).digest('hex').slice(0, 24)}`;
}

/**
 * The request that repeats a noisy run once: the same suite, benchmarks, parameters and minion, at
 * the commit the run measured (its ref may have moved since), tagged `repeat-of:<runId>`.
 * Undefined for a run that is itself a repeat.
 */
export function repeatRequest(
  request: RunRequest,
  provisioning: RunProvisioned['provisioning'],
): RunRequest | undefined {
  if (request.tags.some((tag) => tag.startsWith(REPEAT_TAG_PREFIX))) return undefined;
  return proto.RunRequest.create({
    runId: repeatRunId(request.runId),
    suite: request.suite,
    ref: provisioning?.commit || request.ref,
    benchmarks: request.benchmarks,
    parameters: request.parameters,
    minion: request.minion,
    tags: [...request.tags, `${REPEAT_TAG_PREFIX}${request.runId}`],
    source: TriggerSource.TRIGGER_SOURCE_NATS,
    requestedBy: 'analyzer',
    requestedAt: nowIso(),
  }) as RunRequest;
}

/** Requests the repeat; JetStream drops a second request of the same run id (Nats-Msg-Id). */
export async function requestRepeat(js: JetStreamClient, repeat: RunRequest): Promise<void> {
  await publishEvent(js, runRequested(repeat));
}
