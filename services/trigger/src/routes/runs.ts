import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getRun, listRuns, TriggerSource, validateRequest } from '@benchline/core';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { buildRequest } from '../requests.ts';
import { idempotentRunId, newRunId } from '../run-ids.ts';
import { Accepted, problemResponses, RunBody, RunQuery, RunState } from '../schemas.ts';

export const runRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs, submit }) => {
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
        summary: 'Recent runs, newest first',
        querystring: RunQuery,
        response: { 200: Type.Object({ runs: Type.Array(RunState) }), ...problemResponses(400) },
      },
    },
    async (request) => ({ runs: await listRuns(runs, request.query) }),
  );
};
