import type { HistoryQuery } from './read-history.ts';
import type { HistorySnapshot } from './refresh-history.ts';

const keyOf = (query: HistoryQuery) =>
  JSON.stringify([query.suite, query.benchmark, query.minion ?? null, query.limit]);

interface Entry {
  /** The benchmark's point count when it was read: also what the entry weighs (at most that many points). */
  count: number;
  snapshot: Promise<HistorySnapshot>;
}

/**
 * The last answers of GET /series/history with the rows they were made of, each as good as long as
 * InfluxDB holds as many points of its benchmark as when it was read (see pointCount). Once the count
 * changed, `refresh` gets the entry held (or undefined) to bring up to date. Least recently used first
 * out, beyond `maxPoints` in all; requests that arrive while one reads share its answer, and a refresh
 * waits for the read in flight before it.
 */
export class HistoryCache {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly maxPoints: number) {}

  holds(query: HistoryQuery): boolean {
    return this.#entries.has(keyOf(query));
  }

  /** Whether `points` more fit without pushing anything out. */
  hasRoomFor(points: number): boolean {
    return this.#heldPoints() + points <= this.maxPoints;
  }

  get(
    query: HistoryQuery,
    count: number,
    refresh: (held: Promise<HistorySnapshot> | undefined) => Promise<HistorySnapshot>,
  ): Promise<HistorySnapshot> {
    const key = keyOf(query);
    const held = this.#entries.get(key);
    this.#entries.delete(key);
    if (held?.count === count) {
      this.#entries.set(key, held);
      return held.snapshot;
    }
    const snapshot = refresh(held?.snapshot);
    this.#entries.set(key, { count, snapshot });
    snapshot.catch(() => {
      if (this.#entries.get(key)?.snapshot === snapshot) this.#entries.delete(key);
    });
    this.#evict();
    return snapshot;
  }

  #heldPoints(): number {
    let held = 0;
    for (const entry of this.#entries.values()) held += entry.count;
    return held;
  }

  #evict(): void {
    let held = this.#heldPoints();
    for (const [key, entry] of this.#entries) {
      if (held <= this.maxPoints) return;
      this.#entries.delete(key);
      held -= entry.count;
    }
  }
}
