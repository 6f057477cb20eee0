import type { InfluxClient } from '@benchline/influx';
import { knownHosts } from './environment-hosts.ts';
import { historyColumns } from './history-columns.ts';
import type { RawHistory } from './raw-history.ts';
import { readHistory, readNewer, type HistoryColumns, type HistoryQuery } from './read-history.ts';

/** The rows read of a benchmark's history and the answer made of them. */
export interface HistorySnapshot {
  raw: RawHistory;
  columns: HistoryColumns;
}

/**
 * The history of `query` now that InfluxDB holds `count` of its points: `held` (once read, if it
 * could be) with only the newer points added, or, when those are not all that changed or nothing is
 * held, everything read afresh; host facts `held` described are not looked up again.
 */
export async function refreshHistory(
  influx: InfluxClient,
  query: HistoryQuery,
  count: number,
  held?: Promise<HistorySnapshot>,
): Promise<HistorySnapshot> {
  const previous = await held?.catch(() => undefined);
  const raw = (previous && (await readNewer(influx, query, previous.raw))) ?? (await readHistory(influx, query, count));
  return {
    raw,
    columns: await historyColumns(influx, query, raw, previous && knownHosts(previous.columns.environments)),
  };
}
