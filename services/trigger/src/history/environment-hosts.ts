import { RESULTS_MEASUREMENT, type InfluxClient } from '@benchline/influx';
import type { SeriesHistory } from '../schemas.ts';
import { changedFacts, type EnvironmentShift, type HostFacts } from './environments.ts';
import type { RunSlot } from './raw-history.ts';
import type { HistoryQuery } from './read-history.ts';

/** One run's host facts: the `host` field of any of its points (they all carry the same). */
const HOST_OF_RUN = `SELECT "host" FROM "${RESULTS_MEASUREMENT}"
WHERE "suite" = $suite AND "benchmark" = $benchmark AND "run_id" = $runId AND time >= $from AND time <= $to LIMIT 1`;

/** Host lookups in flight at once: a history whose environment changes on every run stays one query per change. */
const LOOKUPS_AT_ONCE = 8;

/**
 * The environment changes with what changed: the host facts of each environment on either side,
 * read from one run of it (one small query per distinct environment, never one per point) unless
 * `known` has them (an environment is a hash of its host facts, so they never change).
 */
export async function describeShifts(
  influx: InfluxClient,
  query: HistoryQuery,
  shifts: readonly EnvironmentShift[],
  runs: readonly RunSlot[],
  known: ReadonlyMap<string, HostFacts> = new Map(),
): Promise<SeriesHistory['environments']> {
  const runOf = new Map<string, RunSlot>();
  for (const shift of shifts) {
    if (!runOf.has(shift.from)) runOf.set(shift.from, runs[shift.fromIndex]!);
    if (!runOf.has(shift.to)) runOf.set(shift.to, runs[shift.index]!);
  }
  const hosts = new Map(known);
  const lookups = [...runOf].filter(([fingerprint]) => !known.has(fingerprint));
  for (let start = 0; start < lookups.length; start += LOOKUPS_AT_ONCE) {
    await Promise.all(
      lookups.slice(start, start + LOOKUPS_AT_ONCE).map(async ([fingerprint, run]) => {
        const host = await hostOfRun(influx, query, run);
        if (host) hosts.set(fingerprint, host);
      }),
    );
  }
  const side = (fingerprint: string) => {
    const host = hosts.get(fingerprint);
    return { fingerprint, runId: runOf.get(fingerprint)!.runId, ...(host && { host }) };
  };
  return shifts.map((shift) => ({
    index: shift.index,
    seriesKeys: shift.seriesKeys,
    before: side(shift.from),
    after: side(shift.to),
    changed: changedFacts(hosts.get(shift.from), hosts.get(shift.to)),
  }));
}

/** The host facts an answer's environment changes carry, by fingerprint. */
export function knownHosts(environments: SeriesHistory['environments']): Map<string, HostFacts> {
  return new Map(
    environments.flatMap(({ before, after }) =>
      [before, after].flatMap(({ fingerprint, host }) => (host ? [[fingerprint, host] as const] : [])),
    ),
  );
}

async function hostOfRun(influx: InfluxClient, query: HistoryQuery, run: RunSlot): Promise<HostFacts | undefined> {
  const at = (ms: number) => new Date(ms).toISOString();
  const [found] = await influx.query(HOST_OF_RUN, {
    suite: query.suite,
    benchmark: query.benchmark,
    runId: run.runId,
    from: at(run.timeMs),
    to: at(run.timeMs + 1_000),
  });
  return parseHost(found?.rows[0]?.host);
}

/** The `host` field: a JSON object of strings and numbers; anything else is no facts. */
function parseHost(text: unknown): HostFacts | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Object.values(value).every((fact) => typeof fact === 'string' || typeof fact === 'number')
      ? (value as HostFacts)
      : undefined;
  } catch {
    return undefined;
  }
}
