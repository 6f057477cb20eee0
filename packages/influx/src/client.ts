import { setImmediate } from 'node:timers/promises';
import { BenchlineError, countRetry } from '@benchline/core';
import type { Logger } from 'pino';
import { toLineProtocolBatches, type LineProtocolBatch, type Point } from './line-protocol.ts';
import { answerSeries, type QuerySeries } from './query-answer.ts';
import { defaultRetryOptions, RetryableError, retryWithBackoff, type RetryOptions } from './retry.ts';

/** The shape of `config.influx`, plus what only code supplies. */
export interface InfluxClientOptions {
  url: string;
  /** v1: `/write` (InfluxDB 1.x, and the v1-compat API of 2.x/3.x); v2: `/api/v2/write` (2.x/3.x). */
  apiVersion: 'v1' | 'v2';
  /** v1: database; v2: bucket. */
  database: string;
  org?: string;
  token?: string;
  username?: string;
  password?: string;
  batchSize: number;
  logger: Logger;
  retry?: Partial<RetryOptions>;
  /** One HTTP request; a timeout counts as retryable. */
  requestTimeoutMs?: number;
}

/** InfluxDB refused a request: with a client error no retry can fix, or (`retryable`) for the time being. */
export class InfluxRequestError extends BenchlineError {
  override name = 'InfluxRequestError';
  constructor(
    message: string,
    readonly status: number,
    retryable = false,
  ) {
    super('INFLUX_REJECTED', message, { retryable });
  }
}

/**
 * Errors InfluxDB 1.x reports inside an answer that say nothing of the query: it was shutting down
 * (a restart), or too busy (`query-timeout`, `max-concurrent-queries` limits). A later attempt may
 * succeed. Every other error in an answer is the query's own.
 */
const TRANSIENT_QUERY_ERROR =
  /^(query engine shutdown|query interrupted|query-timeout limit exceeded|max-concurrent-queries limit exceeded)/;

/** Where points go: an InfluxClient, or anything wrapping it. */
export interface PointWriter {
  write(points: Iterable<Point>): Promise<number>;
}

export type QueryParams = Readonly<Record<string, string | number>>;

/** Rows per chunk of a streamed query answer. */
const QUERY_CHUNK_ROWS = 5_000;

/**
 * Writes points and runs InfluxQL over InfluxDB's HTTP API with plain fetch, batching writes and
 * retrying outages. Queries use the v1 `/query` endpoint, which 1.x serves and 2.x/3.x serve for
 * compatibility (with a DBRP mapping on 2.x).
 */
export class InfluxClient implements PointWriter {
  readonly #options: InfluxClientOptions;
  readonly #retry: RetryOptions;
  readonly #base: URL;
  readonly #authorization: string | undefined;

