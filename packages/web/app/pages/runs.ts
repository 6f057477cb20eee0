import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api.ts';
import { formatDuration, formatTime, runDuration, shortCommit } from '../format.ts';
import type { RunState } from '../types.ts';

const STATUSES = ['requested', 'provisioned', 'executed', 'published', 'failed', 'cancelled'];
const POLL_MS = 2000;

export function verdictSummary(run: RunState): string {
  if (run.status === 'failed') return `failed at ${run.error?.stage ?? '?'}`;
  if (!run.analysis) return run.status === 'published' ? 'awaiting analysis' : '—';
  const { regressions, improvements, verdicts } = run.analysis;
  const parts = [
    regressions ? `${regressions} regression${regressions === 1 ? '' : 's'}` : '',
    improvements ? `${improvements} improvement${improvements === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  const unchanged = verdicts.filter((verdict) => verdict.verdict === 'unchanged').length;
  if (unchanged > 0) return `${unchanged} unchanged`;
  const waiting = verdicts.filter((verdict) => verdict.verdict === 'insufficient-history').length;
  return waiting > 0
    ? `${waiting} with too little history`
    : verdicts.length > 0
      ? `${verdicts.length} skipped`
      : 'no series';
}

function Field(props: { id: string; label: string; value: string; onInput: (value: string) => void }) {
  return html`<div class="field"><label for=${props.id}>${props.label}</label>
    <input id=${props.id} type="search" value=${props.value} onInput=${(event: Event) => props.onInput((event.target as HTMLInputElement).value)} /></div>`;
}

/** Recent runs, newest first, refreshed every 2 s (the list's live view), with filters. */
export function RunsPage() {
  const [runs, setRuns] = useState<RunState[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [suite, setSuite] = useState('');
  const [status, setStatus] = useState('');
  const [ref, setRef] = useState('');
  const [tag, setTag] = useState('');
  const [updated, setUpdated] = useState<number | undefined>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const load = async () => {
      const query = new URLSearchParams({
        limit: '500',
        ...(status ? { status } : {}),
        ...(/^[A-Za-z0-9_-]{1,64}$/.test(suite) ? { suite } : {}),
      });
      try {
        const answer = await getJson<{ runs: RunState[] }>(`/runs?${query}`, controller.signal);
        if (stopped) return;
        setRuns(answer.runs);
        setError(undefined);
        setUpdated(Date.now());
      } catch (failure) {
        if (!stopped) setError((failure as Error).message);
      }
      if (!stopped) timer = setTimeout(load, document.hidden ? POLL_MS * 5 : POLL_MS);
    };
    void load();
    return () => {
      stopped = true;
      controller.abort();
      clearTimeout(timer);
    };
  }, [suite, status]);

  const shown = (runs ?? []).filter(
    (run) => (!ref || run.ref.includes(ref)) && (!tag || run.tags.some((one) => one.includes(tag))),
  );
  return html`<h1>Runs</h1>
    <form class="filters" role="search" aria-label="Filter runs" onSubmit=${(event: Event) => event.preventDefault()}>
      <${Field} id="filter-suite" label="Suite" value=${suite} onInput=${setSuite} />
      <div class="field"><label for="filter-status">Status</label>
        <select id="filter-status" value=${status} onChange=${(event: Event) => setStatus((event.target as HTMLSelectElement).value)}>
          <option value="">any</option>
          ${STATUSES.map((one) => html`<option value=${one}>${one}</option>`)}
        </select></div>
      <${Field} id="filter-ref" label="Ref" value=${ref} onInput=${setRef} />
      <${Field} id="filter-tag" label="Tag" value=${tag} onInput=${setTag} />
    </form>
    <p class="muted" aria-live="polite">${runs === undefined ? 'Loading…' : `${shown.length} of ${runs.length} runs`}${updated ? `, updated ${new Date(updated).toLocaleTimeString('en-GB')}` : ''}</p>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    <div class="table-wrap">
    <table class="runs" data-testid="runs-table">
      <caption class="visually-hidden">Recent runs, newest first</caption>
      <thead><tr><th scope="col">Run</th><th scope="col">Suite</th><th scope="col">Ref</th><th scope="col">Commit</th><th scope="col">Stage</th>
        <th scope="col">Requested</th><th scope="col">Duration</th><th scope="col">Verdict</th><th scope="col">Tags</th></tr></thead>
      <tbody>
        ${shown.map(
          (run) => html`<tr data-run-id=${run.runId}>
          <td><a href=${`#/runs/${encodeURIComponent(run.runId)}`}>${run.runId}</a></td>
          <td>${run.suite}</td>
          <td>${run.ref}</td>
          <td><code>${shortCommit(run.commit)}</code></td>
          <td><span class=${`status status-${run.status}`}>${run.status}</span></td>
          <td>${formatTime(run.stages.requested)}</td>
          <td>${formatDuration(runDuration(run.stages))}</td>
          <td class=${run.analysis?.regressions ? 'bad' : ''}>${verdictSummary(run)}</td>
          <td>${run.tags.join(', ')}</td>
        </tr>`,
        )}
      </tbody>
    </table>
    </div>`;
}
