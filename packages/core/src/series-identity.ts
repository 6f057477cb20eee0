import { createHash } from 'node:crypto';
import type { SeriesIdentity } from './changes.ts';

/** How a run parameter (`size`) appears among a point's InfluxDB tags (`param_size`). */
const PARAM_PREFIX = 'param_';

/** The identity of the series whose InfluxDB points carry these tags (empty tags are absent). */
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

/**
 * A short stable hash of the identity: equal identities, equal keys (param order does not matter).
 * Change records name their series by it (`ChangeRecord.seriesKey`).
 */
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

/** The InfluxDB tags of a series, for points written about it (change points). */
export function tagsOfIdentity(identity: SeriesIdentity): Record<string, string> {
  const { params, ...tags } = identity;
  return {
    ...tags,
    ...Object.fromEntries(Object.entries(params).map(([name, value]) => [`${PARAM_PREFIX}${name}`, value])),
  };
}
