import { html } from 'htm/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getJson } from '../api.ts';
import { changeIndex, drawHistoryChart, ENVIRONMENT_COLOR, PALETTE, type ChartSeries } from '../chart.ts';
import { environmentMarkers } from '../environments.ts';
import { formatNumber, formatPercent, formatTime, seriesLabel, shortCommit } from '../format.ts';
import type { History } from '../types.ts';

function UnitChart(props: { history: History; unit: string; series: ChartSeries[] }) {
  const box = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const environments = useMemo(
    () => environmentMarkers(props.history.environments, new Set(props.series.map((one) => one.key))),
    [props.history, props.series],
  );
  useEffect(() => {
    const target = box.current!;
    const chart = drawHistoryChart({
      target,
      readout: readout.current!,
      history: props.history,
      unit: props.unit,
      series: props.series,
      environments,
      width: Math.max(320, target.clientWidth),
    });
    const resize = new ResizeObserver(() => chart.setSize(Math.max(320, target.clientWidth)));
    resize.observe(target);
    performance.mark('benchline:chart-drawn');
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.history, props.unit, props.series, environments]);
  const changes = props.series.reduce((sum, one) => sum + one.changes.length, 0);
  const runs = props.history.runs;
  return html`<figure class="chart" data-unit=${props.unit}>
    <figcaption>${props.unit}: ${props.series.length} series, ${runs.length} runs, ${changes} change point${changes === 1 ? '' : 's'}, ${environments.length} environment change${environments.length === 1 ? '' : 's'}</figcaption>
    <div ref=${box} class="chart-box" role="img" aria-label=${`Chart of ${props.series.length} series in ${props.unit} over ${runs.length} runs in commit order; the change points and environment changes are listed below it`}></div>
    <p ref=${readout} class="readout muted">Hover the chart: commit, date, value and run; click opens the run.</p>
    ${
      environments.length > 0 &&
      html`<ul class="environment-changes" data-testid="environment-changes" aria-label=${`Environment changes in ${props.unit}`}>
      ${environments.map(
        (marker) =>
          html`<li data-index=${marker.index}><span class="environment-swatch" ref=${(element: HTMLElement | null) => {
            if (element) element.style.borderBottomColor = ENVIRONMENT_COLOR;
          }}></span> from commit <code>${shortCommit(runs[marker.index]?.commit)}</code> (run <a href=${`#/runs/${encodeURIComponent(runs[marker.index]?.runId ?? '')}`}>${runs[marker.index]?.runId}</a>): ${marker.text}</li>`,
      )}</ul>`
    }
  </figure>`;
}

