import { decodeEvent, eventSubject, RUNS_STREAM, type EventOf } from '@benchline/core';
import { until } from '@benchline/servers';
import type { JetStreamManager } from '@nats-io/jetstream';

/** Waits (up to 60 s) for the run's `run.published` on minion `m1`, the minion of these tests' runs. */
export async function publishedEvent(jsm: JetStreamManager, runId: string): Promise<EventOf<'published'>['message']> {
  const stored = await until(
    `run ${runId} published`,
    async () =>
      (await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('published', 'm1', runId) })) ??
      undefined,
    60_000,
  );
  return decodeEvent('published', stored.data).message;
}
