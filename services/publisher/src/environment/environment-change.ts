import { createHash } from 'node:crypto';
import type { FactValues } from '../host-facts.ts';

/** A minion's environment as known after one run: that run's facts and the latest version of every package seen on it. */
export interface KnownEnvironment {
  readonly runId: string;
  readonly known: FactValues;
}

/**
 * Package and runtime versions (`pkg:…`, `bin:…`) are facts of the suite's own list (suite config
 * `environment`): a run of a suite that does not list one says nothing about it.
 */
const isPackageFact = (name: string) => name.startsWith('pkg:') || name.startsWith('bin:');

/** What is known of the minion after a run with `facts`: its facts, and the last seen version of each package it did not list. */
export function knownAfter(previous: FactValues | undefined, facts: FactValues): FactValues {
  const kept = Object.entries(previous ?? {}).filter(([name]) => isPackageFact(name) && !Object.hasOwn(facts, name));
  return { ...Object.fromEntries(kept), ...facts };
}

/**
 * The minion's host facts differ from its previous run's: the record the publisher writes to
 * InfluxDB (ENVIRONMENT_CHANGES_MEASUREMENT), announces on `environment.changed.<minion>` (JSON) and
 * the trigger serves at GET /environment-changes.
 */
export interface EnvironmentChangeRecord {
  /** From minion and run id: the same whatever the redeliveries. */
  readonly id: string;
  readonly minion: string;
  /** The first run in the new environment, its suite, and its request time (where the change's point is). */
  readonly runId: string;
  readonly suite: string;
  readonly at: string;
  readonly previousRunId: string;
  /** Names of the facts that differ, sorted. */
  readonly changed: readonly string[];
  /** What was known of the minion before the run (its previous run's facts, and earlier package versions). */
  readonly before: FactValues;
  /** The run's facts. */
  readonly after: FactValues;
}

export const environmentChangeId = (minion: string, runId: string): string =>
  createHash('sha256').update(`${minion}:${runId}`).digest('hex').slice(0, 16);

/**
 * The change from what was known of the minion before this run (undefined for its first run): the
 * facts that differ, a package's version only where it was known and this run lists it too (a
 * package first listed is no change). None when nothing differs.
 */
export function environmentChange(
  previous: KnownEnvironment | undefined,
  current: { runId: string; facts: FactValues },
  run: { minion: string; suite: string; at: string },
): EnvironmentChangeRecord | undefined {
  if (!previous) return undefined;
  const names = new Set([...Object.keys(previous.known), ...Object.keys(current.facts)]);
  const changed = [...names]
    .filter(
      (name) => !isPackageFact(name) || (Object.hasOwn(current.facts, name) && Object.hasOwn(previous.known, name)),
    )
    .filter((name) => previous.known[name] !== current.facts[name])
    .sort();
  if (changed.length === 0) return undefined;
  return {
    id: environmentChangeId(run.minion, current.runId),
    minion: run.minion,
    runId: current.runId,
    suite: run.suite,
    at: run.at,
    previousRunId: previous.runId,
    changed,
    before: previous.known,
    after: current.facts,
  };
}
