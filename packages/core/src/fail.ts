import type { JetStreamClient } from '@nats-io/jetstream';
import type { RunEvent } from './codec.ts';
import type { ErrorCode } from './errors.ts';
import { proto, type RunFailed, type RunRequest, type Stage } from './messages.ts';
import { publishEvent } from './publish.ts';
import { nowIso } from './time.ts';

export interface Failure {
  stage: Stage;
  /** One of ERROR_CODES, documented in docs/errors.md. */
  code: ErrorCode;
  reason: string;
  detail?: string;
  provisioning?: Parameters<typeof proto.Provisioning.create>[0] | null;
  execution?: Parameters<typeof proto.Execution.create>[0] | null;
}

export function runFailed(request: RunRequest, failure: Failure): RunEvent {
  const message = proto.RunFailed.create({
    request,
    failedAt: nowIso(),
    ...failure,
    detail: outputTail(failure.detail ?? ''),
  });
  return { stage: 'failed', message: message as RunFailed & { request: RunRequest } };
}

export async function publishFailure(js: JetStreamClient, request: RunRequest, failure: Failure): Promise<void> {
  await publishEvent(js, runFailed(request, failure));
}

/** The last lines of a tool's output: enough to see the error, small enough for a message. */
export function outputTail(text: string, maxChars = 8 * 1024): string {
  return text.length <= maxChars ? text : `…${text.slice(-maxChars)}`;
}
