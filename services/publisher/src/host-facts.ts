import { createHash } from 'node:crypto';
import { proto, type RunExecuted } from '@benchline/core';

/** The host facts as points carry them: fact name → value, every value a string or a number. */
export type FactValues = Readonly<Record<string, string | number>>;

type RecordedHost = NonNullable<NonNullable<RunExecuted['provisioning']>['host']>;

/**
 * The host facts as plain values (uint64 as a number), as the bundle's manifest shows them, with the
 * package versions under their own names (`pkg:…`, `bin:…`) and each tuning setting as
 * `tuning:<name>` (its value, or `unavailable`), so every fact compares as one value. Microcode,
 * packages and tuning are left out while empty: a host that reports none keeps the environment
 * fingerprint it had before those facts existed.
 */
export function hostFactValues(host: RecordedHost): FactValues {
  const { microcode, packages, tuning, ...basic } = proto.HostFacts.toObject(proto.HostFacts.create(host), {
    defaults: true,
    longs: Number,
  }) as Record<string, string | number> & {
    microcode: string;
    packages: Record<string, string>;
    tuning: { name: string; state: number; value: string }[];
  };
  const facts: Record<string, string | number> = { ...basic, ...packages };
  if (microcode) facts.microcode = microcode;
  for (const { name, state, value } of tuning)
    facts[`tuning:${name}`] = state === proto.TuningState.TUNING_STATE_UNAVAILABLE ? 'unavailable' : value;
  return facts;
}

/**
 * The host facts as canonical JSON (`host`, keys sorted) and the first 12 hex digits of its SHA-256
 * (`env`): a reader compares the short `env` of every point and reads `host` only where it changes.
 */
export function environmentFields(facts: FactValues): { env: string; host: string } {
  const host = JSON.stringify(Object.fromEntries(Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : 1))));
  return { env: createHash('sha256').update(host).digest('hex').slice(0, 12), host };
}
