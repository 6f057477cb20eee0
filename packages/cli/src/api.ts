import type { ChangeRecord as Change, RunState } from '@benchline/core';

/**
 * The trigger's HTTP API as the CLI uses it: JSON requests with the API key, RFC 9457 problems
 * turned into one sentence, and Server-Sent Events of a run (resumed with Last-Event-ID).
 */

/** Exit codes: 0 ok, 1 the gate failed (a failed or cancelled run, a regression), 2 usage, 3 the service could not answer. */
export const EXIT = { ok: 0, gate: 1, usage: 2, service: 3 } as const;

/** An error the CLI reports as one sentence on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.service,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  url: string;
  apiKey: string;
  fetch?: typeof fetch;
}

interface Problem {
  detail?: string;
  code?: string;
  status?: number;
}

/** What the API answers for runs and changes: the same types the services store. */
export type { Change, RunState };

export interface Accepted {
  runId: string;
  status: string;
  statusUrl: string;
  duplicate: boolean;
}

export interface SeriesName {
  benchmark: string;
  case: string;
  metric: string;
  unit: string;
  params: Record<string, string>;
}

/** A side of a compared series: the point's figures, and with method bootstrap the median of its samples. */
interface ComparedCentre {
  value: number;
  stddev?: number;
  samples?: number;
  median?: number;
}

export interface Comparison {
  base: { runId: string; suite: string; ref: string; minion: string; status: string; commit?: string };
  head: { runId: string; suite: string; ref: string; minion: string; status: string; commit?: string };
  confidence: number;
  minChangePercent: number;
  method: 'welch' | 'bootstrap' | 'mixed';
  summary: { regressions: number; improvements: number; unchanged: number; inconclusive: number };
  series: {
    series: SeriesName;
    direction: string;
    base: ComparedCentre;
    head: ComparedCentre;
    /** bootstrap: by both points' samples (ratio of medians, Mann–Whitney U); welch: by value, stddev and samples. */
    method: 'welch' | 'bootstrap';
    changePercent: number;
    ci?: [number, number];
    pValue?: number;
    degreesOfFreedom?: number;
    rankTest?: 'exact' | 'normal';
    verdict: string;
  }[];
  onlyInBase: SeriesName[];
  onlyInHead: SeriesName[];
}

export type RunEventMessage =
  | { event: 'stage'; id?: string; data: { stage: string; runId: string; seq: number; state: RunState } }
  | { event: 'log'; data: { benchmark: string; stream: string; line: string } }
  | { event: 'end'; data: { status: string } };

export class BenchlineApi {
  readonly #url: string;
  readonly #apiKey: string;
  readonly #fetch: typeof fetch;

  constructor(options: ApiOptions) {
    this.#url = options.url.replace(/\/+$/, '');
    this.#apiKey = options.apiKey;
    this.#fetch = options.fetch ?? fetch;
  }

