import { describe, expect, it } from 'vitest';
import { Attempts } from '../src/attempts.ts';

const delivery = (seq: number, deliveryCount: number) => ({
  seq,
  info: { stream: 'RUNS', deliveryCount },
});

describe('Attempts', () => {
  it('is the delivery count while the broker counts right', () => {
    const attempts = new Attempts();
    expect([1, 2, 3].map((count) => attempts.of(delivery(7, count)))).toEqual([1, 2, 3]);
  });

  it('never goes backwards for a message whose count the broker restarted (nats-server#5305)', () => {
    const attempts = new Attempts();
    // What CI saw on nats-server 2.9: counts 1, 2, 3, 1, 5 for five deliveries of one message.
    expect([1, 2, 3, 1, 5].map((count) => attempts.of(delivery(7, count)))).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts each message apart, and forgets a settled one', () => {
    const attempts = new Attempts();
    expect(attempts.of(delivery(7, 1))).toBe(1);
    expect(attempts.of(delivery(8, 1))).toBe(1);
    expect(attempts.of(delivery(7, 2))).toBe(2);
    attempts.settled(delivery(7, 2));
    // A new message that reuses nothing: a settled one is never delivered again.
    expect(attempts.of(delivery(7, 1))).toBe(1);
  });
});
