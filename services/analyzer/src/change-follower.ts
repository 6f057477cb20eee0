import type { ChangeRecord, Logger, MessageHandler } from '@benchline/core';
import type { PointWriter } from '@benchline/influx';
import { changePoint } from './change-outputs.ts';

/**
 * Keeps a change's InfluxDB point in step with the change when someone else updated it (a person's
 * triage over HTTP, the bisector's confirmation or culprit): the point is rewritten in place, so the
 * dashboards' annotations show the current status and leave dismissed changes out.
 */
export function changeFollower(influx: PointWriter, log: Logger): MessageHandler {
  return {
    async handle(msg) {
      let record: ChangeRecord;
      try {
        record = msg.json<ChangeRecord>();
      } catch (error) {
        log.warn({ err: error, subject: msg.subject }, 'change event is not JSON; skipped');
        return;
      }
      await influx.write([changePoint(record)]);
    },
    async giveUp(msg, error) {
      log.error({ err: error, subject: msg.subject }, 'could not rewrite the change point in InfluxDB');
    },
  };
}
