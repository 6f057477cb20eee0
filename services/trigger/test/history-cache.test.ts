import { describe, expect, it, vi } from 'vitest';
import { HistoryCache } from '../src/history/history-cache.ts';
import type { HistorySnapshot } from '../src/history/refresh-history.ts';

const query = (benchmark: string) => ({ suite: 'perf', benchmark, limit: 2_000 });
const snapshot = (name: string) => ({ raw: { count: 0 }, columns: { benchmark: name } }) as unknown as HistorySnapshot;

describe('HistoryCache', () => {
  it('shares an answer while the count holds, and hands what it holds to the refresh once it changed', () => {
    const cache = new HistoryCache(1_000);
    const first = Promise.resolve(snapshot('first'));
    const refresh = vi.fn((_held?: Promise<HistorySnapshot>) => first);
    expect(cache.get(query('b'), 10, refresh)).toBe(first);
    expect(cache.get(query('b'), 10, refresh)).toBe(first);
    expect(refresh.mock.calls).toEqual([[undefined]]);

    const second = Promise.resolve(snapshot('second'));
    const refreshAgain = vi.fn((_held?: Promise<HistorySnapshot>) => second);
    expect(cache.get(query('b'), 12, refreshAgain)).toBe(second);
    expect(refreshAgain.mock.calls).toEqual([[first]]);
  });

  it('forgets a failed read, and the least recently used beyond maxPoints', async () => {
    const cache = new HistoryCache(100);
    const failed = Promise.reject(new Error('InfluxDB is down'));
    await expect(cache.get(query('a'), 10, () => failed)).rejects.toThrow('down');
    const held = vi.fn((held?: Promise<HistorySnapshot>) => held ?? Promise.resolve(snapshot('read')));
    await cache.get(query('a'), 20, held);
    expect(held.mock.calls).toEqual([[undefined]]);

    await cache.get(query('b'), 60, () => Promise.resolve(snapshot('b')));
    await cache.get(query('a'), 20, held);
    await cache.get(query('c'), 30, () => Promise.resolve(snapshot('c')));
    // a (20) was used after b (60): b goes, a and c (50) stay.
    const again = vi.fn(() => Promise.resolve(snapshot('again')));
    await cache.get(query('a'), 20, again);
    await cache.get(query('c'), 30, again);
    await cache.get(query('b'), 60, again);
    expect(again).toHaveBeenCalledOnce();
  });

  it('says what it holds and whether more points fit without pushing one out', async () => {
    const cache = new HistoryCache(100);
    await cache.get(query('a'), 60, () => Promise.resolve(snapshot('a')));
    expect(cache.holds(query('a'))).toBe(true);
    expect(cache.holds(query('b'))).toBe(false);
    expect(cache.hasRoomFor(40)).toBe(true);
    expect(cache.hasRoomFor(41)).toBe(false);
  });
});
