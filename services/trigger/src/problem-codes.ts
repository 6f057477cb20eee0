import type { ErrorCode } from '@benchline/core';

/** RFC 9457 problem details: the body of every HTTP error the trigger answers. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A problem's `type` is this plus its code in lower case; docs/errors.md says what each code means. */
export const PROBLEM_TYPE_BASE = 'https://benchline.dev/errors#';

export type HttpErrorCode = Extract<ErrorCode, `HTTP_${string}`>;

export const HTTP_STATUS_OF_CODE: Record<HttpErrorCode, number> = {
  HTTP_BAD_REQUEST: 400,
  HTTP_UNAUTHORIZED: 401,
  HTTP_NOT_FOUND: 404,
  HTTP_CONFLICT: 409,
  HTTP_PAYLOAD_TOO_LARGE: 413,
  HTTP_RATE_LIMITED: 429,
  HTTP_INTERNAL: 500,
  HTTP_UNAVAILABLE: 503,
};
