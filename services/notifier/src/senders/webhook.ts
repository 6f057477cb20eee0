import { createHmac } from 'node:crypto';
import type { NotificationDestination } from '@benchline/core';
import type { Delivery } from '../notification.ts';
import { postJson } from './http.ts';

type WebhookDestination = Extract<NotificationDestination, { type: 'webhook' }>;

/** Headers of a webhook delivery (docs/notifications.md says how to verify them). */
export const WEBHOOK_HEADERS = {
  signature: 'Benchline-Signature',
  timestamp: 'Benchline-Timestamp',
  delivery: 'Benchline-Delivery',
  event: 'Benchline-Event',
} as const;

/** `sha256=<hex HMAC-SHA256 of the raw body with the destination's secret>`, as GitHub's X-Hub-Signature-256. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** What a webhook receives: the notification, its delivery id, and when this attempt was sent (signed, against replays). */
export function webhookBody(delivery: Delivery, sentAt: Date): string {
  return JSON.stringify({
    deliveryId: delivery.deliveryId,
    destination: delivery.destination,
    sentAt: sentAt.toISOString(),
    ...delivery.notification,
  });
}

export async function sendWebhook(
  destination: WebhookDestination,
  delivery: Delivery,
  now = new Date(),
): Promise<void> {
  const body = webhookBody(delivery, now);
  await postJson({
    destination: destination.name,
    url: destination.url,
    body,
    timeoutMs: destination.timeoutSeconds * 1000,
    headers: {
      [WEBHOOK_HEADERS.signature]: signBody(destination.secret, body),
      [WEBHOOK_HEADERS.timestamp]: String(Math.floor(now.getTime() / 1000)),
      [WEBHOOK_HEADERS.delivery]: delivery.deliveryId,
      [WEBHOOK_HEADERS.event]: delivery.notification.event,
    },
  });
}
