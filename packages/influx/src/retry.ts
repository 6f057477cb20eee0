import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelayMs } from '@benchline/core';

export interface RetryOptions {
  /** Give up once this much time has passed since the first attempt. */
  maxElapsedMs: number;
  maxAttempts: number;
  /** Backoff before the 2nd attempt; doubles each time up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
}

/** About a minute: long enough to ride out an InfluxDB restart, short enough for a message handler's ack deadline. */
export const defaultRetryOptions: RetryOptions = {
  maxElapsedMs: 60_000,
  maxAttempts: 30,
  initialDelayMs: 250,
  maxDelayMs: 8_000,
};

/** Thrown by an attempt that may succeed if tried again (network error, 5xx, 429). */
export class RetryableError extends Error {
  override name = 'RetryableError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class RetriesExhaustedError extends Error {
  override name = 'RetriesExhaustedError';
}

export interface RetryHooks {
  onRetry?(error: RetryableError, attempt: number, delayMs: number): void;
  signal?: AbortSignal;
  random?: () => number;
}

/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out but still back off. */
export function jitteredBackoffDelayMs(
  attempt: number,
  options: RetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = backoffDelayMs(attempt, options);
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * Runs `attempt` until it succeeds, throws something other than RetryableError (passed through at once),
 * or the attempt/time budget is spent (RetriesExhaustedError naming `what` and the last failure).
 */
export async function retryWithBackoff<T>(
  what: string,
  attempt: (attempt: number) => Promise<T>,
  options: RetryOptions,
  hooks: RetryHooks = {},
): Promise<T> {
  const started = Date.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      const remainingMs = options.maxElapsedMs - (Date.now() - started);
      const delayMs = Math.min(
        error.retryAfterMs ?? jitteredBackoffDelayMs(n, options, hooks.random),
        options.maxDelayMs,
      );
      if (n >= options.maxAttempts || delayMs >= remainingMs) {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        throw new RetriesExhaustedError(
          `${what}: gave up after ${n} attempt(s) in ${seconds} s; last error: ${error.message}`,
          { cause: error },
        );
      }
      hooks.onRetry?.(error, n, delayMs);
      await sleep(delayMs, undefined, { signal: hooks.signal });
    }
  }
}
