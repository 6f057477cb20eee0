import type { SeriesId } from './types.ts';

export const shortCommit = (commit: string | undefined) => (commit ? commit.slice(0, 8) : '—');

export function formatTime(iso: string | number | undefined): string {
  if (iso === undefined || iso === '') return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? '—'
    : date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z');
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

export function formatNumber(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export const formatPercent = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(1)} %`;

/** The part of a series' name that tells it from its benchmark's other series. */
export function seriesLabel(series: SeriesId): string {
  const params = Object.entries(series.params)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`);
  return [series.case || series.benchmark, series.metric, ...params].filter(Boolean).join(' · ');
}

export function historyHref(series: { suite: string; benchmark: string; minion?: string }, key?: string): string {
  const query = new URLSearchParams({
    suite: series.suite,
    benchmark: series.benchmark,
    ...(series.minion ? { minion: series.minion } : {}),
    ...(key ? { series: key } : {}),
  });
  return `#/history?${query}`;
}

/** When the run ended (or its latest stage), for its duration. */
export function runDuration(stages: Record<string, string>): number | undefined {
  const start = Date.parse(stages.requested ?? '');
  const times = Object.values(stages)
    .map((time) => Date.parse(time))
    .filter((time) => Number.isFinite(time));
  if (!Number.isFinite(start) || times.length < 2) return undefined;
  return Math.max(...times) - start;
}
