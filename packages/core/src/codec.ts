import {
  proto,
  type RunAnalyzed,
  type RunCancelled,
  type RunExecuted,
  type RunFailed,
  type RunProvisioned,
  type RunPublished,
  type RunRequest,
  type RunRequested,
} from './messages.ts';
import { parseEventSubject, type StageName } from './subjects.ts';

type WithRequest<T> = T & { request: RunRequest };

/** A decoded run event; every event carries the original request. */
export type RunEvent =
  | { stage: 'requested'; message: WithRequest<RunRequested> }
  | { stage: 'provisioned'; message: WithRequest<RunProvisioned> }
  | { stage: 'executed'; message: WithRequest<RunExecuted> }
  | { stage: 'published'; message: WithRequest<RunPublished> }
  | { stage: 'analyzed'; message: WithRequest<RunAnalyzed> }
  | { stage: 'failed'; message: WithRequest<RunFailed> }
  | { stage: 'cancelled'; message: WithRequest<RunCancelled> };

export type EventOf<S extends StageName> = Extract<RunEvent, { stage: S }>;

export class MessageDecodeError extends Error {
  override name = 'MessageDecodeError';
}

const codecs = {
  requested: proto.RunRequested,
  provisioned: proto.RunProvisioned,
  executed: proto.RunExecuted,
  published: proto.RunPublished,
  analyzed: proto.RunAnalyzed,
  failed: proto.RunFailed,
  cancelled: proto.RunCancelled,
} as const;

export function encodeEvent(event: RunEvent): Uint8Array {
  const codec = codecs[event.stage] as { encode(message: unknown): { finish(): Uint8Array } };
  return codec.encode(event.message).finish();
}

export function decodeEvent<S extends StageName>(stage: S, bytes: Uint8Array): EventOf<S> {
  let message: { request?: unknown };
  try {
    message = codecs[stage].decode(bytes);
  } catch (error) {
    throw new MessageDecodeError(`not a valid ${codecs[stage].name} protobuf message: ${(error as Error).message}`);
  }
  if (!message.request) throw new MessageDecodeError(`${codecs[stage].name} has no request`);
  return { stage, message } as EventOf<S>;
}

/** The event in a stage's message, or undefined when the subject or bytes are not a valid event (the recorder reports those). */
export function decodeMessage<S extends StageName>(
  stage: S,
  msg: { subject: string; data: Uint8Array },
): EventOf<S> | undefined {
  if (parseEventSubject(msg.subject)?.stage !== stage) return undefined;
  try {
    return decodeEvent(stage, msg.data);
  } catch {
    return undefined;
  }
}

export function runRequested(request: RunRequest): EventOf<'requested'> {
  return { stage: 'requested', message: proto.RunRequested.create({ request }) as WithRequest<RunRequested> };
}
