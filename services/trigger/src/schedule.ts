import { Cron } from 'croner';
import { TriggerSource, type BenchlineConfig, type Logger, type ScheduleConfig } from '@benchline/core';
import { buildRequest } from './requests.ts';
import { scheduledRunId } from './run-ids.ts';
import type { RunRequest } from '@benchline/core';

export type Submit = (request: RunRequest) => Promise<{ duplicate: boolean }>;

/** The requests one firing of a schedule makes: one per suite, ids derived from the slot. */
export function scheduledRequests(config: BenchlineConfig, schedule: ScheduleConfig, slot: Date): RunRequest[] {
  return (schedule.suites ?? Object.keys(config.suites)).map((suite) =>
    buildRequest(config, {
      runId: scheduledRunId(schedule.name, suite, slot),
      suite,
      ref: schedule.ref,
      minion: schedule.minion,
      tags: schedule.tags,
      source: TriggerSource.TRIGGER_SOURCE_SCHEDULE,
      requestedBy: `schedule:${schedule.name}`,
    }),
  );
}

/**
 * The slot a firing belongs to: the schedule's latest time at or before the firing. croner calls
 * the job when it gets to it (late under load), so every replica naming the slot by its own firing
 * time could derive a different run id for one slot.
 */
export function firedSlot(job: Cron, firedAt: Date): Date {
  return job.previousRuns(1, new Date(firedAt.getTime() + 1))[0] ?? firedAt;
}

/**
 * Starts one cron job per schedule. Every trigger replica runs them all; each slot still yields
 * one run because every replica derives the same run id and JetStream drops the duplicates.
 */
export function startSchedules(config: BenchlineConfig, submit: Submit, log: Logger): { stop(): void } {
  const jobs = config.schedules.map(
    (schedule) =>
      new Cron(schedule.cron, { timezone: schedule.timezone, protect: true }, async (job: Cron) => {
        for (const request of scheduledRequests(config, schedule, firedSlot(job, new Date()))) {
          try {
            const { duplicate } = await submit(request);
            log.info(
              { schedule: schedule.name, runId: request.runId, duplicate },
              duplicate ? 'scheduled run already requested' : 'scheduled run requested',
            );
          } catch (error) {
            log.error(
              { err: error, schedule: schedule.name, runId: request.runId },
              'scheduled run could not be requested',
            );
          }
        }
      }),
  );
  return {
    stop: () => {
      for (const job of jobs) job.stop();
    },
  };
}
