import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeEvent, parseEventSubject, RUNS_STREAM, type EventOf } from '@benchline/core';

export type Outcome = { published: EventOf<'published'> } | { failure: string };

export interface TerminalEvents {
  /** Resolves once every run in `runIds` was published or failed (each one's outcome). */
  outcomes(runIds: readonly string[], timeoutMs: number): Promise<Map<string, Outcome>>;
  close(): Promise<void>;
}

/**
 * Records every run's published or failed event stored from now on, through one ordered consumer
 * (what any client may follow), so that runs may be requested afterwards without missing any.
 */
export async function followTerminalEvents(nc: NatsConnection): Promise<TerminalEvents> {
  const seen = new Map<string, Outcome>();
  let changed: () => void = () => undefined;
  const consumer = await jetstream(nc).consumers.get(RUNS_STREAM, {
    filter_subjects: 'run.>',
    deliver_policy: DeliverPolicy.New,
  });
  const messages = await consumer.consume();
  const following = (async () => {
    for await (const msg of messages) {
      const address = parseEventSubject(msg.subject);
      if (address?.stage === 'published') seen.set(address.runId, { published: decodeEvent('published', msg.data) });
      else if (address?.stage === 'failed')
        seen.set(address.runId, { failure: decodeEvent('failed', msg.data).message.reason });
      else continue;
      changed();
    }
  })();
  return {
    async outcomes(runIds, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!runIds.every((runId) => seen.has(runId))) {
        const remaining = deadline - Date.now();
        if (remaining <= 0)
          throw new Error(
            `${runIds.filter((runId) => !seen.has(runId)).length} of ${runIds.length} runs unfinished after ${timeoutMs} ms`,
          );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          changed = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return new Map(runIds.map((runId) => [runId, seen.get(runId)!]));
    },
    async close() {
      await messages.close();
      await following;
    },
  };
}
