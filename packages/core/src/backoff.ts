export interface BackoffOptions {
  /** The delay before the second attempt. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/** The delay after failed attempt `attempt` (1-based): initial, twice that, four times, … up to the maximum. */
export function backoffDelayMs(attempt: number, options: BackoffOptions): number {
  return Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (attempt - 1));
}

/** What every stage waits between attempts at one message: 1, 2, 4, 8 s, … at most 30 s. */
export const STAGE_BACKOFF: BackoffOptions = { initialDelayMs: 1_000, maxDelayMs: 30_000 };
