import type { Consumer, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { millis } from '@nats-io/transport-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { Attempts } from './attempts.ts';
import { backoffDelayMs, STAGE_BACKOFF, type BackoffOptions } from './backoff.ts';
import { isRetryable } from './errors.ts';
import type { Logger } from './logger.ts';
import {
  watchWorker,
  workerMessages,
  workerRedeliveries,
  type ConsumerCounts,
  type WorkerLiveness,
} from './metrics.ts';
import { RUNS_STREAM } from './subjects.ts';

/** Thrown by a handler to have the message redelivered later without counting as a failure (e.g. minion busy). */
export class RetryLater extends Error {
  override name = 'RetryLater';
  constructor(
    reason: string,
    readonly delayMs: number,
  ) {
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
  /**
   * A message in hand this long without progress (its receipt, or `reportProgress`) makes the worker
   * stuck; time spent `waitingFor` someone else (a busy minion's lease) does not count. Default
   * `BENCHLINE_WORKER_STUCK_SECONDS` (3600 s).
   */
  stuckAfterMs?: number;
  /** The pull loop not turning this long while it has room for a message makes the worker stuck; default 60 s. */
  pullStallMs?: number;
}

export interface Worker {
  /** Stops pulling, waits for in-flight messages to finish. */
  stop(): Promise<void>;
  /** Whether the pull loop turns, the consumer is bound, and no message in hand went without progress for too long. */
  liveness(now?: number): WorkerLiveness;
}

interface InHand {
  readonly subject: string;
  progressAt: number;
  /** Waiting for another party (a busy minion), not expected to progress. */
  waiting: boolean;
}

const inHandByMsg = new WeakMap<JsMsg, InHand>();

/** The handler of `msg` made progress (a benchmark started, a line of output): the worker's stuck check starts over for it. */
export function reportProgress(msg: JsMsg): void {
  const entry = inHandByMsg.get(msg);
  if (entry) entry.progressAt = Date.now();
}

/**
 * Marks `msg` as waiting for another party while `wait` runs (the stage kit does around the lease):
 * a run in a busy minion's line is not stuck, however long the line.
 */
export async function waitingFor<T>(msg: JsMsg, wait: () => Promise<T>): Promise<T> {
  const entry = inHandByMsg.get(msg);
  if (entry) entry.waiting = true;
  try {
    return await wait();
  } finally {
    if (entry) {
      entry.waiting = false;
      entry.progressAt = Date.now();
    }
  }
}

/**
 * How long one pull waits for a message. Not a divisor of the backoff delays (1, 2, 4, 8 s): a
 * message nak'ed with a delay falls due just as a pull started at the nak expires, and nats-server
 * before 2.10.14 then counts it as delivered to nobody and holds it for another ack wait
 * (nats-io/nats-server#5338), which stretched a 2 s backoff to 5 s.
 */
const PULL_EXPIRES_MS = 2_500;

const DEFAULT_STUCK_AFTER_MS = Number(process.env.BENCHLINE_WORKER_STUCK_SECONDS || 3600) * 1000;
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * One pull loop that takes a message with `next()` whenever fewer than `concurrency` are in hand
 * (never buffering more than it is handling, so no message's ack timer runs while it waits in a
 * local queue), and keeps each message alive with `working()` while its handler runs.
 */
export function startWorker(options: WorkerOptions): Worker {
  const {
    js,
    durable,
    handler,
    log,
    concurrency,
    maxAttempts = 5,
    heartbeatMs = 10_000,
    backoff = STAGE_BACKOFF,
    stream = RUNS_STREAM,
  } = options;
  const { stuckAfterMs = DEFAULT_STUCK_AFTER_MS, pullStallMs = 60_000 } = options;
  let stopping = false;
  const inHand = new Set<Promise<void>>();
  const entries = new Set<InHand>();
  // Liveness: when the loop last turned, whether it waits for a free slot (then the messages in hand are judged), whether the consumer is bound.
  let turnedAt = Date.now();
  let full = false;
  let consumer: Consumer | undefined;
  let bound = false;
  const count = (outcome: string) => workerMessages.inc({ consumer: durable, outcome });
  const attempts = new Attempts();
  const pull = async () => {
    let heartbeatEveryMs = heartbeatMs;
    while (!stopping) {
      turnedAt = Date.now();
      if (inHand.size >= concurrency) {
        full = true;
        await Promise.race(inHand);
        full = false;
        continue;
      }
      try {
        if (!consumer) {
          consumer = await js.consumers.get(stream, durable);
          heartbeatEveryMs = await heartbeatInterval(consumer, heartbeatMs);
          bound = true;
        }
        const msg = await consumer.next({ expires: PULL_EXPIRES_MS });
        // A pull that was waiting at the broker when stop() came can still bring one: hand it back
        // at once for another replica (or this service's successor) rather than take new work.
        if (msg && stopping) {
          msg.nak();
          break;
        }
        if (msg) {
          const entry: InHand = { subject: msg.subject, progressAt: Date.now(), waiting: false };
          inHandByMsg.set(msg, entry);
          entries.add(entry);
          const attempt = attempts.of(msg);
          if (attempt > 1) workerRedeliveries.inc({ consumer: durable });
          const handling = process(msg, attempt, heartbeatEveryMs)
            .catch((error: unknown) => {
              count('unsettled');
              log.error({ err: error, subject: msg.subject }, 'could not settle the message; it will be redelivered');
            })
            .finally(() => {
              inHand.delete(handling);
              entries.delete(entry);
            });
          inHand.add(handling);
        }
      } catch (error) {
        if (stopping) break;
        log.warn({ err: error, durable }, 'pull failed; retrying');
        consumer = undefined;
        bound = false;
        await sleep(1_000);
      }
    }
  };
  const process = async (msg: JsMsg, attempt: number, heartbeatEveryMs: number) => {
    const heartbeat = setInterval(() => msg.working(), heartbeatEveryMs);
    try {
      await handler.handle(msg);
      await msg.ackAck();
      attempts.settled(msg);
      count('acked');
    } catch (error) {
      if (error instanceof Superseded) {
        count('superseded');
        log.warn(
          { subject: msg.subject, reason: error.message },
          'another delivery does the work; leaving the message to it',
        );
      } else if (error instanceof RetryLater) {
        count('retry_later');
        log.debug({ subject: msg.subject, reason: error.message }, 'retry later');
        msg.nak(error.delayMs);
      } else if (attempt >= maxAttempts || !isRetryable(error)) {
        log.error({ err: error, subject: msg.subject, attempts: attempt }, 'giving up');
        await handler.giveUp(msg, error);
        await msg.ackAck();
        attempts.settled(msg);
        count('gave_up');
      } else {
        const delay = backoffDelayMs(attempt, backoff);
        count('retry');
        log.warn({ err: error, subject: msg.subject, attempt, retryInMs: delay }, 'handler failed; will retry');
        msg.nak(delay);
      }
    } finally {
      clearInterval(heartbeat);
    }
  };
  const liveness = (now = Date.now()): WorkerLiveness => {
    let stuck: string | undefined;
    if (!stopping && !full && now - turnedAt > pullStallMs)
      stuck = `the pull loop of ${durable} has not turned for ${seconds(now - turnedAt)}`;
    for (const entry of entries) {
      if (stuck || entry.waiting || now - entry.progressAt <= stuckAfterMs) continue;
      stuck = `${durable} holds ${entry.subject} without progress for ${seconds(now - entry.progressAt)}`;
    }
    return { turnedAt, bound, inHand: inHand.size, stuck };
  };
  const forget = watchWorker({
    stream,
    durable,
    liveness,
    consumerInfo: async () => (consumer ? ((await consumer.info(false)) as ConsumerCounts) : undefined),
  });
  const pulling = pull();
  return {
    liveness,
    stop: async () => {
      stopping = true;
      await pulling;
      await Promise.allSettled(inHand);
      forget();
    },
  };
}

/** A third of the consumer's ack_wait, at most `limitMs`: a handler that is still working never looks dead. */
async function heartbeatInterval(consumer: Consumer, limitMs: number): Promise<number> {
  const ackWait = (await consumer.info(true)).config.ack_wait;
  return ackWait ? Math.min(limitMs, millis(ackWait) / 3) : limitMs;
}
