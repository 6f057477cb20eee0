import type { NatsConnection } from '@nats-io/transport-node';
import type { EventOf } from '@benchline/core';
import { watchRun } from '@benchline/local';

/** Follows a run to its end, giving up after `timeoutMs`; its published event, or an error naming `what` failed. */
export async function finishRun(
  nc: NatsConnection,
  runId: string,
  what: string,
  timeoutMs: number,
): Promise<EventOf<'published'>['message']> {
  const watcher = await watchRun(
    nc,
    runId,
    () => undefined,
    () => undefined,
  );
  const timeout = setTimeout(() => watcher.stop(), timeoutMs);
  const final = await watcher.finished.finally(() => {
    clearTimeout(timeout);
    watcher.stop();
  });
  if (final.stage === 'failed') throw new Error(`${what} failed: ${final.message.reason}`);
  return final.message;
}
