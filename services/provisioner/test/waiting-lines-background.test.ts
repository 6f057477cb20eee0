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

  release(minion: string): void {
    this.holders.delete(minion);
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

function setUp(pollMs = 60_000) {
  const leases = new FakeLeases();
  const lines = new WaitingLines({ leases, releases: leases, pollMs });
  const taken: string[] = [];
  const take = (runId: string, order: number, background = false) =>
    lines.take('m1', { runId, delivery: `${order}:1` }, order, background).then(() => taken.push(runId));
  const handOver = async (expected: string) => {
    leases.release('m1');
    await sleep(10);
    expect(taken.at(-1)).toBe(expected);
    expect(leases.holders.get('m1')).toBe(expected);
  };
  return { leases, lines, taken, take, handOver };
}

describe('background (confirmation, bisection) runs in the waiting lines', () => {
  it('take a free minion at once when nobody waits', async () => {
    const { take, taken } = setUp();
    await take('bisect-1', 1, true);
    expect(taken).toEqual(['bisect-1']);
  });

  it('wait behind every normal run, even normal runs requested after them', async () => {
    // run-4 joins first and steps in front of bisect-2 (first in line, asking); run-3 then queues behind the asker.
    const { take, taken, handOver } = setUp();
    await take('run-1', 1);
    const waiting = [take('bisect-2', 2, true)];
    await sleep(10);
    waiting.push(take('run-4', 4), take('run-3', 3), take('bisect-5', 5, true));
    await sleep(10);
    for (const next of ['run-4', 'run-3', 'bisect-2', 'bisect-5']) await handOver(next);
    await Promise.all(waiting);
    expect(taken).toEqual(['run-1', 'run-4', 'run-3', 'bisect-2', 'bisect-5']);
  });

  it('step aside when a normal run joins while the background run is already first and asking', async () => {
    const { take, taken, handOver } = setUp(20);
    await take('run-1', 1);
    const waiting = [take('bisect-2', 2, true)];
    await sleep(50); // it has asked a few times (polls)
    waiting.push(take('run-3', 3));
    await sleep(10);
    await handOver('run-3');
    await handOver('bisect-2');
    await Promise.all(waiting);
    expect(taken).toEqual(['run-1', 'run-3', 'bisect-2']);
  });

  it('hand a paused background run back when closed', async () => {
    const { lines, take } = setUp(20);
    await take('run-1', 1);
    const background = take('bisect-2', 2, true).catch((error: unknown) => error);
    await sleep(30);
    const normal = take('run-3', 3).catch((error: unknown) => error);
    await sleep(10);
    lines.close();
    expect(await background).toBeInstanceOf(RetryLater);
    expect(await normal).toBeInstanceOf(RetryLater);
  });
});
