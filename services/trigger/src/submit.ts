import type { JetStreamClient } from '@nats-io/jetstream';
import { publishEvent, recordEvent, runRequested, type RunRequest, type RunStore } from '@benchline/core';

/**
 * Stores `run.requested` in JetStream (a repeated run id within the duplicate window is dropped
 * by JetStream), then records the state so the run is visible at once.
 */
export async function submitRun(
  js: JetStreamClient,
  store: RunStore,
  request: RunRequest,
): Promise<{ duplicate: boolean }> {
  const event = runRequested(request);
  const ack = await publishEvent(js, event);
  if (!ack.duplicate) await recordEvent(store, event);
  return { duplicate: ack.duplicate };
}
