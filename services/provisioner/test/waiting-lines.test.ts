import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { RetryLater, type AcquireResult, type LeaseClaim } from '@benchline/core';
import { WaitingLines } from '../src/waiting-lines.ts';

/** Leases held in memory; a release wakes whoever waits for that minion, as the KV watch does. */
class FakeLeases {
  readonly holders = new Map<string, string>();
  readonly #wakers = new Map<string, (() => void)[]>();

  async acquire(minion: string, { runId }: LeaseClaim): Promise<AcquireResult> {
    const holder = this.holders.get(minion);
    if (holder !== undefined && holder !== runId) return { acquired: false, heldBy: holder };
    this.holders.set(minion, runId);
    return { acquired: true };
  }

  release(minion: string, { silently = false } = {}): void {
    this.holders.delete(minion);
    if (silently) return;
    for (const wake of this.#wakers.get(minion) ?? []) wake();
    this.#wakers.delete(minion);
  }

  next(minion: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      setTimeout(resolve, timeoutMs);
      this.#wakers.set(minion, [...(this.#wakers.get(minion) ?? []), resolve]);
    });
  }
}

function setUp(options: { pollMs?: number } = {}) {
  const leases = new FakeLeases();
  const lines = new WaitingLines({ leases, releases: leases, pollMs: options.pollMs ?? 60_000 });
  const taken: string[] = [];
  const take = (runId: string, order: number, minion = 'm1') =>
    lines.take(minion, { runId, delivery: `${order}:1` }, order).then(() => taken.push(runId));
  return { leases, lines, taken, take };
}

describe('waiting lines for busy minions', () => {
  it('takes a free minion at once', async () => {
    const { leases, take, taken } = setUp();
    await take('run-1', 1);
    expect(taken).toEqual(['run-1']);
    expect(leases.holders.get('m1')).toBe('run-1');
  });

  it('hands a released minion to the waiting runs one at a time, in request order behind the first in line', async () => {
    const { leases, take, taken } = setUp();
    await take('run-1', 1);
    const waiting = [take('run-2', 2)];
    await sleep(10);
    waiting.push(take('run-4', 4), take('run-3', 3));
    await sleep(10);
    expect(taken).toEqual(['run-1']);
    for (const next of ['run-2', 'run-3', 'run-4']) {
      leases.release('m1');
      await sleep(10);
      expect(taken.at(-1)).toBe(next);
      expect(leases.holders.get('m1')).toBe(next);
    }
    await Promise.all(waiting);
    expect(taken).toEqual(['run-1', 'run-2', 'run-3', 'run-4']);
  });

  it('keeps other minions independent of a busy one', async () => {
    const { take, taken } = setUp();
    await take('run-1', 1, 'm1');
    void take('run-2', 2, 'm1');
    await take('run-3', 3, 'm2');
    expect(taken).toEqual(['run-1', 'run-3']);
  });

  it('still takes a minion whose lease expired without a release event, by asking every pollMs', async () => {
    const { leases, take, taken } = setUp({ pollMs: 50 });
    await take('run-1', 1);
    const waiting = take('run-2', 2);
    leases.release('m1', { silently: true });
    await waiting;
    expect(taken).toEqual(['run-1', 'run-2']);
  });

  it('hands every waiting run back when closed, and takes no new one', async () => {
    const { lines, take } = setUp({ pollMs: 50 });
    await take('run-1', 1);
    const waiting = [take('run-2', 2), take('run-3', 3)].map((promise) => promise.catch((error: unknown) => error));
    await sleep(10);
    lines.close();
    for (const error of [...(await Promise.all(waiting)), await take('run-4', 4).catch((e: unknown) => e)]) {
      expect(error).toBeInstanceOf(RetryLater);
      expect((error as RetryLater).delayMs).toBe(0);
    }
  });
});
