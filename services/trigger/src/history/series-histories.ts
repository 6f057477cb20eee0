import type { InfluxClient } from '@benchline/influx';
import { HistoryCache } from './history-cache.ts';
import { pointCount, type HistoryColumns, type HistoryQuery } from './read-history.ts';
import { refreshHistory, type HistorySnapshot } from './refresh-history.ts';

/** Points the history cache holds at most, over all benchmarks (about 75 MB: answers and the rows they came from). */
const CACHED_POINTS = 1_000_000;

/**
 * Benchmarks' histories as GET /series/history answers them: from the cache as long as InfluxDB holds
 * as many points of the benchmark as when they were read, else brought up to date (see refreshHistory).
 */
export class SeriesHistories {
  readonly #cache = new HistoryCache(CACHED_POINTS);
  readonly #influx: () => InfluxClient;

  constructor(influx: () => InfluxClient) {
    this.#influx = influx;
  }

  async columns(query: HistoryQuery): Promise<HistoryColumns> {
    return (await this.#snapshot(query, await this.#count(query))).columns;
  }

  /**
   * Brings the history up to date ahead of the first request for it; false when it was not held and
   * holding it would push another history out of the cache (warming never evicts).
   */
  async warm(query: HistoryQuery): Promise<boolean> {
    const count = await this.#count(query);
    if (!this.#cache.holds(query) && !this.#cache.hasRoomFor(count)) return false;
    await this.#snapshot(query, count);
    return true;
  }

  #count(query: HistoryQuery): Promise<number> {
    return pointCount(this.#influx(), query);
  }

  #snapshot(query: HistoryQuery, count: number): Promise<HistorySnapshot> {
    return this.#cache.get(query, count, (held) => refreshHistory(this.#influx(), query, count, held));
  }
}
