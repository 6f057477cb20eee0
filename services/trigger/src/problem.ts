import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BenchlineError } from '@benchline/core';
import { HTTP_STATUS_OF_CODE, PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, type HttpErrorCode } from './problem-codes.ts';
import type { FieldError, Problem } from './schemas.ts';

export { PROBLEM_TYPE_BASE, type HttpErrorCode };

const CODE_OF_STATUS = new Map(
  Object.entries(HTTP_STATUS_OF_CODE).map(([code, status]) => [status, code as HttpErrorCode]),
);

/** The code of a status without one of its own: another 4xx (415, 406, …) is a bad request, another 5xx internal. */
function codeOfStatus(status: number): HttpErrorCode {
  return CODE_OF_STATUS.get(status) ?? (status >= 500 ? 'HTTP_INTERNAL' : 'HTTP_BAD_REQUEST');
}

/** An error a route or hook throws for the error handler to answer as a problem with its code's status. */
export class HttpError extends BenchlineError {
  override name = 'HttpError';
  declare readonly code: HttpErrorCode;

  constructor(
    code: HttpErrorCode,
    detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(code, detail);
  }

  get status(): number {
    return HTTP_STATUS_OF_CODE[this.code];
  }
}

/** The request's path, without the query. */
export const requestPath = (request: FastifyRequest): string => request.url.split('?', 1)[0] ?? '/';

/** Answers `status` as a problem; `detail` is one sentence for the user, `errors` the invalid fields of a 400. */
export function sendProblem(reply: FastifyReply, status: number, detail: string, errors: FieldError[] = []) {
  const code = codeOfStatus(status);
  const [first] = errors;
  const problem: Problem = {
    type: `${PROBLEM_TYPE_BASE}${code.toLowerCase()}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: requestPath(reply.request),
    ...(first ? { field: first.field, errors } : {}),
  };
  return reply.code(status).type(PROBLEM_MEDIA_TYPE).send(problem);
}
