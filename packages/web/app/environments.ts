import type { EnvironmentChange } from './types.ts';

/** An environment marker of one chart: where (run index) and what changed, as text. */
export interface EnvironmentMarker {
  index: number;
  text: string;
}

const fact = (change: EnvironmentChange, side: 'before' | 'after', name: string) =>
  String(change[side].host?.[name] ?? '?');

/** "kernel 6.1.0 → 6.8.0, os Debian 12 → Debian 13"; a bare fingerprint change when no facts are known. */
function describeEnvironmentChange(change: EnvironmentChange): string {
  if (change.changed.length === 0) return `environment ${change.before.fingerprint} → ${change.after.fingerprint}`;
  return change.changed
    .map((name) => `${name} ${fact(change, 'before', name)} → ${fact(change, 'after', name)}`)
    .join(', ');
}

/**
 * The markers of the environment changes that touch any of `seriesKeys` (the series one chart
 * shows): one per run index, the changes there (several minions, say) joined.
 */
export function environmentMarkers(
  changes: readonly EnvironmentChange[],
  seriesKeys: ReadonlySet<string>,
): EnvironmentMarker[] {
  const texts = new Map<number, string[]>();
  for (const change of changes) {
    if (!change.seriesKeys.some((key) => seriesKeys.has(key))) continue;
    const at = texts.get(change.index) ?? [];
    at.push(describeEnvironmentChange(change));
    texts.set(change.index, at);
  }
  return [...texts].map(([index, parts]) => ({ index, text: [...new Set(parts)].join('; ') }));
}
