import type { JetStreamManager } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import {
  decodeMessage,
  hasAnyEvent,
  PUBLISHED_META,
  removeArtifact,
  trimArtifacts,
  trimRuns,
  type Logger,
  type MessageHandler,
  type RetentionConfig,
} from '@benchline/core';
import { runArtifacts } from './bundle.ts';

interface RetentionDeps {
  jsm: JetStreamManager;
  artifacts: ObjectStore;
  retention: RetentionConfig;
  log: Logger;
}

/**
 * Once a run's `run.published` is stored (its bundle is on IPFS), its artifacts leave NATS: removed,
 * or with `keepAfterPublish` marked as published so that trimming may remove them later. Done after
 * the publication, not in the stage's work: a retried delivery must still find them.
 */
export function releasingArtifacts(handler: MessageHandler, deps: RetentionDeps): MessageHandler {
  const { jsm, artifacts, retention } = deps;
  return {
    giveUp: (msg, error) => handler.giveUp(msg, error),
    async handle(msg) {
      await handler.handle(msg);
      const event = decodeMessage('executed', msg);
      const request = event?.message.request;
      if (!event || !request || !(await hasAnyEvent(jsm, ['published'], request.minion, request.runId))) return;
      for (const { object } of runArtifacts(event.message)) {
        if (!retention.artifacts.keepAfterPublish) {
          await removeArtifact(jsm, artifacts, object);
          continue;
        }
        const info = await artifacts.info(object);
        if (info && !info.metadata?.[PUBLISHED_META])
          await artifacts.update(object, { ...info, metadata: { ...info.metadata, [PUBLISHED_META]: 'true' } });
      }
    },
  };
}

/** Trims the RUNS stream and the kept artifacts every `checkIntervalSeconds` (core retention.ts); safe in every replica. */
export function startTrimming({ jsm, artifacts, retention, log }: RetentionDeps): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const trim = async () => {
    try {
      const events = await trimRuns(jsm, retention.runs);
      const objects = await trimArtifacts(jsm, artifacts, retention.artifacts);
      if (events || objects) log.info({ events, objects }, 'trimmed acknowledged history and published artifacts');
    } catch (error) {
      log.warn({ err: error }, 'trimming NATS storage failed; trying again at the next interval');
    }
  };
  const timer = setInterval(() => {
    running = running.then(trim);
  }, retention.checkIntervalSeconds * 1000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
