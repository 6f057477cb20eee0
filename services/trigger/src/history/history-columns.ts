import type { SeriesIdentity } from '@benchline/core';
import type { InfluxClient } from '@benchline/influx';
import { describeShifts } from './environment-hosts.ts';
import { environmentShifts, type HostFacts } from './environments.ts';
import type { RawHistory, RawSeries, RunSlot } from './raw-history.ts';
import type { HistoryColumns, HistoryQuery } from './read-history.ts';

/**
 * Every series of one benchmark as columns aligned to the runs in commit order (runs from before
 * commit order was recorded go by time), and where their environment changed; rows without a drawn
 * value are left out (a series with none keeps its empty columns). `knownHosts`: host facts by
 * environment, as an earlier answer had them.
 */
export async function historyColumns(
  influx: InfluxClient,
  query: HistoryQuery,
  raw: RawHistory,
  knownHosts?: ReadonlyMap<string, HostFacts>,
): Promise<HistoryColumns> {
  const slots = new Map<string, RunSlot>();
  for (const rows of raw.series.values())
    rows.runId.forEach((runId, at) => {
      if (rows.value[at] === undefined) return;
      const timeMs = rows.timeMs[at]!;
      const slot = slots.get(runId);
      if (!slot) slots.set(runId, { runId, timeMs, ...raw.runs.get(runId)! });
      else if (timeMs < slot.timeMs) slot.timeMs = timeMs;
    });
  const runs = [...slots.values()].sort((a, b) =>
    a.position !== undefined && b.position !== undefined && a.position !== b.position
      ? a.position - b.position
      : a.timeMs - b.timeMs,
  );
  const indexOf = new Map(runs.map((slot, index) => [slot.runId, index]));
  const series = sortByIdentity([...raw.series.values()].map((rows) => inRunOrder(rows, indexOf)));
  const shifts = environmentShifts(
    series,
    runs.map((slot) => slot.env),
  );
  return {
    suite: query.suite,
    benchmark: query.benchmark,
    ...(query.minion === undefined ? {} : { minion: query.minion }),
    runs: runs.map(({ runId, commit, position, timeMs, noisy }) => ({
      runId,
      commit,
      timeMs,
      ...(position === undefined ? {} : { position }),
      ...(noisy && { noisy }),
    })),
    series,
    environments: await describeShifts(influx, query, shifts, runs, knownHosts),
  };
}

/** A series' drawn rows sorted by run index (InfluxDB answers newest first). */
function inRunOrder(rows: RawSeries, indexOf: ReadonlyMap<string, number>): HistoryColumns['series'][number] {
  const drawn = rows.value.flatMap((value, at) => (value === undefined ? [] : [at]));
  const index = drawn.map((at) => indexOf.get(rows.runId[at]!)!);
  const order = drawn.map((_, at) => at).sort((a, b) => index[a]! - index[b]!);
  return {
    key: rows.key,
    identity: rows.identity,
    index: order.map((at) => index[at]!),
    value: order.map((at) => rows.value[drawn[at]!]!),
    stddev: order.map((at) => rows.stddev[drawn[at]!]!),
  };
}

/**
 * Series by unit, metric, case and params: one chart per unit, in a stable order. Series alike in
 * those (other minions' or refs') go by key, so the order does not depend on the order they were read.
 */
function sortByIdentity<T extends { key: string; identity: SeriesIdentity }>(series: T[]): T[] {
  const sortKey = ({ identity }: T) => JSON.stringify([identity.unit, identity.metric, identity.case, identity.params]);
  return series
    .map((one) => ({ one, by: sortKey(one) }))
    .sort((a, b) => a.by.localeCompare(b.by) || a.one.key.localeCompare(b.one.key))
    .map(({ one }) => one);
}