/** The history of one benchmark's series: charts per unit, series to overlay, change points. */
export function HistoryPage(props: { query: URLSearchParams }) {
  const suite = props.query.get('suite') ?? '';
  const benchmark = props.query.get('benchmark') ?? '';
  const minion = props.query.get('minion') ?? '';
  const wanted = props.query.get('series');
  const [history, setHistory] = useState<History | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [selected, setSelected] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (!suite || !benchmark) return;
    const controller = new AbortController();
    const query = new URLSearchParams({ suite, benchmark, ...(minion ? { minion } : {}) });
    getJson<History>(`/series/history?${query}`, controller.signal).then(
      (answer) => {
        setHistory(answer);
        setSelected(
          new Set(
            wanted && answer.series.some((one) => one.key === wanted) ? [wanted] : answer.series.map((one) => one.key),
          ),
        );
      },
      (failure: Error) => setError(failure.message),
    );
    return () => controller.abort();
  }, [suite, benchmark, minion, wanted]);

  const colors = useMemo(
    () => new Map((history?.series ?? []).map((one, index) => [one.key, PALETTE[index % PALETTE.length]!])),
    [history],
  );
  const byUnit = useMemo(() => {
    const units = new Map<string, ChartSeries[]>();
    if (!history) return units;
    for (const one of history.series) {
      if (!selected.has(one.key)) continue;
      const values: (number | null)[] = new Array(history.runs.length).fill(null);
      const stddev: (number | null)[] = new Array(history.runs.length).fill(null);
      one.index.forEach((at, position) => {
        values[at] = one.value[position]!;
        stddev[at] = one.stddev[position] ?? null;
      });
      const label = `${seriesLabel(one.identity)}${history.minion ? '' : ` @${one.identity.minion}`}`;
      const list = units.get(one.identity.unit) ?? [];
      list.push({
        key: one.key,
        label,
        color: colors.get(one.key)!,
        values,
        stddev,
        changes: history.changes.filter((change) => change.seriesKey === one.key),
      });
      units.set(one.identity.unit, list);
    }
    return units;
  }, [history, selected, colors]);

  if (!suite || !benchmark) {
    return html`<h1>History</h1><p>Open a series' history from a run's results or a change point.</p>`;
  }
  const title = html`<h1>History of <code>${benchmark}</code> <span class="muted">(${suite}${minion ? ` on ${minion}` : ''})</span></h1>`;
  if (error) return html`${title}<p class="error" role="alert">${error}</p>`;
  if (!history) return html`${title}<p>Loading…</p>`;
  if (history.series.length === 0) return html`${title}<p>No points of this benchmark yet.</p>`;
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };
  const units = [...new Set(history.series.map((one) => one.identity.unit))];
  const shownChanges = history.changes.filter((change) => selected.has(change.seriesKey));
  return html`${title}
    <fieldset class="series-picker"><legend>Series (one chart per unit: units are never mixed on one axis)</legend>
      ${units.map(
        (unit) => html`<div class="unit-group"><span class="unit-name">${unit}</span>
        ${history.series
          .filter((one) => one.identity.unit === unit)
          .map(
            (one) => html`<label class="series-option">
          <input type="checkbox" checked=${selected.has(one.key)} onChange=${() => toggle(one.key)} />
          <span class="swatch" data-color=${colors.get(one.key)} ref=${(element: HTMLElement | null) => {
            if (element) element.style.background = colors.get(one.key)!;
          }}></span>
          ${seriesLabel(one.identity)} <span class="muted">(${one.value.length})</span></label>`,
          )}</div>`,
      )}
      <div class="picker-actions"><button type="button" onClick=${() => setSelected(new Set(history.series.map((one) => one.key)))}>All</button>
        <button type="button" onClick=${() => setSelected(new Set())}>None</button></div>
    </fieldset>
    <div data-testid="charts">${[...byUnit.entries()].map(([unit, series]) => html`<${UnitChart} key=${unit} history=${history} unit=${unit} series=${series} />`)}</div>
    <section aria-labelledby="cp-title"><h2 id="cp-title">Change points</h2>
      ${
        shownChanges.length === 0
          ? html`<p class="muted">None found in the shown series.</p>`
          : html`<table class="change-points" data-testid="change-points">
        <caption class="visually-hidden">Change points of the shown series</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Kind</th><th scope="col">Size</th><th scope="col">Levels</th><th scope="col">Commits</th><th scope="col">First run</th><th scope="col">Status</th></tr></thead>
        <tbody>${shownChanges.map(
          (
            change,
          ) => html`<tr data-change-id=${change.id} data-commit-after=${change.commitAfter} data-index=${changeIndex(history, change)}>
          <td>${seriesLabel(change.series)}</td><td class=${change.kind === 'regression' ? 'bad' : 'good'}>${change.kind}</td>
          <td class="num">${formatPercent(change.changePercent)}</td>
          <td class="num">${formatNumber(change.before)} → ${formatNumber(change.after)} ${change.series.unit}</td>
          <td><code>${shortCommit(change.commitBefore)}</code>..<code>${shortCommit(change.commitAfter)}</code></td>
          <td><a href=${`#/runs/${encodeURIComponent(change.runId)}`}>${change.runId}</a> <span class="muted">${formatTime(change.timeMs)}</span></td>
          <td>${change.status}</td></tr>`,
        )}</tbody></table>`
      }
    </section>`;
}
