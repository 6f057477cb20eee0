import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { followEvents, getJson, getText, send, storedKey } from '../api.ts';
import {
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
  historyHref,
  seriesLabel,
  shortCommit,
} from '../format.ts';
import type { Manifest, RunPoint, RunState, Settings } from '../types.ts';
import { verdictSummary } from './runs.ts';

const STAGE_ORDER = ['requested', 'provisioned', 'executed', 'published', 'analyzed', 'failed', 'cancelled'];
const ENDED = (run: RunState) => run.status === 'failed' || run.status === 'cancelled' || Boolean(run.stages.analyzed);
const CANCELLABLE = ['requested', 'provisioned', 'executed'];
const MAX_LIVE_LINES = 500;

interface LogLine {
  benchmark: string;
  stream: string;
  line: string;
}

function Timeline(props: { run: RunState }) {
  const stages = STAGE_ORDER.filter((stage) => props.run.stages[stage] !== undefined);
  let previous = Date.parse(props.run.stages.requested ?? '');
  return html`<ol class="timeline" data-testid="timeline">
    ${stages.map((stage) => {
      const at = Date.parse(props.run.stages[stage] ?? '');
      const took = stage === 'requested' ? undefined : at - previous;
      if (Number.isFinite(at)) previous = at;
      return html`<li class=${`stage stage-${stage}`}><strong>${stage}</strong> <span>${formatTime(props.run.stages[stage])}</span>
        ${took !== undefined && html` <span class="muted">(+${formatDuration(took)})</span>`}</li>`;
    })}
  </ol>`;
}

function fileLink(settings: Settings, cid: string, path: string, label?: string) {
  if (!settings.gatewayUrl) return html`<code>${path}</code>`;
  return html`<a href=${`${settings.gatewayUrl}/ipfs/${cid}/${path.split('/').map(encodeURIComponent).join('/')}`} data-ipfs-path=${path} rel="noopener noreferrer" target="_blank">${label ?? path}</a>`;
}

