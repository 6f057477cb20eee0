import { proto } from '@benchline/core';
import type { HostFacts } from './host-facts.ts';

/** Host facts as a provisioning reports them; the facts added later are optional. */
export type ReportedFacts = Omit<HostFacts, 'hostname' | 'microcode' | 'packages' | 'tuning'> &
  Partial<Pick<HostFacts, 'hostname' | 'microcode' | 'packages' | 'tuning'>>;

const TUNING_STATES = {
  applied: proto.TuningState.TUNING_STATE_APPLIED,
  unavailable: proto.TuningState.TUNING_STATE_UNAVAILABLE,
} as const;

/** The minion's host facts as `HostFacts` of the run events: no governor is '', tuning states become the enum. */
export function hostFactsMessage(facts: ReportedFacts) {
  return {
    ...facts,
    governor: facts.governor ?? '',
    tuning: facts.tuning?.map((setting) => ({ ...setting, state: TUNING_STATES[setting.state] })),
  };
}