  get url(): string {
    return this.#url;
  }

  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.#send(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await problemError(response, `${method} ${path}`);
    return (await response.json()) as T;
  }

  requestRun(body: Record<string, unknown>, idempotencyKey?: string): Promise<Accepted> {
    return this.request('POST', '/runs', body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  getRun(runId: string): Promise<RunState> {
    return this.request('GET', `/runs/${encodeURIComponent(runId)}`);
  }

  /** Newest first: follows `nextCursor` until `limit` runs (default 50) or the last page. */
  async listRuns(query: { suite?: string; status?: string; limit?: number }): Promise<RunState[]> {
    const wanted = query.limit ?? DEFAULT_RUNS;
    const runs: RunState[] = [];
    let cursor: string | undefined;
    do {
      const limit = Math.min(wanted - runs.length, MAX_RUNS_PAGE);
      const page = await this.request<{ runs: RunState[]; nextCursor?: string }>(
        'GET',
        `/runs${queryString({ ...query, limit, cursor })}`,
      );
      runs.push(...page.runs);
      cursor = page.nextCursor;
    } while (cursor && runs.length < wanted);
    return runs;
  }

  compare(query: { base: string; head: string; suite?: string; confidence?: number }): Promise<Comparison> {
    return this.request('GET', `/compare${queryString(query)}`);
  }

  async listChanges(query: { suite?: string; status?: string; limit?: number }): Promise<Change[]> {
    return (await this.request<{ changes: Change[] }>('GET', `/changes${queryString(query)}`)).changes;
  }

  triage(id: string, status: 'acknowledged' | 'dismissed', note?: string): Promise<Change> {
    return this.request('PATCH', `/changes/${encodeURIComponent(id)}`, {
      status,
      ...(note === undefined ? {} : { note }),
    });
  }

  cancel(runId: string, reason?: string): Promise<{ runId: string; status: string; previousStatus: string }> {
    return this.request('POST', `/runs/${encodeURIComponent(runId)}/cancel`, reason === undefined ? {} : { reason });
  }

  /**
   * The run's events until `end`; reconnects with Last-Event-ID after a dropped connection (up to
   * `maxReconnects` times in a row), so no stage is missed or repeated.
   */
  async *events(
    runId: string,
    options: { signal?: AbortSignal; maxReconnects?: number } = {},
  ): AsyncGenerator<RunEventMessage> {
    let lastEventId: string | undefined;
    let failures = 0;
    const maxReconnects = options.maxReconnects ?? 5;
    for (;;) {
      let response: Response;
      try {
        response = await this.#send(`/runs/${encodeURIComponent(runId)}/events`, {
          headers: { accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        if (options.signal?.aborted || ++failures > maxReconnects) throw error;
        await sleep(Math.min(1000 * 2 ** (failures - 1), 8000));
        continue;
      }
      if (!response.ok) throw await problemError(response, `GET /runs/${runId}/events`);
      try {
        for await (const message of parseEventStream(response.body!)) {
          failures = 0;
          if ('id' in message && message.id) lastEventId = message.id;
          yield message;
          if (message.event === 'end') return;
        }
      } catch (error) {
        if (options.signal?.aborted) throw error;
      }
      // The stream ended before `end`: the connection dropped.
      if (options.signal?.aborted || ++failures > maxReconnects) {
        throw new CliError(`lost the event stream of run ${runId} ${maxReconnects + 1} times in a row`);
      }
      await sleep(Math.min(1000 * 2 ** (failures - 1), 8000));
    }
  }

  async #send(path: string, init: RequestInit): Promise<Response> {
    const headers = { ...(init.headers as Record<string, string>), authorization: `Bearer ${this.#apiKey}` };
    try {
      return await this.#fetch(`${this.#url}${path}`, { ...init, headers });
    } catch (error) {
      if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(
        `cannot reach Benchline at ${this.#url} (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      );
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const DEFAULT_RUNS = 50;
/** GET /runs answers at most this many runs a page. */
const MAX_RUNS_PAGE = 500;

function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function problemError(response: Response, what: string): Promise<CliError> {
  let problem: Problem = {};
  try {
    problem = (await response.json()) as Problem;
  } catch {
    // Not a problem document (a proxy's error page, say).
  }
  const detail = problem.detail ?? response.statusText;
  const hint = response.status === 401 ? ' (check BENCHLINE_API_KEY)' : '';
  const exitCode =
    response.status === 400 || response.status === 404 || response.status === 409 ? EXIT.usage : EXIT.service;
  return new CliError(`${what} failed with ${response.status}: ${sentence(detail)}${hint}`, exitCode);
}

const sentence = (text: string) => text.replace(/\.\s*$/, '');

/** Server-Sent Events from a response body: `event`, `id` and `data` (JSON) of each message; comments skipped. */
export async function* parseEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<RunEventMessage> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true }).replaceAll('\r\n', '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'id') id = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length === 0) continue;
      yield { event, ...(id === undefined ? {} : { id }), data: JSON.parse(data.join('\n')) } as RunEventMessage;
    }
  }
}
