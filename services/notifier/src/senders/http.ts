import { BenchlineError } from '@benchline/core';

/**
 * Whether an HTTP status is worth another attempt: timeouts, rate limits and server errors are;
 * any other 4xx says the request itself is wrong, so retrying cannot help.
 */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/**
 * The error for an answer that is not 2xx. The message names the destination and the status only:
 * never the URL (a Slack webhook's URL is its secret) nor the headers.
 */
export function statusError(destination: string, status: number, what = 'answered'): Error {
  const message = `destination "${destination}" ${what} HTTP ${status}`;
  return isRetryableStatus(status) ? new Error(message) : new BenchlineError('NOTIFICATION_REJECTED', message);
}

/** A network failure, described by its code (ECONNREFUSED, a timeout), never by the URL. */
export function networkError(destination: string, error: unknown): Error {
  const cause = (error as { cause?: { code?: string } }).cause;
  const name = (error as Error).name;
  const what = name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : (cause?.code ?? 'network error');
  return new Error(`destination "${destination}" unreachable: ${what}`);
}

export interface PostOptions {
  readonly destination: string;
  readonly url: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
  readonly timeoutMs: number;
}

/** POSTs a JSON body; resolves on 2xx, otherwise throws statusError/networkError (retryable or not). */
export async function postJson(options: PostOptions): Promise<void> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Benchline-Notifier', ...options.headers },
      body: options.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw networkError(options.destination, error);
  }
  // Drain the body so the connection is reused; its content is the receiver's business.
  await response.arrayBuffer().catch(() => undefined);
  if (response.status < 200 || response.status >= 300) throw statusError(options.destination, response.status);
}
