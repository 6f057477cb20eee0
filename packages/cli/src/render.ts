import Table from 'cli-table3';
import type { Change, Comparison, RunState, SeriesName } from './api.ts';

/** A readable table for a terminal (no colours, so logs and pipes stay clean). */
export function table(head: string[], rows: (string | number)[][]): string {
  const output = new Table({ head, style: { head: [], border: [] }, wordWrap: true });
  output.push(...rows.map((row) => row.map(String)));
  return `${output.toString()}\n`;
}

/** A GitHub-flavoured Markdown table; pipes in cells are escaped. */
export function markdownTable(head: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
  return `${[`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n')}\n`;
}

export const short = (commit: string | undefined) => (commit ? commit.slice(0, 12) : '—');

/** 4 significant digits, without exponent for everyday magnitudes. */
export function number(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(3);
  return String(Number(value.toPrecision(4)));
}

export const percent = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '—' : `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
export const interval = (ci: [number, number] | undefined) => (ci ? `[${percent(ci[0])}, ${percent(ci[1])}]` : '—');

export function seriesLabel(series: SeriesName): string {
  const params = Object.entries(series.params)
    .map(([name, value]) => `${name}=${value}`)
    .join(',');
  const name =
    series.case && series.case !== series.benchmark ? `${series.benchmark}/${series.case}` : series.benchmark;
  return `${name} ${series.metric}${params ? ` (${params})` : ''}`;
}

const verdictMark: Record<string, string> = {
  regression: '✗ regression',
  improvement: '✓ improvement',
  unchanged: 'unchanged',
};
const mark = (verdict: string) => verdictMark[verdict] ?? verdict;

/** The run's outcome in one line: what the gate looks at. */
export function headline(run: RunState): string {
  const where = `${run.suite} @ ${run.ref}${run.commit ? ` (${short(run.commit)})` : ''} on ${run.minion}`;
  if (run.status === 'failed')
    return `Run ${run.runId} of ${where} failed at ${run.error?.stage ?? 'an unknown stage'}: ${run.error?.reason ?? 'no reason given'}`;
  if (run.status === 'cancelled')
    return `Run ${run.runId} of ${where} was cancelled by ${run.cancellation?.by ?? 'someone'}${run.cancellation?.reason ? `: ${run.cancellation.reason}` : ''}`;
  const analysis = run.analysis;
  if (!analysis) return `Run ${run.runId} of ${where}: ${run.status}`;
  return `Run ${run.runId} of ${where}: ${analysis.regressions} regression(s), ${analysis.improvements} improvement(s) in ${analysis.verdicts.length} series`;
}

function resultRows(run: RunState): (string | number)[][] {
  return (run.results ?? []).map((result) => [
    result.benchmark,
    result.status,
    result.points ?? '—',
    result.error ?? result.message ?? '',
  ]);
}

function verdictRows(run: RunState): (string | number)[][] {
  return (run.analysis?.verdicts ?? []).map((verdict) => [
    seriesLabel(verdict.series),
    `${number(verdict.value)} ${verdict.series.unit}`,
    verdict.baseline === undefined ? '—' : `${number(verdict.baseline)} ${verdict.series.unit}`,
    percent(verdict.changePercent),
    interval(verdict.ci),
    verdict.verdict === 'insufficient-history' && verdict.pointsNeeded
      ? `insufficient history (${verdict.pointsNeeded} more)`
      : mark(verdict.verdict),
  ]);
}

const RESULT_HEAD = ['Benchmark', 'Status', 'Points', 'Message'];
const VERDICT_HEAD = ['Series', 'Value', 'Baseline', 'Change', 'Interval', 'Verdict'];

export function runText(run: RunState, statusUrl?: string): string {
  const parts = [`${headline(run)}\n`];
  const stages = Object.entries(run.stages)
    .map(([stage, at]) => `${stage} ${at}`)
    .join(', ');
  parts.push(`Stages: ${stages}\n`);
  if (run.cid) parts.push(`Bundle: ${run.cid} (${run.points ?? 0} points)\n`);
  if (statusUrl) parts.push(`Status: ${statusUrl}\n`);
  if (run.results?.length) parts.push(table(RESULT_HEAD, resultRows(run)));
  if (run.analysis?.verdicts.length) parts.push(table(VERDICT_HEAD, verdictRows(run)));
  if (run.error?.detail) parts.push(`${run.error.detail.trimEnd()}\n`);
  return parts.join('');
}

/** A pull-request comment: the outcome, the verdicts, the benchmarks, a link. */
export function runMarkdown(run: RunState, statusUrl?: string): string {
  const icon =
    run.status === 'failed' || run.status === 'cancelled' ? '❌' : (run.analysis?.regressions ?? 0) > 0 ? '⚠️' : '✅';
  const parts = [`### ${icon} Benchline: ${headline(run)}\n`];
  if (run.analysis?.verdicts.length) parts.push(`\n${markdownTable(VERDICT_HEAD, verdictRows(run))}`);
  if (run.results?.length) parts.push(`\n${markdownTable(RESULT_HEAD, resultRows(run))}`);
  const links = [
    statusUrl ? `[run ${run.runId}](${statusUrl})` : `run \`${run.runId}\``,
    run.cid ? `bundle \`${run.cid}\`` : undefined,
  ].filter(Boolean);
  parts.push(`\n${links.join(' · ')}\n`);
  return parts.join('');
}

