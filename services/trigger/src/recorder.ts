import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import {
  decodeEvent,
  deadLetterSubject,
  parseEventSubject,
  proto,
  publishFailure,
  recordEvent,
  Stage,
  validateRequest,
  type BenchlineConfig,
  type EventAddress,
  type Logger,
  type MessageHandler,
  type RunEvent,
  type RunRequest,
  type RunStore,
} from '@benchline/core';

export interface RecorderDeps {
  js: JetStreamClient;
  store: RunStore;
  config: BenchlineConfig;
  log: Logger;
}

/**
 * Projects every run event into the runs bucket, and is where a request that did not come through
 * the HTTP API (a plain NATS client, a schedule) is checked: an invalid one becomes `run.failed`
 * (stage request) and undecodable bytes go to the dead-letter stream with the reason.
 */
export function recorder({ js, store, config, log }: RecorderDeps): MessageHandler {
  const deadLetter = async (msg: JsMsg, reason: string) => {
    const meta = headers();
    meta.set('Benchline-Reason', reason);
    meta.set('Benchline-Subject', msg.subject);
    await js.publish(deadLetterSubject(msg.subject), msg.data, {
      headers: meta,
      msgID: `dead:${msg.info.streamSequence}`,
    });
    log.warn({ subject: msg.subject, reason }, 'message rejected to the dead-letter stream');
  };
  const reject = async (address: EventAddress, request: RunRequest, reason: string) => {
    // The subject's tokens are known-good; the body's may not be.
    const addressed = proto.RunRequest.create({
      ...request,
      runId: address.runId,
      minion: address.minion,
    }) as RunRequest;
    await publishFailure(js, addressed, { stage: Stage.STAGE_REQUEST, code: 'REQUEST_INVALID', reason });
    log.warn({ runId: address.runId, reason }, 'run request rejected');
  };

  return {
    async handle(msg) {
      const address = parseEventSubject(msg.subject);
      if (!address) return deadLetter(msg, 'subject is not run.<stage>.<minion>.<runId> with [A-Za-z0-9_-] tokens');
      let event: RunEvent;
      try {
        event = decodeEvent(address.stage, msg.data);
      } catch (error) {
        await deadLetter(msg, (error as Error).message);
        if (address.stage === 'requested')
          await reject(
            address,
            proto.RunRequest.create() as RunRequest,
            `undecodable request: ${(error as Error).message}`,
          );
        return;
      }
      if (event.stage === 'requested') {
        const problems = validateRequest(config, event.message.request, address);
        if (problems.length > 0) return reject(address, event.message.request, problems.join('; '));
      }
      await recordEvent(store, event);
    },
    async giveUp(msg, error) {
      await deadLetter(msg, `could not be recorded: ${(error as Error).message}`);
    },
  };
}
