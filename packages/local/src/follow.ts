import { DeliverPolicy } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import {
  decodeEvent,
  parseEventSubject,
  runFilter,
  runLogSubject,
  RUNS_STREAM,
  type EventOf,
  type RunEvent,
} from '@benchline/core';

export interface RunWatcher<Last extends 'published' | 'analyzed'> {
  /** Resolves with the run's last event watched for (`published`, or `analyzed` after it) or `failed`. */
  finished: Promise<EventOf<Last> | EventOf<'failed'>>;
  stop(): void;
}

/**
 * Follows one run: every stored event of the run in order (an ordered consumer, so nothing is
 * missed however late we start) and the live output lines the executor publishes.
 */
export async function watchRun<Last extends 'published' | 'analyzed' = 'published'>(
  nc: NatsConnection,
  runId: string,
  onEvent: (event: RunEvent) => void,
  onLine: (line: { benchmark: string; stream: string; line: string }) => void,
  until: Last = 'published' as Last,
): Promise<RunWatcher<Last>> {
  const lines = nc.subscribe(runLogSubject(runId), {
    callback: (error, msg) => {
      if (!error) onLine(msg.json());
    },
  });
  const consumer = await jetstream(nc).consumers.get(RUNS_STREAM, {
    filter_subjects: runFilter(runId),
    deliver_policy: DeliverPolicy.All,
  });
  const messages = await consumer.consume();
  const finished = (async () => {
    for await (const msg of messages) {
      const address = parseEventSubject(msg.subject);
      if (!address) continue;
      const event = decodeEvent(address.stage, msg.data);
      onEvent(event);
      if (event.stage === until || event.stage === 'failed') return event as EventOf<Last> | EventOf<'failed'>;
    }
    throw new Error(`stopped watching run ${runId} before it finished`);
  })();
  return {
    finished,
    stop: () => {
      lines.unsubscribe();
      void messages.close();
    },
  };
}