/** One run: stages, host, results with units, logs, archived files, verdicts; live until it ends. */
export function RunPage(props: { runId: string; settings: Settings }) {
  const { runId, settings } = props;
  const [run, setRun] = useState<RunState | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [points, setPoints] = useState<RunPoint[]>([]);
  const [manifest, setManifest] = useState<Manifest | undefined>();
  const [logs, setLogs] = useState<Record<string, string>>({});
  const [live, setLive] = useState<LogLine[]>([]);
  const [actionMessage, setActionMessage] = useState<string | undefined>();
  const path = `/runs/${encodeURIComponent(runId)}`;

  useEffect(() => {
    const controller = new AbortController();
    getJson<RunState>(path, controller.signal).then(
      (state) => {
        setRun(state);
        if (ENDED(state)) return;
        // Live: stage events and log lines until the run ends.
        followEvents(
          `${path}/events`,
          ({ event, data }) => {
            const payload = JSON.parse(data) as { state?: RunState } & LogLine;
            if (event === 'stage' && payload.state) setRun(payload.state);
            else if (event === 'log') setLive((lines) => [...lines.slice(-MAX_LIVE_LINES + 1), payload]);
            else if (event === 'end') void getJson<RunState>(path).then(setRun, () => undefined);
          },
          controller.signal,
        ).catch(() => undefined);
      },
      (failure: Error) => setError(failure.message),
    );
    return () => controller.abort();
  }, [runId]);

  const cid = run?.cid;
  const published = Boolean(run?.stages.published);
  useEffect(() => {
    if (!published) return;
    const controller = new AbortController();
    getJson<{ points: RunPoint[] }>(`${path}/points`, controller.signal).then(
      (answer) => setPoints(answer.points),
      () => undefined,
    );
    return () => controller.abort();
  }, [runId, published, Boolean(run?.stages.analyzed)]);
  useEffect(() => {
    if (!cid) return;
    const controller = new AbortController();
    (async () => {
      const found = JSON.parse(await getText(`${path}/bundle/manifest.json`, controller.signal)) as Manifest;
      setManifest(found);
      const paths = (found.benchmarks ?? [])
        .flatMap((benchmark) => [benchmark.stdout?.path, benchmark.stderr?.path])
        .filter((one): one is string => Boolean(one));
      const texts = await Promise.all(
        paths.map(
          async (file) =>
            [
              file,
              await getText(`${path}/bundle/${file}`, controller.signal).catch(() => '(could not be read)'),
            ] as const,
        ),
      );
      setLogs(Object.fromEntries(texts));
    })().catch(() => undefined);
    return () => controller.abort();
  }, [cid]);

  if (error) return html`<h1>Run ${runId}</h1><p class="error" role="alert">${error}</p>`;
  if (!run) return html`<h1>Run ${runId}</h1><p>Loading…</p>`;

  const cancel = async () => {
    if (!storedKey()) return setActionMessage('Cancelling needs the API key: use “Enter a key” above.');
    if (!confirm(`Cancel run ${runId}?`)) return;
    try {
      await send('POST', `${path}/cancel`, { reason: 'cancelled from the web view' });
      setRun(await getJson<RunState>(path));
      setActionMessage('Cancelled.');
    } catch (failure) {
      setActionMessage((failure as Error).message);
    }
  };
  const pointsOf = (benchmark: string) => points.filter((point) => point.series.benchmark === benchmark);
  const host = manifest?.provisioning?.host;
  const files = [
    ...(manifest?.provisioning?.ansibleLog ? [manifest.provisioning.ansibleLog.path] : []),
    ...(manifest?.benchmarks ?? []).flatMap((benchmark) => [
      benchmark.results?.path,
      benchmark.stdout?.path,
      benchmark.stderr?.path,
      ...(benchmark.extra ?? []).map((file) => file.path),
    ]),
  ].filter((file): file is string => Boolean(file));

  return html`<h1>Run <code>${run.runId}</code></h1>
    <p class="summary"><span class=${`status status-${run.status}`}>${run.status}</span>${' '}
      suite <strong>${run.suite}</strong>, ref <strong>${run.ref}</strong>, commit <code data-testid="run-commit">${shortCommit(run.commit)}</code>,
      minion ${run.minion}, ${run.source} (${run.requestedBy})${run.tags.length ? `, tags ${run.tags.join(', ')}` : ''} — ${verdictSummary(run)}</p>
    ${CANCELLABLE.includes(run.status) && html`<p><button type="button" class="danger" onClick=${cancel}>Cancel this run</button></p>`}
    ${actionMessage && html`<p role="status">${actionMessage}</p>`}
    ${
      run.error &&
      html`<section class="failure" aria-labelledby="failure-title"><h2 id="failure-title">Failed at ${run.error.stage}</h2>
      <p>${run.error.reason}${run.error.code ? html` <code>${run.error.code}</code>` : ''}</p>${run.error.detail && html`<pre>${run.error.detail}</pre>`}</section>`
    }
    ${run.cancellation && html`<p>Cancelled by ${run.cancellation.by}${run.cancellation.reason ? `: ${run.cancellation.reason}` : ''}.</p>`}

    <section aria-labelledby="stages-title"><h2 id="stages-title">Stages</h2><${Timeline} run=${run} />
      ${run.provisioningSkipped && html`<p class="muted">Provisioning was skipped: the minion was provably up to date.</p>`}</section>

    ${
      host &&
      html`<section aria-labelledby="host-title"><h2 id="host-title">Host</h2>
      <dl class="facts">${Object.entries(host)
        .filter(([, value]) => value !== '' && value !== 0)
        .map(([name, value]) => html`<dt>${name}</dt><dd>${String(value)}</dd>`)}</dl></section>`
    }

    <section aria-labelledby="results-title"><h2 id="results-title">Benchmarks</h2>
      ${(run.results ?? run.benchmarks.map((benchmark) => ({ benchmark, status: 'pending' }))).map(
        (result) => html`
        <article class="benchmark" data-benchmark=${result.benchmark}>
          <h3>${result.benchmark} <span class=${`status status-${result.status}`}>${result.status}</span></h3>
          ${'message' in result && result.message && html`<p>${result.message}</p>`}
          ${'error' in result && result.error && html`<p class="error">${result.error}</p>`}
          ${
            pointsOf(result.benchmark).length > 0 &&
            html`<table class="results" data-testid="results">
            <caption class="visually-hidden">Results of ${result.benchmark}</caption>
            <thead><tr><th scope="col">Series</th><th scope="col">Value</th><th scope="col">Unit</th><th scope="col">± stddev</th><th scope="col">Samples</th><th scope="col">History</th></tr></thead>
            <tbody>${pointsOf(result.benchmark).map(
              (point) => html`<tr>
              <td>${seriesLabel(point.series)}</td><td class="num">${formatNumber(point.value)}</td><td>${point.series.unit}</td>
              <td class="num">${formatNumber(point.stddev)}</td><td class="num">${point.samples ?? '—'}</td>
              <td><a href=${historyHref(point.series, point.key)}>history</a></td></tr>`,
            )}</tbody></table>`
          }
        </article>`,
      )}
    </section>

    ${
      run.analysis &&
      html`<section aria-labelledby="verdicts-title"><h2 id="verdicts-title">Verdicts</h2>
      <table class="verdicts" data-testid="verdicts"><caption class="visually-hidden">The analyzer's verdict of every series</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Verdict</th><th scope="col">Value</th><th scope="col">Baseline</th><th scope="col">Change</th><th scope="col">Interval</th><th scope="col">History</th></tr></thead>
        <tbody>${run.analysis.verdicts.map(
          (verdict) => html`<tr>
          <td>${verdict.series.benchmark}: ${seriesLabel(verdict.series)}</td>
          <td class=${`verdict verdict-${verdict.verdict}`}>${verdict.verdict}${verdict.pointsNeeded ? ` (${verdict.pointsNeeded} more points needed)` : ''}</td>
          <td class="num">${formatNumber(verdict.value)} ${verdict.series.unit}</td>
          <td class="num">${formatNumber(verdict.baseline)}</td>
          <td class="num">${formatPercent(verdict.changePercent)}</td>
          <td class="num">${verdict.ci ? `${formatPercent(verdict.ci[0])} … ${formatPercent(verdict.ci[1])}` : '—'}</td>
          <td><a href=${historyHref({ suite: run.suite, benchmark: verdict.series.benchmark, minion: run.minion })}>history</a></td></tr>`,
        )}</tbody></table></section>`
    }

    <section aria-labelledby="logs-title"><h2 id="logs-title">Logs</h2>
      ${live.length > 0 && !cid && html`<pre class="log" data-testid="live-log" tabindex="0" aria-label="Live output">${live.map((line) => `[${line.benchmark} ${line.stream}] ${line.line}`).join('\n')}</pre>`}
      ${Object.entries(logs).map(
        ([file, text]) => html`<details open class="log-file" data-log=${file}><summary>${file}</summary>
        <pre class="log" tabindex="0" aria-label=${`Contents of ${file}`}>${text || '(empty)'}</pre></details>`,
      )}
      ${!cid && live.length === 0 && html`<p class="muted">${ENDED(run) ? 'No archived logs.' : 'Output appears here while the benchmarks run.'}</p>`}
    </section>

    ${
      cid &&
      html`<section aria-labelledby="files-title"><h2 id="files-title">Archived files</h2>
      <p>Bundle <code data-testid="bundle-cid">${cid}</code>${settings.gatewayUrl ? html` — ${fileLink(settings, cid, 'manifest.json')}` : html` — no IPFS gateway configured (<code>web.gatewayUrl</code>)`}</p>
      <ul class="files" data-testid="files">${files.map((file) => html`<li>${fileLink(settings, cid, file)}</li>`)}</ul></section>`
    }`;
}
