import { html, render } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { forgetKey, onUnauthorized, storedKey, storeKey } from './api.ts';
import { ChangesPage } from './pages/changes.ts';
import { ComparePage } from './pages/compare.ts';
import { HistoryPage } from './pages/history.ts';
import { RunPage } from './pages/run.ts';
import { RunsPage } from './pages/runs.ts';
import { pageSettings } from './settings.ts';
import type { Settings } from './types.ts';

interface Route {
  path: string[];
  query: URLSearchParams;
}

function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, '') || '/runs';
  const [path = '', query = ''] = hash.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query) };
}

const settings = pageSettings();

function KeyForm(props: { settings: Settings; refused: boolean; onKey: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(
    props.refused ? 'The API refused the key this page had: enter a valid one.' : undefined,
  );
  const submit = async (event: Event) => {
    event.preventDefault();
    const key = value.trim();
    if (!key) return setError('Enter the API key.');
    const response = await fetch('/runs?limit=1', { headers: { authorization: `Bearer ${key}` } });
    if (response.status === 401) return setError('That key was refused: check it and try again.');
    storeKey(key);
    props.onKey();
  };
  return html`<section class="key-form" aria-labelledby="key-title" data-testid="key-form">
    <h1 id="key-title">An API key is needed</h1>
    <p>This Benchline shows its runs, results and changes only to holders of an API key${props.settings.public ? ' for actions (cancel, acknowledge, dismiss); reading is public here' : ''}.
      In local mode <code>npm start</code> printed the key when it created it, and keeps it in <code>.data/api-key</code> (<code>cat .data/api-key</code>);
      otherwise ask whoever runs Benchline for one (the config's <code>http.apiKeys</code>).
      Set <code>web.public: true</code> in the config to let anyone read without a key.</p>
    <p>The key is kept only for this browser tab's session (sessionStorage) and sent to this server alone.</p>
    <form onSubmit=${submit}>
      <label for="api-key">API key</label>
      <input id="api-key" type="password" autocomplete="off" value=${value} onInput=${(event: Event) => setValue((event.target as HTMLInputElement).value)} />
      <button type="submit">Use this key</button>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
  </section>`;
}

function App() {
  const [route, setRoute] = useState(currentRoute());
  const [hasKey, setHasKey] = useState(Boolean(storedKey()));
  const [refused, setRefused] = useState(false);
  const [askKey, setAskKey] = useState(false);

  useEffect(() => {
    const changed = () => setRoute(currentRoute());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  useEffect(
    () =>
      onUnauthorized(() => {
        if (storedKey()) setRefused(true);
        forgetKey();
        setHasKey(false);
        setAskKey(true);
      }),
    [],
  );

  if (!settings)
    return html`<main id="main"><h1>Benchline</h1><p class="error" role="alert">This page came without its settings: reload it.</p></main>`;
  const needKey = askKey || (!hasKey && !settings.public);
  const [page = 'runs', id] = route.path;
  const nav = [
    ['runs', 'Runs'],
    ['changes', 'Changes'],
    ['compare', 'Compare'],
  ] as const;
  const current = page === 'history' ? '' : page;
  return html`
    <header class="top">
      <a class="brand" href="#/runs">Benchline</a>
      <nav aria-label="Main">
        <ul>${nav.map(([name, label]) => html`<li><a href=${`#/${name}`} aria-current=${current === name ? 'page' : undefined}>${label}</a></li>`)}</ul>
      </nav>
      ${
        hasKey
          ? html`<button type="button" class="link" onClick=${() => {
              forgetKey();
              setHasKey(false);
              setRefused(false);
            }}>Forget the key</button>`
          : settings.public && !needKey
            ? html`<button type="button" class="link" onClick=${() => setAskKey(true)}>Enter a key</button>`
            : null
      }
    </header>
    <main id="main">
      ${
        needKey
          ? html`<${KeyForm} settings=${settings} refused=${refused} onKey=${() => {
              setHasKey(true);
              setAskKey(false);
              setRefused(false);
            }} />`
          : page === 'runs' && id
            ? html`<${RunPage} key=${id} runId=${id} settings=${settings} />`
            : page === 'runs'
              ? html`<${RunsPage} />`
              : page === 'history'
                ? html`<${HistoryPage} key=${route.query.toString()} query=${route.query} />`
                : page === 'changes'
                  ? html`<${ChangesPage} query=${route.query} />`
                  : page === 'compare'
                    ? html`<${ComparePage} key=${route.query.toString()} query=${route.query} />`
                    : html`<h1>Not found</h1><p>No page ${page}: see <a href="#/runs">the runs</a>.</p>`
      }
    </main>`;
}

render(html`<${App} />`, document.getElementById('app')!);