export function runsTable(runs: RunState[]): string {
  return table(
    ['Run', 'Suite', 'Ref', 'Commit', 'Minion', 'Status', 'Requested', 'Verdicts'],
    runs.map((run) => [
      run.runId,
      run.suite,
      run.ref,
      short(run.commit),
      run.minion,
      run.status,
      run.stages.requested ?? '',
      run.analysis ? `${run.analysis.regressions} regr., ${run.analysis.improvements} impr.` : '—',
    ]),
  );
}

export function runsMarkdown(runs: RunState[]): string {
  return markdownTable(
    ['Run', 'Suite', 'Ref', 'Commit', 'Status', 'Regressions'],
    runs.map((run) => [
      `\`${run.runId}\``,
      run.suite,
      run.ref,
      short(run.commit),
      run.status,
      run.analysis?.regressions ?? '—',
    ]),
  );
}

const COMPARE_HEAD = ['Series', 'Base', 'Head', 'Change', 'Interval', 'p', 'Method', 'Verdict'];

/** By samples the change compares medians, so those are the centres shown. */
const compareMethod: Record<Comparison['series'][number]['method'], string> = {
  bootstrap: 'bootstrap (medians)',
  welch: 'welch',
};

function compareRows(comparison: Comparison): (string | number)[][] {
  return comparison.series.map((entry) => [
    seriesLabel(entry.series),
    `${number(entry.base.median ?? entry.base.value)} ${entry.series.unit}`,
    `${number(entry.head.median ?? entry.head.value)} ${entry.series.unit}`,
    percent(entry.changePercent),
    interval(entry.ci),
    entry.pValue === undefined ? '—' : number(entry.pValue),
    compareMethod[entry.method],
    mark(entry.verdict),
  ]);
}

function compareHeadline(comparison: Comparison): string {
  const side = (s: Comparison['base']) => `${s.runId} (${s.ref}${s.commit ? ` ${short(s.commit)}` : ''})`;
  const { regressions, improvements, unchanged, inconclusive } = comparison.summary;
  return `${comparison.head.suite}: head ${side(comparison.head)} against base ${side(comparison.base)}: ${regressions} regression(s), ${improvements} improvement(s), ${unchanged} unchanged, ${inconclusive} inconclusive (${Math.round(comparison.confidence * 100)} % intervals)`;
}

export function compareText(comparison: Comparison): string {
  const missing = [
    ...comparison.onlyInBase.map((s) => `only in base: ${seriesLabel(s)}`),
    ...comparison.onlyInHead.map((s) => `only in head: ${seriesLabel(s)}`),
  ];
  return `${compareHeadline(comparison)}\n${table(COMPARE_HEAD, compareRows(comparison))}${missing.map((line) => `${line}\n`).join('')}`;
}

export function compareMarkdown(comparison: Comparison): string {
  return `### Benchline comparison\n\n${compareHeadline(comparison)}\n\n${markdownTable(COMPARE_HEAD, compareRows(comparison))}`;
}

const CHANGE_HEAD = ['Change', 'Series', 'Kind', 'Before', 'After', 'Change %', 'Commits', 'Status', 'Detected'];

function changeRows(changes: Change[]): (string | number)[][] {
  return changes.map((change) => [
    change.id,
    `${change.series.suite} ${seriesLabel(change.series)}`,
    change.kind,
    `${number(change.before)} ${change.series.unit}`,
    `${number(change.after)} ${change.series.unit}`,
    percent(change.changePercent),
    `${short(change.commitBefore)}..${short(change.commitAfter)}`,
    change.status,
    change.detectedAt,
  ]);
}

export const changesTable = (changes: Change[]) => table(CHANGE_HEAD, changeRows(changes));
export const changesMarkdown = (changes: Change[]) => markdownTable(CHANGE_HEAD, changeRows(changes));
