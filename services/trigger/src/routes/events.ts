import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { Subscription } from '@nats-io/transport-node';
import {
  applyEvent,
  decodeEvent,
  getRun,
  parseEventSubject,
  runFilter,
  runLogSubject,
  RUNS_STREAM,
  type RunEvent,
  type RunState,
  type StageName,
} from '@benchline/core';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

/** A run's stream of events ends with one of these (analyzed: the verdict of a published run). */
export const FINAL_STAGES: readonly StageName[] = ['analyzed', 'failed', 'cancelled'];
const KEEP_ALIVE_MS = 15_000;

const DESCRIPTION = `Server-Sent Events (\`text/event-stream\`) of one run, from its request to its end:

- \`event: stage\` for every stored event of the run (requested, provisioned, executed, published, analyzed, failed, cancelled),
  in order, with \`id\` = the event's sequence in the RUNS stream and \`data\` = \`{"stage", "runId", "seq", "state"}\`, where
  \`state\` is the run's state (as \`GET /runs/:id\` shows it) after that event — the \`analyzed\` event's state carries the verdicts;
- \`event: log\` for each output line of the run's benchmarks while they run (live only, never replayed, no \`id\`):
  \`{"benchmark", "stream": "stdout"|"stderr", "line"}\`;
- \`event: end\` with \`{"status"}\` once the run reached \`analyzed\`, \`failed\` or \`cancelled\`; the server then closes the stream.

A client that reconnects with \`Last-Event-ID: <seq>\` (what EventSource does by itself) gets only the stage events after it.
Comments (\`: keep-alive\`) are sent every 15 s.`;

/**
 * One event of the stream: before OpenAPI 3.2 (`itemSchema`), an event stream's `schema` describes
 * each event, as clients such as schemathesis read it, not the stream as one string.
 */
const StreamEvent = Type.Object({
  event: Type.Optional(Type.Union([Type.Literal('stage'), Type.Literal('log'), Type.Literal('end')])),
  id: Type.Optional(
    Type.String({ pattern: '^[0-9]+$', description: 'stage events: their sequence in the RUNS stream' }),
  ),
  data: Type.Optional(Type.String({ description: 'JSON, as described above' })),
  retry: Type.Optional(Type.Integer({ description: 'the reconnection delay in ms, sent first' })),
});

/** GET /runs/:id/events: the run's stages, live log lines and verdict as Server-Sent Events. */
export const eventRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { runs, nc }) => {
  app.get(
    '/runs/:id/events',
    {
      schema: {
        summary: "Follow a run live: its stages, its benchmarks' log lines and its verdict (Server-Sent Events)",
        description: DESCRIPTION,
        params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }),
        headers: Type.Object({
          'last-event-id': Type.Optional(
            Type.String({ pattern: '^[0-9]{1,16}$', description: 'resume after this stage event' }),
          ),
        }),
        response: {
          200: { description: 'The event stream', content: { 'text/event-stream': { schema: StreamEvent } } },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { id: runId } = request.params;
      if (!nc) throw new HttpError('HTTP_UNAVAILABLE', "following runs needs the trigger's NATS connection");
      if (!(await getRun(runs, runId))) throw new HttpError('HTTP_NOT_FOUND', `no run ${runId}`);
      const after = Number(request.headers['last-event-id'] ?? 0);

      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write('retry: 2000\n\n');
      const send = (event: string, data: unknown, id?: number) =>
        out.write(`event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`);

      let lines: Subscription | undefined;
      let closeMessages: (() => void) | undefined;
      let ended = false;
      const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      const end = () => {
        if (ended) return;
        ended = true;
        clearInterval(keepAlive);
        lines?.unsubscribe();
        closeMessages?.();
        out.end();
      };
      request.raw.on('close', end);
      out.on('close', end);

      try {
        // Live lines first, so none is lost between the stored events and the subscription.
        lines = nc.subscribe(runLogSubject(runId), {
          callback: (error, msg) => {
            if (error || ended) return;
            try {
              send('log', msg.json());
            } catch {
              // Not JSON: not a line the executor sent.
            }
          },
        });
        // Every stored event of the run from the start (an ordered consumer), folded into the state;
        // those at or before Last-Event-ID are folded but not sent again.
        const consumer = await jetstream(nc).consumers.get(RUNS_STREAM, {
          filter_subjects: runFilter(runId),
          deliver_policy: DeliverPolicy.All,
        });
        const messages = await consumer.consume();
        closeMessages = () => void messages.close();
        if (ended) return end();
        let state: RunState | undefined;
        for await (const msg of messages) {
          const address = parseEventSubject(msg.subject);
          if (!address) continue;
          let event: RunEvent;
          try {
            event = decodeEvent(address.stage, msg.data);
          } catch {
            continue; // The recorder dead-letters it; it is no stage of the run.
          }
          const folded = applyEvent(state, event);
          state = folded;
          if (msg.seq > after) send('stage', { stage: event.stage, runId, seq: msg.seq, state }, msg.seq);
          if (FINAL_STAGES.includes(event.stage)) {
            send('end', { status: folded.status });
            break;
          }
        }
      } catch (error) {
        if (!ended) request.log.warn({ err: error, runId }, 'following the run failed');
      } finally {
        end();
      }
    },
  );
};
