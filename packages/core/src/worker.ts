import type { Consumer, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { millis } from '@nats-io/transport-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelayMs, STAGE_BACKOFF, type BackoffOptions } from './backoff.ts';
import { isRetryable } from './errors.ts';
import type { Logger } from './logger.ts';
import { RUNS_STREAM } from './subjects.ts';

/** Thrown by a handler to have the message redelivered later without counting as a failure (e.g. minion busy). */
export class RetryLater extends Error {
  override name = 'RetryLater';
  constructor(reason: string, readonly delayMs: number) {
    super(reason);
  }
}

/**
 * Thrown by a handler when another delivery of the same message does the work: a newer one that
 * took its lease over (the broker redelivered the message during an outage while this one
 * worked), or an earlier one this replica still holds. This delivery ends without an ack or a nak.
 */
export class Superseded extends Error {
  override name = 'Superseded';
}

export interface MessageHandler {
  /** Does the work, stores its effect and publishes the next event; the worker then acks. */
  handle(msg: JsMsg): Promise<void>;
  /**
   * Called once a message has failed `maxAttempts` times, or at once for an error that is not
   * retryable (a BenchlineError decided so where it was thrown): make the failure visible (the worker then acks).
   */
  giveUp(msg: JsMsg, error: unknown): Promise<void>;
}

export interface WorkerOptions {
  js: JetStreamClient;
  durable: string;
  handler: MessageHandler;
  log: Logger;
  /** Messages in hand at the same time in this replica (being handled, or waiting for their turn). */
  concurrency: number;
  maxAttempts?: number;
  /** Delays between attempts; default STAGE_BACKOFF (1, 2, 4, 8 s, … at most 30 s). */
  backoff?: BackoffOptions;
  /** The stream of the durable consumer; default RUNS. */
  stream?: string;
  /** Upper bound; a third of the consumer's ack_wait when that is shorter, so a busy handler never looks dead. */
  heartbeatMs?: number;
}

export interface Worker {
  /** Stops pulling, waits for in-flight messages to finish. */
  stop(): Promise<void>;
}

/**
 * One pull loop that takes a message with `next()` whenever fewer than `concurrency` are in hand
 * (never buffering more than it is handling, so no message's ack timer runs while it waits in a
 * local queue), and keeps each message alive with `working()` while its handler runs.
 */
export function startWorker(options: WorkerOptions): Worker {
  const { js, durable, handler, log, concurrency, maxAttempts = 5, heartbeatMs = 10_000, backoff = STAGE_BACKOFF, stream = RUNS_STREAM } = options;
  let stopping = false;
  const inHand = new Set<Promise<void>>();
  const pull = async () => {
    let consumer: Consumer | undefined;
    let heartbeatEveryMs = heartbeatMs;
    while (!stopping) {
      if (inHand.size >= concurrency) {
        await Promise.race(inHand);
        continue;
      }
      try {
        if (!consumer) {
          consumer = await js.consumers.get(stream, durable);
          heartbeatEveryMs = await heartbeatInterval(consumer, heartbeatMs);
        }
        const msg = await consumer.next({ expires: 2_000 });
        if (msg) {
          const handling = process(msg, heartbeatEveryMs)
            .catch((error: unknown) => log.error({ err: error, subject: msg.subject }, 'could not settle the message; it will be redelivered'))
            .finally(() => inHand.delete(handling));
          inHand.add(handling);
        }
      } catch (error) {
        if (stopping) break;
        log.warn({ err: error, durable }, 'pull failed; retrying');
        consumer = undefined;
        await sleep(1_000);
      }
    }
  };
  const process = async (msg: JsMsg, heartbeatEveryMs: number) => {
    const heartbeat = setInterval(() => msg.working(), heartbeatEveryMs);
    try {
      await handler.handle(msg);
      await msg.ackAck();
    } catch (error) {
      if (error instanceof Superseded) {
        log.warn({ subject: msg.subject, reason: error.message }, 'another delivery does the work; leaving the message to it');
      } else if (error instanceof RetryLater) {
        log.debug({ subject: msg.subject, reason: error.message }, 'retry later');
        msg.nak(error.delayMs);
      } else if (msg.info.deliveryCount >= maxAttempts || !isRetryable(error)) {
        log.error({ err: error, subject: msg.subject, attempts: msg.info.deliveryCount }, 'giving up');
        await handler.giveUp(msg, error);
        await msg.ackAck();
      } else {
        const delay = backoffDelayMs(msg.info.deliveryCount, backoff);
        log.warn({ err: error, subject: msg.subject, attempt: msg.info.deliveryCount, retryInMs: delay }, 'handler failed; will retry');
        msg.nak(delay);
      }
    } finally {
      clearInterval(heartbeat);
    }
  };
  const pulling = pull();
  return {
    stop: async () => {
      stopping = true;
      await pulling;
      await Promise.allSettled(inHand);
    },
  };
}

/** A third of the consumer's ack_wait, at most `limitMs`: a handler that is still working never looks dead. */
async function heartbeatInterval(consumer: Consumer, limitMs: number): Promise<number> {
  const ackWait = (await consumer.info(true)).config.ack_wait;
  return ackWait ? Math.min(limitMs, millis(ackWait) / 3) : limitMs;
}
