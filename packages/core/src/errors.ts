/**
 * Every machine-readable failure code Benchline reports: in `run.failed` (field `code`), in HTTP
 * problem responses (member `code`) and in logs. One line each here; docs/errors.md says what the
 * user does about each, and a test keeps the two in step.
 */
export const ERROR_CODES = {
  REQUEST_INVALID: 'the run request is malformed or names an unknown suite, minion, benchmark or parameter',
  CONFIG_MISSING: 'the run names a minion or suite that is no longer configured',
  LEASE_TAKEN: "another run took the minion after this run's lease expired",
  LEASE_LOST: 'the minion lease expired while a stage worked on the run',
  MINION_UNREACHABLE: 'the minion cannot be reached over SSH',
  MINION_AUTH_REFUSED: 'the minion refused the SSH key',
  MINION_HOST_KEY_MISMATCH: 'the minion presented a host key other than the pinned one',
  MINION_PRIVATE_KEY_UNPROTECTED: 'the SSH private key is unreadable or readable by others',
  REF_INVALID: "the requested ref is not a branch, tag or commit of the suite's repository",
  PROVISION_TASK_FAILED: 'a provisioning task failed on the minion',
  PROVISION_TIMEOUT: 'provisioning took longer than provisioner.timeoutSeconds',
  INFLUX_REJECTED: 'InfluxDB refused the points with a client error (4xx)',
  POINTS_INVALID: 'a result could not be written as an InfluxDB point',
  RETRIES_EXHAUSTED: 'a stage kept failing with an error that retries might have fixed',
  NOTIFICATION_REJECTED: 'a notification destination refused a delivery with a client error (4xx)',
  HTTP_BAD_REQUEST: 'the HTTP request is invalid',
  HTTP_UNAUTHORIZED: 'the HTTP request has no valid API key',
  HTTP_NOT_FOUND: 'the HTTP resource does not exist',
  HTTP_CONFLICT: "the HTTP request conflicts with the resource's state",
  HTTP_PAYLOAD_TOO_LARGE: 'the HTTP request body is larger than allowed',
  HTTP_RATE_LIMITED: 'too many HTTP requests with this API key',
  HTTP_UNAVAILABLE: 'a dependency of the HTTP API is unavailable',
  HTTP_INTERNAL: 'the HTTP API failed unexpectedly',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface BenchlineErrorOptions extends ErrorOptions {
  /** Whether a later attempt may succeed. Decided where the error is thrown; default false. */
  readonly retryable?: boolean;
  /** The tail of a tool's output that shows the cause, for `run.failed`'s `detail`. */
  readonly detail?: string;
}

/**
 * An error with a stable `code` and a `retryable` flag decided where it is thrown (as BullMQ's
 * UnrecoverableError): the stage kit gives up at once on a non-retryable one and retries the rest.
 */
export class BenchlineError extends Error {
  override name = 'BenchlineError';
  readonly retryable: boolean;
  readonly detail: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: BenchlineErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable ?? false;
    this.detail = options.detail;
  }
}

/** Retry unless the error says no retry can fix it; errors without a code may be transient. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof BenchlineError) || error.retryable;
}

/** The code a failure is reported with: its own, or RETRIES_EXHAUSTED for an uncoded (transient-looking) one. */
export function errorCode(error: unknown): ErrorCode {
  return error instanceof BenchlineError ? error.code : 'RETRIES_EXHAUSTED';
}
