import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { HttpError, sendProblem } from './problem.ts';
import type { FieldError } from './schemas.ts';

/** The invalid field an Ajv error names (`body.suite`, `querystring.limit`), with what is wrong with it. */
function fieldError(failure: FastifySchemaValidationError, part: string): FieldError {
  const { instancePath, keyword, params, message } = failure;
  const path = [part, ...instancePath.split('/').filter(Boolean)];
  if (keyword === 'required') return { field: [...path, params.missingProperty].join('.'), message: 'is required' };
  if (keyword === 'additionalProperties') {
    return { field: [...path, params.additionalProperty].join('.'), message: 'is not an accepted field' };
  }
  return { field: path.join('.'), message: message ?? 'is invalid' };
}

/**
 * Every error becomes a problem: an HttpError with its code, a failed schema validation a 400 naming
 * the fields, fastify's own 4xx (413 body too large, 415, …) with their status, anything else a 500
 * whose details go to the log only.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) return sendProblem(reply, error.status, error.message, error.errors);
  if (error.validation) {
    const errors = error.validation.map((failure) => fieldError(failure, error.validationContext ?? 'body'));
    return sendProblem(reply, 400, errors.map(({ field, message }) => `${field} ${message}`).join('; '), errors);
  }
  const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, status, 'internal error');
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(reply, status, `the body is larger than the limit of ${request.routeOptions.bodyLimit} bytes`);
  }
  return sendProblem(reply, status, error.message);
}
