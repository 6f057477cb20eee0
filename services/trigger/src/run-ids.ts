import { createHash, randomBytes } from 'node:crypto';

const digest = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);
const compactTime = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** Time-sortable and unique: `20261125T233012Z-9f3a1c5e2b7d`. */
export function newRunId(now = new Date()): string {
  return `${compactTime(now)}-${randomBytes(6).toString('hex')}`;
}

/** The same API key and Idempotency-Key always name the same run. */
export function idempotentRunId(apiKeyId: string, idempotencyKey: string): string {
  return `idem-${digest(`${apiKeyId}\n${idempotencyKey}`, 32)}`;
}

/** Every replica computes the same id for a schedule slot, so JetStream keeps one request. */
export function scheduledRunId(schedule: string, suite: string, slot: Date): string {
  const readable = `${schedule}-${suite}-${compactTime(slot)}`;
  return readable.length <= 64 ? readable : `sched-${digest(readable, 32)}`;
}
