import type { KV } from '@nats-io/kv';
import { isRevisionConflict } from './kv-errors.ts';

/** One series: the identity of its InfluxDB points. */
export interface SeriesIdentity {
  suite: string;
  benchmark: string;
  case: string;
  metric: string;
  unit: string;
  minion: string;
  params: Record<string, string>;
}

/**
 * - `detected`: the analyzer found the step; `confirmed`: enough later points (or a rerun) support it;
 * - `not-reproduced`: a confirmation rerun did not show it: never reported as a regression;
 * - `acknowledged` (stays visible), `dismissed` (not reported again, not a regression), `fixed`: set by people.
 */
export const CHANGE_STATUSES = [
  'detected',
  'confirmed',
  'not-reproduced',
  'acknowledged',
  'dismissed',
  'fixed',
] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
/** What people may set with `PATCH /changes/:id`. */
export const TRIAGE_STATUSES = ['acknowledged', 'dismissed', 'fixed'] as const satisfies readonly ChangeStatus[];
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export interface ChangeEvent {
  status: ChangeStatus;
  at: string;
  /** The API key id (people) or `analyzer`. */
  by: string;
  note?: string;
}

/** A located step in one series (JSON in the changes bucket, and the payload of `change.*` events). */
export interface ChangeRecord {
  /** Stable across re-analyses: a re-located step keeps the id of the change it updates. */
  id: string;
  series: SeriesIdentity;
  /** Hash of the series identity; the key prefix of its changes. */
  seriesKey: string;
  status: ChangeStatus;
  /** Whether the step made the series worse or better, by its direction (lower or higher is better). */
  kind: 'regression' | 'improvement';
  direction: 'lower' | 'higher';
  /** The last commit of the old level and the first of the new one: the culprit is in (before, after]. */
  commitBefore: string;
  commitAfter: string;
  positionBefore: number;
  positionAfter: number;
  /** The run that first showed the new level, and its time in ms (where annotations put the change). */
  runId: string;
  timeMs: number;
  before: number;
  after: number;
  changePercent: number;
  significance: number;
  /** Points of the new level seen so far. */
  pointsAfter: number;
  detectedAt: string;
  updatedAt: string;
  history: ChangeEvent[];
}

export interface ChangeFilter {
  suite?: string;
  status?: ChangeStatus;
  /** Detected at or after this time (RFC 3339). */
  since?: string;
  limit: number;
}

const encoder = new TextEncoder();

const keyOf = (record: Pick<ChangeRecord, 'series' | 'seriesKey' | 'id'>) =>
  `${record.series.suite}.${record.seriesKey}.${record.id}`;

/** The changes bucket: key `<suite>.<seriesKey>.<id>`, so a suite's changes are listed by prefix. */
export class ChangeStore {
  readonly #kv: KV;

  constructor(kv: KV) {
    this.#kv = kv;
  }

  async get(id: string): Promise<ChangeRecord | undefined> {
    for await (const key of await this.#kv.keys(`*.*.${id}`)) return (await this.#entry(key))?.record;
    return undefined;
  }

  /** Every change of the suite, by series key. */
  async ofSuite(suite: string): Promise<Map<string, ChangeRecord[]>> {
    const bySeries = new Map<string, ChangeRecord[]>();
    for await (const key of await this.#kv.keys(`${suite}.>`)) {
      const record = (await this.#entry(key))?.record;
      if (!record) continue;
      bySeries.set(record.seriesKey, [...(bySeries.get(record.seriesKey) ?? []), record]);
    }
    return bySeries;
  }

  /** Most recently detected first. Reads every key: fine for thousands of changes. */
  async list(filter: ChangeFilter): Promise<ChangeRecord[]> {
    const records: ChangeRecord[] = [];
    for await (const key of await this.#kv.keys()) {
      const record = (await this.#entry(key))?.record;
      if (!record) continue;
      if (filter.suite && record.series.suite !== filter.suite) continue;
      if (filter.status && record.status !== filter.status) continue;
      if (filter.since && record.detectedAt < filter.since) continue;
      records.push(record);
    }
    return records.sort((a, b) => b.detectedAt.localeCompare(a.detectedAt)).slice(0, filter.limit);
  }

  /**
   * Applies `change` to the stored record of `address` (undefined when there is none yet) with
   * compare-and-set, retrying on a concurrent writer; `change` returns the record to store, or
   * undefined to leave it as it is.
   */
  async update(
    address: Pick<ChangeRecord, 'series' | 'seriesKey' | 'id'>,
    change: (current: ChangeRecord | undefined) => ChangeRecord | undefined,
  ): Promise<{ before: ChangeRecord | undefined; after: ChangeRecord | undefined }> {
    const key = keyOf(address);
    for (;;) {
      const entry = await this.#entry(key);
      const next = change(entry?.record);
      if (!next) return { before: entry?.record, after: entry?.record };
      try {
        if (entry) await this.#kv.update(key, encoder.encode(JSON.stringify(next)), entry.revision);
        else await this.#kv.create(key, encoder.encode(JSON.stringify(next)));
        return { before: entry?.record, after: next };
      } catch (error) {
        if (!isRevisionConflict(error)) throw error;
      }
    }
  }

  async #entry(key: string): Promise<{ record: ChangeRecord; revision: number } | undefined> {
    const entry = await this.#kv.get(key);
    return entry && entry.operation === 'PUT'
      ? { record: entry.json() as ChangeRecord, revision: entry.revision }
      : undefined;
  }
}
