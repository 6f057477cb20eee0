import type { JetStreamClient } from '@nats-io/jetstream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BenchlineError } from '../src/errors.ts';
import { RetryLater, startWorker, Superseded, type MessageHandler, type Worker } from '../src/worker.ts';
import { fakeMsg, silentLog, type FakeMsg } from './fakes.ts';

// startWorker against a fake consumer that hands out the queued messages, then nothing.
function fakeConsumer(messages: FakeMsg[]) {
  const queue = [...messages];
  const consumer = {
    info: vi.fn(async () => ({ config: { ack_wait: 30_000_000_000 } })),
    next: vi.fn(
      async () => queue.shift() ?? (await new Promise<null>((resolve) => setTimeout(() => resolve(null), 5))),
    ),
  };
  const js = { consumers: { get: vi.fn(async () => consumer) } };
  return js as unknown as JetStreamClient;
}

const handlerThat = (handle: MessageHandler['handle']) => ({
  handle: vi.fn(handle),
  giveUp: vi.fn(async () => undefined),
});

let worker: Worker | undefined;
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

/** Runs one message through a worker; stopping it waits until the message was settled (or left alone). */
async function deliver(msg: FakeMsg, handler: ReturnType<typeof handlerThat>, options: { maxAttempts?: number } = {}) {
  worker = startWorker({
    js: fakeConsumer([msg]),
    durable: 'stage',
    handler,
    log: silentLog,
    concurrency: 1,
    ...options,
  });
  await vi.waitFor(() => expect(handler.handle).toHaveBeenCalled());
  await worker.stop();
  worker = undefined;
}

describe('startWorker', () => {
  it('hands back at once, unhandled, a message its waiting pull brings after stop()', async () => {
    const msg = fakeMsg();
    let bring: (value: FakeMsg) => void = () => undefined;
    const consumer = {
      info: vi.fn(async () => ({ config: { ack_wait: 30_000_000_000 } })),
      next: vi.fn(() => new Promise<FakeMsg>((resolve) => (bring = resolve))),
    };
    const handler = handlerThat(async () => undefined);
    worker = startWorker({
      js: { consumers: { get: vi.fn(async () => consumer) } } as unknown as JetStreamClient,
      durable: 'stage',
      handler,
      log: silentLog,
      concurrency: 1,
    });
    await vi.waitFor(() => expect(consumer.next).toHaveBeenCalled());
    const stopped = worker.stop();
    bring(msg);
    await stopped;
    worker = undefined;
    expect(handler.handle).not.toHaveBeenCalled();
    expect(msg.nak).toHaveBeenCalledExactlyOnceWith();
    expect(msg.ackAck).not.toHaveBeenCalled();
  });

  it('acks a message its handler handled', async () => {
    const msg = fakeMsg();
    const handler = handlerThat(async () => undefined);
    await deliver(msg, handler);
    expect(msg.ackAck).toHaveBeenCalledOnce();
    expect(msg.nak).not.toHaveBeenCalled();
    expect(handler.giveUp).not.toHaveBeenCalled();
  });

  it('naks a retryable failure with a backoff of 1, 2, 4, 8 s by delivery count', async () => {
    const delays: number[] = [];
    for (const deliveryCount of [1, 2, 3, 4]) {
      const msg = fakeMsg({ deliveryCount });
      await deliver(
        msg,
        handlerThat(async () => {
          throw new Error('NATS unavailable');
        }),
      );
      expect(msg.ackAck).not.toHaveBeenCalled();
      delays.push(msg.nak.mock.calls[0]![0] as number);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('retries a BenchlineError marked retryable like any transient error', async () => {
    const msg = fakeMsg({ deliveryCount: 2 });
    const handler = handlerThat(async () => {
      throw new BenchlineError('LEASE_LOST', 'lost', { retryable: true });
    });
    await deliver(msg, handler);
    expect(msg.nak).toHaveBeenCalledWith(2_000);
    expect(handler.giveUp).not.toHaveBeenCalled();
  });

  it('gives up at once on a non-retryable BenchlineError, then acks', async () => {
    const msg = fakeMsg({ deliveryCount: 1 });
    const error = new BenchlineError('MINION_HOST_KEY_MISMATCH', 'wrong host key');
    const handler = handlerThat(async () => {
      throw error;
    });
    await deliver(msg, handler);
    await vi.waitFor(() => expect(msg.ackAck).toHaveBeenCalledOnce());
    expect(handler.giveUp).toHaveBeenCalledWith(msg, error);
    expect(msg.nak).not.toHaveBeenCalled();
  });

  it('gives up on a retryable error after maxAttempts deliveries, not before', async () => {
    const failing = () =>
      handlerThat(async () => {
        throw new Error('still down');
      });
    const early = fakeMsg({ deliveryCount: 2 });
    const earlyHandler = failing();
    await deliver(early, earlyHandler, { maxAttempts: 3 });
    expect(earlyHandler.giveUp).not.toHaveBeenCalled();
    expect(early.nak).toHaveBeenCalledOnce();

    const last = fakeMsg({ deliveryCount: 3 });
    const lastHandler = failing();
    await deliver(last, lastHandler, { maxAttempts: 3 });
    await vi.waitFor(() => expect(last.ackAck).toHaveBeenCalledOnce());
    expect(lastHandler.giveUp).toHaveBeenCalledOnce();
    expect(last.nak).not.toHaveBeenCalled();

    // The default is 5 attempts.
    const fifth = fakeMsg({ deliveryCount: 5 });
    const fifthHandler = failing();
    await deliver(fifth, fifthHandler);
    await vi.waitFor(() => expect(fifthHandler.giveUp).toHaveBeenCalledOnce());
  });

  it('neither acks nor naks a Superseded delivery, nor gives up on it', async () => {
    const msg = fakeMsg({ deliveryCount: 9 });
    const handler = handlerThat(async () => {
      throw new Superseded('a newer delivery works on it');
    });
    await deliver(msg, handler);
    expect(msg.ackAck).not.toHaveBeenCalled();
    expect(msg.nak).not.toHaveBeenCalled();
    expect(handler.giveUp).not.toHaveBeenCalled();
  });

  it('naks RetryLater with its own delay, whatever the delivery count, without giving up', async () => {
    const msg = fakeMsg({ deliveryCount: 50 });
    const handler = handlerThat(async () => {
      throw new RetryLater('minion busy', 1_500);
    });
    await deliver(msg, handler);
    expect(msg.nak).toHaveBeenCalledWith(1_500);
    expect(msg.ackAck).not.toHaveBeenCalled();
    expect(handler.giveUp).not.toHaveBeenCalled();
  });
});
