import type { RunRequest } from './messages.ts';

/**
 * Why a run was requested, when not to measure the suite's history: the bisector's confirmation
 * and bisection reruns carry the tag `purpose:<purpose>`. Such runs are background work: they
 * wait while normal runs wait for the minion (provisioner), their points carry the purpose
 * (publisher, field `purpose`), and the analyzer learns nothing from them.
 */
export const RUN_PURPOSES = ['confirmation', 'bisection'] as const;
export type RunPurpose = (typeof RUN_PURPOSES)[number];

export const PURPOSE_TAG_PREFIX = 'purpose:';

export const purposeTag = (purpose: RunPurpose): string => `${PURPOSE_TAG_PREFIX}${purpose}`;

/** The purpose a request's tags declare, or undefined for a normal run. */
export function runPurpose(request: Pick<RunRequest, 'tags'> | undefined): RunPurpose | undefined {
  for (const tag of request?.tags ?? []) {
    if (!tag.startsWith(PURPOSE_TAG_PREFIX)) continue;
    const purpose = tag.slice(PURPOSE_TAG_PREFIX.length);
    if ((RUN_PURPOSES as readonly string[]).includes(purpose)) return purpose as RunPurpose;
  }
  return undefined;
}
