import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import { pino } from 'pino';
import { vi } from 'vitest';
import { encodeEvent, runRequested, type RunEvent } from '../src/codec.ts';
import type { AcquireResult, LeaseClaim, LeaseStatus, MinionLeases } from '../src/lease.ts';
import { proto, TriggerSource, type RunRequest } from '../src/messages.ts';
import { eventSubject } from '../src/subjects.ts';

export const silentLog = pino({ level: 'silent' });

export function request(runId = 'run-1', minion = 'm1'): RunRequest {
  return proto.RunRequest.create({
    runId,
    suite: 'suite',
    ref: 'main',
    minion,
    source: TriggerSource.TRIGGER_SOURCE_HTTP,
    requestedBy: 'test',
    requestedAt: '2026-01-01T00:00:00.000Z',
  });
}

/** A JsMsg stand-in: what the kit and the worker read (subject, data, seq, delivery count) and spies for how it was settled. */
export function fakeMsg(
  options: {
    event?: RunEvent;
    subject?: string;
    data?: Uint8Array;
    deliveryCount?: number;
    deliverySequence?: number;
    seq?: number;
  } = {},
) {
  const event = options.event ?? runRequested(request());
  const { runId, minion } = event.message.request;
  return {
    subject: options.subject ?? eventSubject(event.stage, minion, runId),
    data: options.data ?? encodeEvent(event),
    seq: options.seq ?? 7,
    info: {
      stream: 'RUNS',
      deliveryCount: options.deliveryCount ?? 1,
      deliverySequence: options.deliverySequence ?? options.deliveryCount ?? 1,
    },
    ackAck: vi.fn(async () => true),
    nak: vi.fn(),
    working: vi.fn(),
  };
}
export type FakeMsg = ReturnType<typeof fakeMsg>;
export const asJsMsg = (msg: FakeMsg) => msg as unknown as JsMsg;

/** js.publish recorded; jsm.streams.getMessage answers from the subjects in `stored`. */
export function fakeJetStream(stored: string[] = []) {
  const published: { subject: string; data: Uint8Array; msgID: string | undefined }[] = [];
  const js = {
    publish: vi.fn(async (subject: string, data: Uint8Array, options?: { msgID?: string }) => {
      published.push({ subject, data, msgID: options?.msgID });
      return { stream: 'RUNS', seq: published.length, duplicate: false };
    }),
  };
  const jsm = {
    streams: {
      getMessage: vi.fn(async (_stream: string, query: { last_by_subj: string }) =>
        stored.includes(query.last_by_subj) ? {} : null,
      ),
    },
  };
  return {
    js: js as unknown as JetStreamClient,
    jsm: jsm as unknown as JetStreamManager,
    published,
    publish: js.publish,
  };
}

/** MinionLeases with every answer set by the test and every call recorded. */
export function fakeLeases(answers: { acquire?: AcquireResult; status?: LeaseStatus } = {}) {
  const calls: string[] = [];
  const leases = {
    acquire: vi.fn(async (minion: string, claim: LeaseClaim) => {
      calls.push(`acquire ${minion} ${claim.delivery}`);
      return answers.acquire ?? { acquired: true };
    }),
    renew: vi.fn(async () => answers.status ?? 'held'),
    status: vi.fn(async (minion: string) => {
      calls.push(`status ${minion}`);
      return answers.status ?? 'held';
    }),
    release: vi.fn(async (minion: string, claim: LeaseClaim) => {
      calls.push(`release ${minion} ${claim.delivery}`);
    }),
  };
  return { leases: leases as unknown as MinionLeases, calls, spies: leases };
}