  constructor(options: InfluxClientOptions) {
    this.#base = parseBaseUrl(options.url);
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1)
      throw new Error(`influx.batchSize must be a positive integer, got ${options.batchSize}`);
    if (options.database === '') throw new Error('influx.database must not be empty');
    if (options.apiVersion === 'v2' && (!options.org || !options.token))
      throw new Error('influx.apiVersion v2 needs influx.org and influx.token');
    if ((options.username === undefined) !== (options.password === undefined))
      throw new Error('influx.username and influx.password go together');
    this.#options = options;
    this.#retry = { ...defaultRetryOptions, ...options.retry };
    this.#authorization = options.token
      ? `Token ${options.token}`
      : options.username !== undefined
        ? `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`
        : undefined;
  }

  /**
   * Writes the points in batches of `batchSize`, in order, one request at a time; resolves with the
   * number written once InfluxDB has stored every batch. Each batch is serialized while the one before
   * it is in flight, so `points` may be a generator and is never held whole. A point that cannot be
   * serialized fails the write after the batches before it were stored: check the points first where
   * bad data must write nothing (see `writePublications`).
   */
  async write(points: Iterable<Point>, signal?: AbortSignal): Promise<number> {
    const url = this.#writeUrl();
    let written = 0;
    let inFlight: Promise<number> | undefined;
    try {
      for (const batch of toLineProtocolBatches(points, this.#options.batchSize)) {
        if (inFlight) written += await inFlight;
        inFlight = this.#sendBatch(url, batch, signal);
        // Handled when awaited; until then a failure must not count as an unhandled rejection.
        inFlight.catch(() => undefined);
        // Lets the request go out before the next batch's serialization occupies the event loop.
        await setImmediate();
      }
      if (inFlight) written += await inFlight;
    } finally {
      // A point that fails to serialize must not leave a request running behind the caller's back.
      await inFlight?.catch(() => undefined);
    }
    return written;
  }

  /** v1 only: `CREATE DATABASE` (a no-op if it exists). On 2.x/3.x the operator creates the bucket. */
  async ensureDatabase(signal?: AbortSignal): Promise<void> {
    if (this.#options.apiVersion !== 'v1')
      throw new Error('ensureDatabase needs the v1 API; with v2 create the bucket with `influx bucket create`');
    const url = this.#endpoint('query');
    const body = new URLSearchParams({ q: `CREATE DATABASE ${quoteIdentifier(this.#options.database)}` });
    const response = await this.#send(`CREATE DATABASE ${this.#options.database}`, url, body, signal);
    const result = (await response.json()) as { results?: { error?: string }[]; error?: string };
    const error = result.error ?? result.results?.[0]?.error;
    if (error)
      throw new InfluxRequestError(
        `InfluxDB at ${url.origin} refused CREATE DATABASE ${this.#options.database}: ${error}`,
        response.status,
      );
  }

  /**
   * Runs one read-only InfluxQL statement; the series of its (only) result, times in ms since the epoch
   * (exact in a JavaScript number, unlike ns). Values are never spliced into the text: use `params`.
   */
  async query(statement: string, params: QueryParams = {}, signal?: AbortSignal): Promise<QuerySeries[]> {
    const series: QuerySeries[] = [];
    for await (const one of this.querySeries(statement, params, signal)) series.push(one);
    return series;
  }

  /**
   * The same, one series at a time as InfluxDB streams them (`chunked=true`), so a result of any size
   * is never held whole: each line of the answer is a chunk, and a series cut across chunks (`partial`)
   * is put back together before it is yielded.
   */
  async *querySeries(
    statement: string,
    params: QueryParams = {},
    signal?: AbortSignal,
  ): AsyncGenerator<QuerySeries, void, undefined> {
    const url = this.#endpoint('query');
    const body = new URLSearchParams({
      db: this.#options.database,
      q: statement,
      epoch: 'ms',
      chunked: 'true',
      chunk_size: String(QUERY_CHUNK_ROWS),
      params: JSON.stringify(params),
    });
    const response = await this.#send('query', url, body, signal);
    yield* answerSeries(
      response,
      (error) =>
        new InfluxRequestError(
          `InfluxDB at ${url.origin} refused the query: ${error}`,
          response.status,
          TRANSIENT_QUERY_ERROR.test(error),
        ),
    );
  }

  async #sendBatch(url: URL, batch: LineProtocolBatch, signal: AbortSignal | undefined): Promise<number> {
    await this.#send(`write of ${batch.size} point(s)`, url, batch.body, signal);
    this.#options.logger.debug({ points: batch.size, endpoint: url.pathname }, 'wrote points to InfluxDB');
    return batch.size;
  }

  #writeUrl(): URL {
    const { apiVersion, database, org } = this.#options;
    const url = this.#endpoint(apiVersion === 'v1' ? 'write' : 'api/v2/write');
    if (apiVersion === 'v1') url.searchParams.set('db', database);
    else {
      url.searchParams.set('org', org!);
      url.searchParams.set('bucket', database);
    }
    url.searchParams.set('precision', 'ns');
    return url;
  }

  #endpoint(path: string): URL {
    const url = new URL(this.#base);
    url.pathname = `${url.pathname.replace(/\/$/, '')}/${path}`;
    return url;
  }

  async #send(
    what: string,
    url: URL,
    body: Buffer | URLSearchParams,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const where = `${url.origin}${url.pathname}`;
    return retryWithBackoff(
      `InfluxDB ${what} at ${where}`,
      async () => {
        let response: Response;
        // The timeout bounds the wait for the answer's head; a streamed query answer may take longer to read.
        const timeout = new AbortController();
        const timer = setTimeout(
          () => timeout.abort(new DOMException('request timed out', 'TimeoutError')),
          this.#options.requestTimeoutMs ?? 10_000,
        );
        try {
          response = await fetch(url, {
            method: 'POST',
            body,
            headers: {
              ...(body instanceof Buffer ? { 'content-type': 'text/plain; charset=utf-8' } : {}),
              ...(this.#authorization ? { authorization: this.#authorization } : {}),
            },
            signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
          });
        } catch (error) {
          if (signal?.aborted) throw error;
          throw new RetryableError(`cannot reach ${where}: ${describeFetchError(error)}`, undefined, { cause: error });
        } finally {
          clearTimeout(timer);
        }
        if (response.ok) return response;
        const message = await errorMessage(response);
        if (response.status === 429 || response.status >= 500) {
          throw new RetryableError(
            `HTTP ${response.status}: ${message}`,
            retryAfterMs(response.headers.get('retry-after')),
          );
        }
        throw new InfluxRequestError(
          `InfluxDB ${what} at ${where} was rejected with HTTP ${response.status}: ${message}`,
          response.status,
        );
      },
      this.#retry,
      {
        signal,
        onRetry: (error, attempt, delayMs) => {
          countRetry('influxdb');
          this.#options.logger.warn(
            { endpoint: where, attempt, delayMs: Math.round(delayMs), error: error.message },
            `InfluxDB ${what} failed; retrying`,
          );
        },
      },
    );
  }
}

function parseBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`influx.url ${JSON.stringify(text)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`influx.url must be http(s), got ${url.protocol}`);
  if (url.username || url.password)
    throw new Error('influx.url must not contain credentials; use influx.username/password or influx.token');
  url.search = '';
  url.hash = '';
  return url;
}

/** InfluxQL double-quoted identifier. */
function quoteIdentifier(name: string): string {
  return `"${name.replace(/[\\"]/g, '\\$&')}"`;
}

/** v1 answers `{"error": ...}`, v2 `{"code", "message"}`; proxies answer text. */
async function errorMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).trim();
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const message = body.error ?? body.message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: use the text itself
  }
  return text.slice(0, 500) || response.statusText || 'no message';
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  if (error.name === 'TimeoutError') return 'request timed out';
  return cause?.code ?? cause?.message ?? error.message;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
