import { Cron } from 'croner';
import type { BenchlineConfig, Logger, RunRequest, ScheduleConfig } from '@benchline/core';
import { missedSlotRequests, type Recorded } from './missed-slot.ts';
import { scheduledRequests } from './schedule-requests.ts';

export type Submit = (request: RunRequest) => Promise<{ duplicate: boolean }>;

/**
 * The slot a firing belongs to: the schedule's latest time at or before the firing. croner calls
 * the job when it gets to it (late under load), so every replica naming the slot by its own firing
 * time could derive a different run id for one slot.
 */
export function firedSlot(job: Cron, firedAt: Date): Date {
  return job.previousRuns(1, new Date(firedAt.getTime() + 1))[0] ?? firedAt;
}

export interface ScheduleDeps {
  submit: Submit;
  /** Whether a run is recorded: a starting replica runs a slot missed while no replica was up. */
  recorded: Recorded;
  log: Logger;
}

/**
 * Starts one cron job per schedule. Every trigger replica runs them all; each slot still yields
 * one run because every replica derives the same run id and JetStream drops the duplicates. At
 * start-up each replica also runs the latest slot that no replica was up to fire (missed-slot.ts),
 * unless the schedule says `catchUp: false`.
 */
export function startSchedules(config: BenchlineConfig, { submit, recorded, log }: ScheduleDeps): { stop(): void } {
  let stopped = false;
  const submitAll = async (schedule: ScheduleConfig, requests: RunRequest[], caughtUp: boolean) => {
    for (const request of requests) {
      if (stopped) return;
      const fields = { schedule: schedule.name, runId: request.runId };
      try {
        const { duplicate } = await submit(request);
        const said = duplicate ? 'scheduled run already requested' : 'scheduled run requested';
        log.info({ ...fields, duplicate }, caughtUp ? `${said} (missed slot caught up)` : said);
      } catch (error) {
        log.error({ ...fields, err: error }, 'scheduled run could not be requested');
      }
    }
  };
  const jobs = config.schedules.map((schedule) => {
    const job = new Cron(schedule.cron, { timezone: schedule.timezone, protect: true }, async (fired: Cron) => {
      await submitAll(schedule, scheduledRequests(config, schedule, firedSlot(fired, new Date())), false);
    });
    if (schedule.catchUp) {
      missedSlotRequests(config, schedule, job, recorded, new Date()).then(
        async (missed) => {
          const runIds = missed.map(({ runId }) => runId);
          log.info(
            { schedule: schedule.name, runIds },
            missed.length > 0 ? 'catching up a missed slot' : 'no missed slot',
          );
          await submitAll(schedule, missed, true);
        },
        (error: unknown) => log.error({ err: error, schedule: schedule.name }, 'missed slots could not be looked up'),
      );
    }
    return job;
  });
  return {
    stop: () => {
      stopped = true;
      for (const job of jobs) job.stop();
    },
  };
}
