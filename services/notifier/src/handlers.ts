import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import {
  CHANGE_STATUSES,
  deadLetterSubject,
  decodeMessage,
  errorCode,
  notifySubject,
  type ChangeRecord,
  type Logger,
  type MessageHandler,
  type NotificationDestination,
} from '@benchline/core';
import {
  analyzedNotification,
  changeNotification,
  failedNotification,
  forDestination,
  type Delivery,
  type Notification,
} from './notification.ts';

/** Headers of a dead-lettered delivery (GET /notifications/dead-letters reads them). */
export const DEAD_LETTER_HEADERS = {
  reason: 'Benchline-Reason',
  code: 'Benchline-Code',
  subject: 'Benchline-Subject',
  destination: 'Benchline-Destination',
  delivery: 'Benchline-Delivery',
  event: 'Benchline-Event',
  attempts: 'Benchline-Attempts',
} as const;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Publishes one delivery per destination whose filters take the notification; the delivery id de-duplicates a redone fan-out. */
async function fanOut(
  js: JetStreamClient,
  destinations: readonly NotificationDestination[],
  notification: Notification,
  log: Logger,
): Promise<void> {
  for (const destination of destinations) {
    const targeted = forDestination(notification, destination);
    if (!targeted) continue;
    const delivery: Delivery = {
      deliveryId: `${notification.eventId}:${destination.name}`,
      destination: destination.name,
      notification: targeted,
    };
    await js.publish(notifySubject(destination.name), encoder.encode(JSON.stringify(delivery)), {
      msgID: delivery.deliveryId,
    });
    log.debug({ deliveryId: delivery.deliveryId }, 'delivery queued');
  }
}

export interface FanOutDeps {
  readonly js: JetStreamClient;
  readonly destinations: readonly NotificationDestination[];
  readonly baseUrl: string;
  readonly log: Logger;
}

/**
 * A run event (decoded as the stage kit decodes it) → one delivery per destination. An event that
 * does not decode is left alone: the trigger's recorder reports it. Only publishing can fail here,
 * and the worker retries that; giving up leaves the event in the dead-letter stream.
 */
export function runEventHandler(stage: 'analyzed' | 'failed', deps: FanOutDeps): MessageHandler {
  const notificationOf = (msg: JsMsg): Notification | undefined => {
    if (stage === 'analyzed') {
      const event = decodeMessage('analyzed', msg);
      return event && analyzedNotification(event, deps.baseUrl);
    }
    const event = decodeMessage('failed', msg);
    return event && failedNotification(event, deps.baseUrl);
  };
  return {
    async handle(msg) {
      const notification = notificationOf(msg);
      if (notification)
        await fanOut(deps.js, deps.destinations, notification, deps.log.child({ eventId: notification.eventId }));
    },
    giveUp: (msg, error) => deadLetterEvent(deps.js, msg, error),
  };
}

function isChangeRecord(value: unknown): value is ChangeRecord {
  const record = value as Partial<ChangeRecord> | null;
  return (
    typeof record?.id === 'string' &&
    typeof record.series?.suite === 'string' &&
    typeof record.changePercent === 'number' &&
    (CHANGE_STATUSES as readonly string[]).includes(record.status ?? '')
  );
}

/** `change.<detected|updated>.<suite>` (JSON ChangeRecord) → one delivery per destination. */
export function changeEventHandler(deps: FanOutDeps): MessageHandler {
  return {
    async handle(msg) {
      const [, kind] = msg.subject.split('.');
      let record: unknown;
      try {
        record = JSON.parse(decoder.decode(msg.data));
      } catch {
        record = undefined;
      }
      if ((kind !== 'detected' && kind !== 'updated') || !isChangeRecord(record)) {
        deps.log.warn({ subject: msg.subject, sequence: msg.seq }, 'not a change event; not announced');
        return;
      }
      // The publisher's message id names the event (change, event, status, …); the stream sequence otherwise.
      const eventId = msg.headers?.get('Nats-Msg-Id') || `change:${msg.seq}`;
      await fanOut(
        deps.js,
        deps.destinations,
        changeNotification(kind, record, eventId, deps.baseUrl),
        deps.log.child({ eventId }),
      );
    },
    giveUp: (msg, error) => deadLetterEvent(deps.js, msg, error),
  };
}

async function deadLetterEvent(js: JetStreamClient, msg: JsMsg, error: unknown): Promise<void> {
  const meta = headers();
  meta.set(DEAD_LETTER_HEADERS.reason, `notifications could not be queued: ${(error as Error).message}`);
  meta.set(DEAD_LETTER_HEADERS.code, errorCode(error));
  meta.set(DEAD_LETTER_HEADERS.subject, msg.subject);
  await js.publish(deadLetterSubject(notifySubject('_events')), msg.data, {
    headers: meta,
    msgID: `dead:notify:${msg.info.stream}:${msg.seq}`,
  });
}

export interface Sender {
  deliver(delivery: Delivery, log: Logger): Promise<void>;
}

export interface DeliveryDeps {
  readonly js: JetStreamClient;
  readonly senders: ReadonlyMap<string, Sender>;
  readonly log: Logger;
}

/**
 * `notify.<destination>` → the destination. A failure is retried by the worker with backoff
 * (`notifications.maxAttempts`); a 4xx other than 408/429 is not. A delivery that gives up goes
 * to `deadletter.notify.<destination>` with its reason, code and attempts in headers.
 */
export function deliveryHandler(deps: DeliveryDeps): MessageHandler {
  const parse = (msg: JsMsg): Delivery | undefined => {
    try {
      const delivery = JSON.parse(decoder.decode(msg.data)) as Delivery;
      return typeof delivery.deliveryId === 'string' &&
        typeof delivery.destination === 'string' &&
        delivery.notification
        ? delivery
        : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async handle(msg) {
      const delivery = parse(msg);
      if (!delivery) return void deps.log.warn({ subject: msg.subject, sequence: msg.seq }, 'not a delivery; dropped');
      const sender = deps.senders.get(delivery.destination);
      const log = deps.log.child({ deliveryId: delivery.deliveryId, destination: delivery.destination });
      if (!sender) return void log.warn('destination no longer configured; delivery dropped');
      await sender.deliver(delivery, log);
      log.info({ attempt: msg.info.deliveryCount }, 'delivered');
    },
    async giveUp(msg, error) {
      const delivery = parse(msg);
      const meta = headers();
      meta.set(DEAD_LETTER_HEADERS.reason, (error as Error).message);
      meta.set(DEAD_LETTER_HEADERS.code, errorCode(error));
      meta.set(DEAD_LETTER_HEADERS.subject, msg.subject);
      meta.set(DEAD_LETTER_HEADERS.attempts, String(msg.info.deliveryCount));
      if (delivery) {
        meta.set(DEAD_LETTER_HEADERS.destination, delivery.destination);
        meta.set(DEAD_LETTER_HEADERS.delivery, delivery.deliveryId);
        meta.set(DEAD_LETTER_HEADERS.event, delivery.notification.event);
      }
      await deps.js.publish(deadLetterSubject(msg.subject), msg.data, {
        headers: meta,
        msgID: `dead:${delivery?.deliveryId ?? `notify:${msg.seq}`}`,
      });
      deps.log.warn(
        { deliveryId: delivery?.deliveryId, destination: delivery?.destination, code: errorCode(error) },
        'delivery dead-lettered',
      );
    },
  };
}
