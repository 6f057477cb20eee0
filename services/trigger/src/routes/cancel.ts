import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import {
  decodeEvent,
  eventSubject,
  getRun,
  nowIso,
  proto,
  publishEvent,
  recordEvent,
  RUNS_STREAM,
  type EventOf,
  type StageName,
} from '@benchline/core';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { CancelBody, Cancelled, problemResponses } from '../schemas.ts';

/** A run in one of these has ended: there is nothing left to cancel. */
const ENDED: readonly StageName[] = ['published', 'analyzed', 'failed'];

/**
 * POST /runs/:id/cancel: records the fact `run.cancelled`. The stages act on it: a run not yet on
 * its minion is dropped when its turn comes; the executor kills a running run's benchmarks (within
 * a few seconds), cleans the minion and frees it; nothing is published for the run afterwards.
 */
export const cancelRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs, runIndex, nc }) => {
  const baseUrl = config.http.publicUrl ?? `http://${config.http.host}:${config.http.port}`;

  app.post(
    '/runs/:id/cancel',
    {
      schema: {
        summary:
          'Cancel a run: a queued one is dropped, a running one has its benchmarks killed and its minion cleaned and freed',
        params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }),
        body: CancelBody,
        response: { 202: Cancelled, ...problemResponses(400, 404, 409, 413, 415) },
      },
      // The body is optional: no body is `{}`.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      const { id: runId } = request.params;
      if (!nc) throw new HttpError('HTTP_UNAVAILABLE', "cancelling runs needs the trigger's NATS connection");
      const state = await getRun(runs, runId);
      if (!state) throw new HttpError('HTTP_NOT_FOUND', `no run ${runId}`);
      const statusUrl = `${baseUrl}/runs/${runId}`;
      if (state.status === 'cancelled')
        return reply.code(202).send({ runId, status: 'cancelled', previousStatus: 'cancelled', statusUrl });
      if (ENDED.includes(state.status))
        throw new HttpError(
          'HTTP_CONFLICT',
          `run ${runId} already ended (${state.status}); only a queued or running run can be cancelled`,
        );

      const stored = await (await jetstreamManager(nc)).streams.getMessage(RUNS_STREAM, {
        last_by_subj: eventSubject('requested', state.minion, runId),
      });
      if (!stored) throw new HttpError('HTTP_CONFLICT', `run ${runId} has no stored request to cancel`);
      const { request: runRequest } = decodeEvent('requested', stored.data).message;
      const { reason } = request.body;
      const message = proto.RunCancelled.create({
        request: runRequest,
        cancelledAt: nowIso(),
        cancelledBy: `api-key:${request.apiKeyId}`,
        ...(reason ? { reason } : {}),
      }) as EventOf<'cancelled'>['message'];
      const event: EventOf<'cancelled'> = { stage: 'cancelled', message };
      await publishEvent(jetstream(nc), event);
      await recordEvent({ runs, runIndex }, event);
      request.log.info({ runId, previousStatus: state.status }, 'run cancelled');
      return reply
        .code(202)
        .header('location', statusUrl)
        .send({ runId, status: 'cancelled', previousStatus: state.status, statusUrl });
    },
  );
};
