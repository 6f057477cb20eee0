import { parseHostFacts, type HostFacts } from './host-facts.ts';

/** What ansible/warm_check.py observed on the minion. */
export interface MinionObservation {
  /** The commit the requested ref names now; null when it cannot be told without fetching. */
  readonly resolvedCommit: string | null;
  readonly head: string | null;
  /** Tracked files modified in the checkout; null when the checkout is missing. */
  readonly trackedChanges: boolean | null;
  readonly provisionedStamp: { commit?: unknown; fingerprint?: unknown } | null;
  readonly setupStamp: { commit?: unknown; inputs?: unknown } | null;
  readonly setupInputs: Readonly<Record<string, string | null>>;
  readonly leftoverRuns: readonly string[];
  readonly strayProcesses: readonly number[];
  /** Tuning settings the host can have but does not have now (the playbook would write them). */
  readonly tuningPending: readonly string[];
  readonly facts: HostFacts;
}

export type WarmDecision =
  | { readonly warm: true; readonly commit: string; readonly facts: HostFacts }
  | { readonly warm: false; readonly reason: string };

export function parseObservation(json: string): MinionObservation {
  const value = JSON.parse(json) as Record<string, unknown>;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.leftoverRuns) ||
    !Array.isArray(value.strayProcesses) ||
    !Array.isArray(value.tuningPending)
  ) {
    throw new Error('the warm check printed something other than an observation');
  }
  return { ...(value as unknown as MinionObservation), facts: parseHostFacts(value.facts) };
}

/**
 * Ansible may be skipped only when the minion provably already is what the
 * playbook would make it: see "When provisioning is skipped" in the README.
 */
export function decideWarm(seen: MinionObservation, fingerprint: string): WarmDecision {
  const commit = seen.resolvedCommit;
  const stamp = seen.provisionedStamp;
  const reason =
    commit === null
      ? 'the ref cannot be resolved without fetching'
      : stamp === null
        ? 'the suite was never provisioned successfully on this minion'
        : stamp.fingerprint !== fingerprint
          ? 'the playbook or the suite’s provisioning config changed since the last provisioning'
          : stamp.commit !== commit
            ? `the ref now names ${commit}, the minion was provisioned at ${String(stamp.commit)}`
            : seen.head !== commit
              ? 'the checkout is at another commit than the one provisioned'
              : seen.trackedChanges !== false
                ? 'the checkout has modified tracked files'
                : !setupIsCurrent(seen, commit)
                  ? 'the setup inputs changed since the last setup'
                  : seen.leftoverRuns.length > 0
                    ? `${seen.leftoverRuns.length} leftover run director${seen.leftoverRuns.length === 1 ? 'y' : 'ies'} must be removed`
                    : seen.strayProcesses.length > 0
                      ? `${seen.strayProcesses.length} stray benchmark process(es) must be stopped`
                      : seen.tuningPending.length > 0
                        ? `host tuning to apply: ${seen.tuningPending.join(', ')}`
                        : undefined;
  return reason === undefined ? { warm: true, commit: commit!, facts: seen.facts } : { warm: false, reason };
}

function setupIsCurrent(seen: MinionObservation, commit: string): boolean {
  const stamp = seen.setupStamp;
  if (stamp === null || stamp.commit !== commit || typeof stamp.inputs !== 'object' || stamp.inputs === null)
    return false;
  const recorded = stamp.inputs as Record<string, unknown>;
  const current = Object.entries(seen.setupInputs);
  return Object.keys(recorded).length === current.length && current.every(([name, hash]) => recorded[name] === hash);
}
