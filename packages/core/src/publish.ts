import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { encodeEvent, type RunEvent } from './codec.ts';
import { eventSubject } from './subjects.ts';

/**
 * Publishes an event and waits until JetStream stored it. The message id is deterministic
 * (`<runId>:<stage>`), so a stage that redoes its work after a redelivery publishes a
 * duplicate that JetStream drops.
 */
export function publishEvent(js: JetStreamClient, event: RunEvent): Promise<PubAck> {
  const { runId, minion } = event.message.request;
  return js.publish(eventSubject(event.stage, minion, runId), encodeEvent(event), { msgID: `${runId}:${event.stage}` });
}
