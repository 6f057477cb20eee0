import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { nowIso, type ChangeRecord } from '@benchline/core';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { Change, ChangeQuery, ChangeTriage, problemResponses } from '../schemas.ts';

const ChangeId = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{16}$' }) });

/** The analyzer's change points: listed, read, and triaged by people (acknowledged, dismissed, fixed). */
export const changeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { changes, announceChange, bisection }) => {
  app.get(
    '/changes',
    {
      schema: {
        summary: 'Change points, most recently detected first',
        querystring: ChangeQuery,
        response: { 200: Type.Object({ changes: Type.Array(Change) }), ...problemResponses(400) },
      },
    },
    async (request) => ({ changes: await changes.list(request.query) }),
  );

  app.get(
    '/changes/:id',
    {
      schema: {
        summary: 'One change point with its history',
        params: ChangeId,
        response: { 200: Change, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const record = await changes.get(request.params.id);
      if (!record) throw new HttpError('HTTP_NOT_FOUND', `no change ${request.params.id}`);
      const investigation = await bisection?.(record.id);
      return investigation ? { ...record, bisection: investigation } : record;
    },
  );

  app.patch(
    '/changes/:id',
    {
      schema: {
        summary: 'Triage a change point: acknowledged (stays visible), dismissed (never reported again), fixed',
        params: ChangeId,
        body: ChangeTriage,
        response: { 200: Change, ...problemResponses(400, 404, 413, 415) },
      },
    },
    async (request) => {
      const found = await changes.get(request.params.id);
      if (!found) throw new HttpError('HTTP_NOT_FOUND', `no change ${request.params.id}`);
      const { status, note } = request.body;
      const at = nowIso();
      const event = { status, at, by: `api-key:${request.apiKeyId}`, ...(note === undefined ? {} : { note }) };
      const { after } = await changes.update(
        found,
        (current): ChangeRecord | undefined =>
          current && { ...current, status, updatedAt: at, history: [...current.history, event] },
      );
      if (!after) throw new HttpError('HTTP_NOT_FOUND', `no change ${request.params.id}`);
      await announceChange(after);
      return after;
    },
  );
};
