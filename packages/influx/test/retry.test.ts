import { describe, expect, it } from 'vitest';
import {
  jitteredBackoffDelayMs,
  RetriesExhaustedError,
  RetryableError,
  retryWithBackoff,
  type RetryOptions,
} from '../src/retry.ts';

const fast: RetryOptions = { maxElapsedMs: 5_000, maxAttempts: 5, initialDelayMs: 1, maxDelayMs: 4 };

describe('jitteredBackoffDelayMs', () => {
  const options: RetryOptions = { maxElapsedMs: 60_000, maxAttempts: 10, initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles per attempt, caps at maxDelayMs, and jitters within the upper half', () => {
    expect([1, 2, 3, 4, 5].map((n) => jitteredBackoffDelayMs(n, options, () => 1))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
    expect([1, 2, 3, 4, 5].map((n) => jitteredBackoffDelayMs(n, options, () => 0))).toEqual([50, 100, 200, 400, 500]);
  });
});

describe('retryWithBackoff', () => {
  it('retries retryable failures until the attempt succeeds', async () => {
    const retries: number[] = [];
    const result = await retryWithBackoff(
      'op',
      async (n) => {
        if (n < 3) throw new RetryableError(`fail ${n}`);
        return 'done';
      },
      fast,
      { onRetry: (_, attempt) => retries.push(attempt) },
    );
    expect(result).toBe('done');
    expect(retries).toEqual([1, 2]);
  });

  it('passes any other error through at once', async () => {
    let attempts = 0;
    await expect(
      retryWithBackoff(
        'op',
        async () => {
          attempts++;
          throw new Error('bad data');
        },
        fast,
      ),
    ).rejects.toThrow('bad data');
    expect(attempts).toBe(1);
  });

  it('gives up after maxAttempts with the last error in the message', async () => {
    let attempts = 0;
    const failure = retryWithBackoff(
      'write to X',
      async (n) => {
        attempts++;
        throw new RetryableError(`HTTP 503 #${n}`);
      },
      fast,
    );
    await expect(failure).rejects.toThrow(RetriesExhaustedError);
    await expect(failure).rejects.toThrow(/write to X: gave up after 5 attempt\(s\).*HTTP 503 #5/);
    expect(attempts).toBe(5);
  });

  it('gives up when the next delay would pass maxElapsedMs', async () => {
    const started = Date.now();
    await expect(
      retryWithBackoff(
        'op',
        async () => {
          throw new RetryableError('down');
        },
        { maxElapsedMs: 300, maxAttempts: 1_000, initialDelayMs: 50, maxDelayMs: 100 },
      ),
    ).rejects.toThrow(/gave up/);
    // Without the rule it would try 1,000 times, 100 ms apart.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits what a Retry-After asked for, capped at maxDelayMs', async () => {
    const delays: number[] = [];
    await retryWithBackoff(
      'op',
      async (n) => {
        if (n === 1) throw new RetryableError('429', 60_000);
        return n;
      },
      fast,
      { onRetry: (_, __, delayMs) => delays.push(delayMs) },
    );
    expect(delays).toEqual([4]);
  });
});
