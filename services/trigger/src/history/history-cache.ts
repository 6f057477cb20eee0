import type { HistoryColumns, HistoryQuery } from './read-history.ts';

interface Entry {
  /** The benchmark's point count when it was read: also what the entry weighs (at most that many points). */
  count: number;
  columns: Promise<HistoryColumns>;
}

/**
 * The last answers of GET /series/history, each as good as long as InfluxDB holds as many points of
 * its benchmark as when it was read (see pointCount). Least recently used first out, beyond
 * `maxPoints` in all; requests that arrive while one reads share its answer.
 */
export class HistoryCache {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly maxPoints: number) {}

  get(query: HistoryQuery, count: number, read: () => Promise<HistoryColumns>): Promise<HistoryColumns> {
    const key = JSON.stringify([query.suite, query.benchmark, query.minion ?? null, query.limit]);
    const held = this.#entries.get(key);
    this.#entries.delete(key);
    if (held?.count === count) {
      this.#entries.set(key, held);
      return held.columns;
    }
    const columns = read();
    this.#entries.set(key, { count, columns });
    columns.catch(() => {
      if (this.#entries.get(key)?.columns === columns) this.#entries.delete(key);
    });
    this.#evict();
    return columns;
  }

  #evict(): void {
    let held = 0;
    for (const entry of this.#entries.values()) held += entry.count;
    for (const [key, entry] of this.#entries) {
      if (held <= this.maxPoints) return;
      this.#entries.delete(key);
      held -= entry.count;
    }
  }
}
