import type { JetStreamManager } from '@nats-io/jetstream';
import { eventSubject, RUNS_STREAM, type StageName } from './subjects.ts';

/**
 * Whether the stream already holds one of these events for the run. A stage checks this before
 * redoing work for a redelivered message whose effect was already published (e.g. the process
 * died between publishing and acking). nats.js answers a missing message with null; any other
 * failure (NATS unavailable) is thrown, so the stage retries instead of redoing published work.
 */
export async function hasAnyEvent(
  jsm: JetStreamManager,
  stages: StageName[],
  minion: string,
  runId: string,
): Promise<boolean> {
  for (const stage of stages) {
    const message = await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject(stage, minion, runId) });
    if (message) return true;
  }
  return false;
}
