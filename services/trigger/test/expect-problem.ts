import { STATUS_CODES } from 'node:http';
import { expect } from 'vitest';
import { PROBLEM_TYPE_BASE, type HttpErrorCode } from '../src/problem.ts';
import type { Problem } from '../src/schemas.ts';

/** Asserts `response` is an RFC 9457 problem with `status` and `code` for `instance`, and returns it. */
export async function expectProblem(
  response: Response,
  status: number,
  code: HttpErrorCode,
  instance: string,
): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as Problem;
  expect(problem).toMatchObject({
    type: `${PROBLEM_TYPE_BASE}${code.toLowerCase()}`,
    title: STATUS_CODES[status],
    status,
    code,
    instance,
    detail: expect.any(String),
  });
  return problem;
}
