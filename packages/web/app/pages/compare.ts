import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api.ts';
import { formatNumber, formatPercent, seriesLabel, shortCommit } from '../format.ts';
import type { Comparison } from '../types.ts';

/** The change with its interval as a horizontal bar on a shared percent scale (0 marked). */
function IntervalBar(props: { change: number; ci?: [number, number]; scale: number; verdict: string }) {
  const width = 240;
  const at = (value: number) =>
    width / 2 + (Math.max(-props.scale, Math.min(props.scale, value)) / props.scale) * (width / 2 - 6);
  const label = `change ${formatPercent(props.change)}${props.ci ? `, interval ${formatPercent(props.ci[0])} to ${formatPercent(props.ci[1])}` : ', no interval'}`;
  return html`<svg class=${`bar verdict-${props.verdict}`} width=${width} height="20" viewBox=${`0 0 ${width} 20`} role="img" aria-label=${label}>
    <line x1=${width / 2} x2=${width / 2} y1="0" y2="20" class="zero" />
    ${props.ci && html`<rect x=${at(props.ci[0])} y="6" width=${Math.max(2, at(props.ci[1]) - at(props.ci[0]))} height="8" class="interval" />`}
    <circle cx=${at(props.change)} cy="10" r="4" class="centre" />
  </svg>`;
}

/** Two runs, or a suite at two commits, side by side: per series the change and its interval. */
export function ComparePage(props: { query: URLSearchParams }) {
  const [base, setBase] = useState(props.query.get('base') ?? '');
  const [head, setHead] = useState(props.query.get('head') ?? '');
  const [suite, setSuite] = useState(props.query.get('suite') ?? '');
  const [result, setResult] = useState<Comparison | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const wantedBase = props.query.get('base');
    const wantedHead = props.query.get('head');
    if (!wantedBase || !wantedHead) return;
    const controller = new AbortController();
    const query = new URLSearchParams({
      base: wantedBase,
      head: wantedHead,
      ...(props.query.get('suite') ? { suite: props.query.get('suite')! } : {}),
    });
    getJson<Comparison>(`/compare?${query}`, controller.signal).then(
      (answer) => {
        setResult(answer);
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
    return () => controller.abort();
  }, [props.query.toString()]);

  const submit = (event: Event) => {
    event.preventDefault();
    location.hash = `#/compare?${new URLSearchParams({ base: base.trim(), head: head.trim(), ...(suite.trim() ? { suite: suite.trim() } : {}) })}`;
  };
  const scale = Math.max(
    5,
    ...(result?.series ?? []).flatMap((one) => [Math.abs(one.changePercent), ...(one.ci ?? []).map(Math.abs)]),
  );
  return html`<h1>Compare</h1>
    <form class="filters" onSubmit=${submit} aria-label="What to compare">
      <div class="field"><label for="compare-base">Base (run id, or commit with a suite)</label><input id="compare-base" value=${base} onInput=${(event: Event) => setBase((event.target as HTMLInputElement).value)} /></div>
      <div class="field"><label for="compare-head">Head</label><input id="compare-head" value=${head} onInput=${(event: Event) => setHead((event.target as HTMLInputElement).value)} /></div>
      <div class="field"><label for="compare-suite">Suite (when comparing commits)</label><input id="compare-suite" value=${suite} onInput=${(event: Event) => setSuite((event.target as HTMLInputElement).value)} /></div>
      <button type="submit">Compare</button>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${
      result &&
      html`<p class="summary" data-testid="compare-summary">
      <a href=${`#/runs/${encodeURIComponent(result.base.runId)}`}>${result.base.runId}</a> (<code>${shortCommit(result.base.commit)}</code>) →
      <a href=${`#/runs/${encodeURIComponent(result.head.runId)}`}>${result.head.runId}</a> (<code>${shortCommit(result.head.commit)}</code>):
      ${result.summary.regressions} regressions, ${result.summary.improvements} improvements, ${result.summary.unchanged} unchanged, ${result.summary.inconclusive} inconclusive
      (${Math.round(result.confidence * 100)} % intervals, changes under ${result.minChangePercent} % count as unchanged)</p>
    <div class="table-wrap"><table class="compare" data-testid="compare-table">
      <caption class="visually-hidden">Per series: base, head, change and its interval</caption>
      <thead><tr><th scope="col">Series</th><th scope="col">Base</th><th scope="col">Head</th><th scope="col">Change</th><th scope="col">Interval (scale ±${scale.toFixed(0)} %)</th><th scope="col">Verdict</th></tr></thead>
      <tbody>${result.series.map(
        (one) => html`<tr>
        <td>${one.series.benchmark}: ${seriesLabel(one.series)}</td>
        <td class="num">${formatNumber(one.base.value)} ${one.series.unit}</td><td class="num">${formatNumber(one.head.value)} ${one.series.unit}</td>
        <td class="num">${formatPercent(one.changePercent)}</td>
        <td><${IntervalBar} change=${one.changePercent} ci=${one.ci} scale=${scale} verdict=${one.verdict} /></td>
        <td class=${`verdict verdict-${one.verdict}`}>${one.verdict}</td></tr>`,
      )}</tbody></table></div>
    ${(result.onlyInBase.length > 0 || result.onlyInHead.length > 0) && html`<p class="muted">Only in base: ${result.onlyInBase.map(seriesLabel).join(', ') || 'none'}; only in head: ${result.onlyInHead.map(seriesLabel).join(', ') || 'none'}.</p>`}`
    }`;
}
