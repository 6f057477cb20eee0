import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DEAD_LETTER_STREAM, deadLetterSubject, notifySubject } from '@benchline/core';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

/** Where the notifier dead-letters a delivery that kept failing (services/notifier, docs/notifications.md). */
const DEAD_LETTERS = deadLetterSubject(notifySubject('*'));

const DeadLetter = Type.Object({
  sequence: Type.Integer({ description: 'in the DEADLETTER stream' }),
  subject: Type.String({ description: 'deadletter.notify.<destination>' }),
  deadAt: Type.String({ description: 'when the delivery was given up, RFC 3339' }),
  destination: Type.String(),
  deliveryId: Type.String({ description: '<event id>:<destination>: the id every attempt carried' }),
  event: Type.String({ description: 'run.analyzed, run.failed, change.detected, change.updated' }),
  eventId: Type.String(),
  suite: Type.String(),
  runId: Type.Optional(Type.String()),
  changeId: Type.Optional(Type.String()),
  code: Type.String({ description: 'NOTIFICATION_REJECTED or RETRIES_EXHAUSTED (docs/errors.md)' }),
  reason: Type.String(),
  attempts: Type.Integer(),
});
type DeadLetter = Static<typeof DeadLetter>;

const Query = Type.Object({
  destination: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$', description: 'only this destination' }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});

const decoder = new TextDecoder();

function deadLetterOf(msg: JsMsg): DeadLetter {
  let delivery: {
    deliveryId?: string;
    destination?: string;
    notification?: {
      event?: string;
      eventId?: string;
      suite?: string;
      run?: { id?: string };
      change?: { id?: string };
    };
  } = {};
  try {
    delivery = JSON.parse(decoder.decode(msg.data)) as typeof delivery;
  } catch {
    // Reported with what the headers say.
  }
  const header = (name: string) => msg.headers?.get(name) ?? '';
  const notification = delivery.notification ?? {};
  return {
    sequence: msg.seq,
    subject: msg.subject,
    deadAt: new Date(msg.info.timestampNanos / 1_000_000).toISOString(),
    destination: delivery.destination ?? (header('Benchline-Destination') || msg.subject.split('.').at(-1)!),
    deliveryId: delivery.deliveryId ?? header('Benchline-Delivery'),
    event: notification.event ?? header('Benchline-Event'),
    eventId: notification.eventId ?? '',
    suite: notification.suite ?? '',
    ...(notification.run?.id ? { runId: notification.run.id } : {}),
    ...(notification.change?.id ? { changeId: notification.change.id } : {}),
    code: header('Benchline-Code'),
    reason: header('Benchline-Reason'),
    attempts: Number(header('Benchline-Attempts') || 0),
  };
}

/** The most recent `limit` dead letters under `filter`, newest first: one pass of an ordered consumer. */
async function readDeadLetters(
  nc: NatsConnection,
  filter: string,
  limit: number,
): Promise<{ deadLetters: DeadLetter[]; total: number }> {
  const info = await (await jetstreamManager(nc)).streams.info(DEAD_LETTER_STREAM, { subjects_filter: filter });
  const total = Object.values(info.state.subjects ?? {}).reduce((sum, count) => sum + count, 0);
  const kept: DeadLetter[] = [];
  if (total === 0) return { deadLetters: kept, total };
  const consumer = await jetstream(nc).consumers.get(DEAD_LETTER_STREAM, {
    filter_subjects: filter,
    deliver_policy: DeliverPolicy.All,
  });
  const messages = await consumer.consume();
  try {
    let seen = 0;
    for await (const msg of messages) {
      kept.push(deadLetterOf(msg));
      if (kept.length > limit) kept.shift();
      seen += 1;
      if (msg.info.pending === 0 || seen >= total) break;
    }
  } finally {
    await messages.close();
  }
  return { deadLetters: kept.reverse(), total };
}

/** GET /notifications/dead-letters: notification deliveries that kept failing, with why. */
export const notificationRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { nc }) => {
  app.get(
    '/notifications/dead-letters',
    {
      schema: {
        summary: 'Notification deliveries that kept failing (most recent first), with the reason',
        querystring: Query,
        response: {
          200: Type.Object({
            deadLetters: Type.Array(DeadLetter),
            total: Type.Integer({ description: 'matching dead letters kept (30 days)' }),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      if (!nc) throw new HttpError('HTTP_UNAVAILABLE', "reading dead letters needs the trigger's NATS connection");
      const { destination, limit } = request.query;
      try {
        return await readDeadLetters(
          nc,
          destination ? deadLetterSubject(notifySubject(destination)) : DEAD_LETTERS,
          limit,
        );
      } catch (error) {
        request.log.warn({ err: error }, 'could not read the dead letters');
        throw new HttpError('HTTP_UNAVAILABLE', 'the dead-letter stream cannot be read now; retry later');
      }
    },
  );
};
