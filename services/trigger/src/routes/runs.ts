import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getRun, pageRuns, TriggerSource, validateRequest } from '@benchline/core';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { buildRequest } from '../requests.ts';
import { idempotentRunId, newRunId } from '../run-ids.ts';
import { Accepted, problemResponses, RunBody, RunList, RunQuery, RunState } from '../schemas.ts';

export const runRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs, runIndex, submit }) => {
  const baseUrl = config.http.publicUrl ?? `http://${config.http.host}:${config.http.port}`;
  const statusUrl = (runId: string) => `${baseUrl}/runs/${runId}`;

  app.post(
    '/runs',
    {
      schema: {
        summary: 'Request a benchmark run',
        body: RunBody,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) }),
        response: { 202: Accepted, ...problemResponses(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const idempotencyKey = request.headers['idempotency-key'];
      const runId = idempotencyKey ? idempotentRunId(request.apiKeyId, idempotencyKey) : newRunId();
      const runRequest = buildRequest(config, {
        ...request.body,
        runId,
        source: TriggerSource.TRIGGER_SOURCE_HTTP,
        requestedBy: `api-key:${request.apiKeyId}`,
      });
      const problems = validateRequest(config, runRequest);
      if (problems.length > 0) {
        const errors = problems.map((message) => ({ field: 'body', message }));
        throw new HttpError('HTTP_BAD_REQUEST', problems.join('; '), errors);
      }
      const { duplicate } = await submit(runRequest);
      return reply
        .code(202)
        .header('location', statusUrl(runId))
        .send({ runId, status: 'requested', statusUrl: statusUrl(runId), duplicate });
    },
  );

  app.get(
    '/runs/:id',
    {
      schema: {
        summary: 'A run’s current state, stage timestamps and error',
        params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }),
        response: { 200: RunState, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const state = await getRun(runs, request.params.id);
      if (!state) throw new HttpError('HTTP_NOT_FOUND', `no run ${request.params.id}`);
      return state;
    },
  );

  app.get(
    '/runs',
    {
      schema: {
        summary: 'Recent runs, newest first, a page at a time (follow nextCursor)',
        querystring: RunQuery,
        response: { 200: RunList, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { cursor, ...filter } = request.query;
      const page = await pageRuns({ runs, runIndex }, { ...filter, before: cursor ? positionOf(cursor) : undefined });
      if (page.next === undefined) return { runs: page.runs };
      const nextCursor = cursorOf(page.next);
      const query = new URLSearchParams({ ...filter, limit: String(filter.limit), cursor: nextCursor });
      return reply.header('link', `<${baseUrl}/runs?${query}>; rel="next"`).send({ runs: page.runs, nextCursor });
    },
  );
};

/** Opaque to clients: an index position (run-pages.ts), base64url-encoded. */
const cursorOf = (position: number) => Buffer.from(String(position)).toString('base64url');

function positionOf(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (/^[1-9][0-9]{0,15}$/.test(decoded)) return Number(decoded);
  throw new HttpError('HTTP_BAD_REQUEST', 'cursor is not one a previous page of GET /runs gave', [
    { field: 'querystring.cursor', message: 'is not a cursor from a previous page' },
  ]);
}
