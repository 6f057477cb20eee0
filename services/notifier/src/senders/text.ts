import type { ChangeNotification, NotableVerdict, RunSummary } from '../notification.ts';

export const shortCommit = (commit: string | undefined): string => (commit ? commit.slice(0, 10) : 'unknown commit');

export const percent = (value: number): string => `${value > 0 ? '+' : ''}${value.toFixed(1)} %`;

/** `add / 1MB · time (size=1MB)`: a series as people name it. */
export function seriesName(series: {
  benchmark: string;
  case: string;
  metric: string;
  params: Record<string, string>;
}): string {
  const params = Object.entries(series.params)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  const name =
    series.case && series.case !== series.benchmark ? `${series.benchmark} / ${series.case}` : series.benchmark;
  return `${name}${series.metric ? ` · ${series.metric}` : ''}${params ? ` (${params})` : ''}`;
}

export function verdictLine(verdict: NotableVerdict): string {
  return `${verdict.verdict} ${percent(verdict.changePercent)} [${percent(verdict.ciLowerPercent)}, ${percent(verdict.ciUpperPercent)}]: ${verdict.baseline} → ${verdict.value} ${verdict.unit}`;
}

/** One sentence about a run: what people read first (Slack text, status description). */
export function runHeadline(run: RunSummary): string {
  if (run.status === 'failed')
    return `run ${run.id} of ${run.suite} failed at ${run.failure?.stage ?? 'an unknown stage'}: ${run.failure?.reason ?? ''}`;
  const regressions = run.regressions ?? 0;
  const improvements = run.improvements ?? 0;
  const moved = [regressions && plural(regressions, 'regression'), improvements && plural(improvements, 'improvement')]
    .filter(Boolean)
    .join(', ');
  return `run ${run.id} of ${run.suite}: ${moved || 'no change'} (${plural(run.series ?? 0, 'series', 'series')})`;
}

export function changeHeadline({ change, event }: ChangeNotification): string {
  const verb = event === 'change.detected' ? 'detected' : `now ${change.status}`;
  return `${change.kind} of ${percent(change.changePercent)} in ${change.series.suite}: ${seriesName({ ...change.series, params: change.series.params })}, ${verb}`;
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
