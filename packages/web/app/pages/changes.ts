import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson, send, storedKey } from '../api.ts';
import { formatNumber, formatPercent, formatTime, historyHref, seriesLabel, shortCommit } from '../format.ts';
import type { Change } from '../types.ts';

const STATUSES = ['detected', 'confirmed', 'not-reproduced', 'acknowledged', 'dismissed', 'fixed'];

/** The change points, most recent first, with acknowledge / dismiss (PATCH /changes/:id, always with the key). */
export function ChangesPage(props: { query: URLSearchParams }) {
  const [changes, setChanges] = useState<Change[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState(props.query.get('status') ?? '');
  const [suite, setSuite] = useState(props.query.get('suite') ?? '');
  const [message, setMessage] = useState<string | undefined>();

  const load = async (signal?: AbortSignal) => {
    const query = new URLSearchParams({
      limit: '500',
      ...(status ? { status } : {}),
      ...(/^[A-Za-z0-9_-]{1,64}$/.test(suite) ? { suite } : {}),
    });
    try {
      setChanges((await getJson<{ changes: Change[] }>(`/changes?${query}`, signal)).changes);
      setError(undefined);
    } catch (failure) {
      if (!signal?.aborted) setError((failure as Error).message);
    }
  };
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [status, suite]);

  const triage = async (change: Change, next: 'acknowledged' | 'dismissed') => {
    if (!storedKey()) return setMessage('Triage needs the API key: use “Enter a key” above.');
    try {
      const updated = await send<Change>('PATCH', `/changes/${change.id}`, { status: next });
      setChanges((list) => list?.map((one) => (one.id === updated.id ? updated : one)));
      setMessage(`Change ${change.id} is now ${updated.status}.`);
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  };

  return html`<h1>Changes</h1>
    <form class="filters" role="search" aria-label="Filter changes" onSubmit=${(event: Event) => event.preventDefault()}>
      <div class="field"><label for="change-suite">Suite</label>
        <input id="change-suite" type="search" value=${suite} onInput=${(event: Event) => setSuite((event.target as HTMLInputElement).value)} /></div>
      <div class="field"><label for="change-status">Status</label>
        <select id="change-status" value=${status} onChange=${(event: Event) => setStatus((event.target as HTMLSelectElement).value)}>
          <option value="">any</option>${STATUSES.map((one) => html`<option value=${one}>${one}</option>`)}</select></div>
    </form>
    ${message && html`<p role="status" data-testid="triage-message">${message}</p>`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${
      changes === undefined
        ? html`<p>Loading…</p>`
        : changes.length === 0
          ? html`<p>No change points${status || suite ? ' match' : ' yet'}.</p>`
          : html`
    <div class="table-wrap"><table class="changes" data-testid="changes-table">
      <caption class="visually-hidden">Change points, most recently detected first</caption>
      <thead><tr><th scope="col">Detected</th><th scope="col">Series</th><th scope="col">Kind</th><th scope="col">Size</th><th scope="col">Levels</th>
        <th scope="col">Commit range</th><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
      <tbody>${changes.map(
        (change) => html`<tr data-change-id=${change.id}>
        <td>${formatTime(change.detectedAt)}</td>
        <td><a href=${historyHref(change.series, change.seriesKey)}>${change.series.suite} / ${change.series.benchmark}: ${seriesLabel(change.series)}</a> <span class="muted">on ${change.series.minion}</span></td>
        <td class=${change.kind === 'regression' ? 'bad' : 'good'}>${change.kind}</td>
        <td class="num">${formatPercent(change.changePercent)}</td>
        <td class="num">${formatNumber(change.before)} → ${formatNumber(change.after)} ${change.series.unit}</td>
        <td><code>${shortCommit(change.commitBefore)}</code>..<code>${shortCommit(change.commitAfter)}</code>
          — <a href=${`#/compare?suite=${encodeURIComponent(change.series.suite)}&base=${change.commitBefore}&head=${change.commitAfter}`}>compare</a></td>
        <td data-testid="change-status">${change.status}</td>
        <td class="actions">
          <button type="button" disabled=${change.status === 'acknowledged'} onClick=${() => triage(change, 'acknowledged')} aria-label=${`Acknowledge change ${change.id}`}>Acknowledge</button>
          <button type="button" disabled=${change.status === 'dismissed'} onClick=${() => triage(change, 'dismissed')} aria-label=${`Dismiss change ${change.id}`}>Dismiss</button>
        </td></tr>`,
      )}</tbody></table></div>`
    }`;
}
