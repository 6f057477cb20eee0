import { createHash } from 'node:crypto';
import type { SeriesIdentity } from '@benchline/core';

/** One run's value of a series, as read back from InfluxDB. */
export interface SeriesPoint {
  readonly runId: string;
  readonly commit: string;
  readonly value: number;
  /** Of the run's value, from the spread of its own samples, when the results file had them. */
  readonly standardError?: number;
  /** The commit's place in the suite's history (CommitOrder); undefined for runs from before it was recorded. */
  readonly position?: number;
  readonly onDefaultBranch: boolean;
  /** The point's InfluxDB time in ms: where a change point's annotation goes. */
  readonly timeMs: number;
}

export interface Series {
  readonly identity: SeriesIdentity;
  readonly key: string;
  readonly points: readonly SeriesPoint[];
}

const PARAM_PREFIX = 'param_';

/** The identity of the series whose points carry these tags (empty tags are absent). */
export function identityOfTags(tags: Readonly<Record<string, string>>): SeriesIdentity {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(tags)) {
    if (name.startsWith(PARAM_PREFIX) && value !== '') params[name.slice(PARAM_PREFIX.length)] = value;
  }
  return {
    suite: tags.suite ?? '',
    benchmark: tags.benchmark ?? '',
    case: tags.case ?? '',
    metric: tags.metric ?? '',
    unit: tags.unit ?? '',
    minion: tags.minion ?? '',
    params,
  };
}

/** A short stable hash of the identity: equal identities, equal keys (param order does not matter). */
export function seriesKeyOf(identity: SeriesIdentity): string {
  const params = Object.keys(identity.params)
    .sort()
    .map((name) => [name, identity.params[name]]);
  const canonical = JSON.stringify([
    identity.suite,
    identity.benchmark,
    identity.case,
    identity.metric,
    identity.unit,
    identity.minion,
    params,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 20);
}

/** The InfluxDB tags of a series, for points the analyzer writes about it. */
export function tagsOfIdentity(identity: SeriesIdentity): Record<string, string> {
  const { params, ...tags } = identity;
  return {
    ...tags,
    ...Object.fromEntries(Object.entries(params).map(([name, value]) => [`${PARAM_PREFIX}${name}`, value])),
  };
}
