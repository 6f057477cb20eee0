import { TriggerSource, type BenchlineConfig, type RunRequest, type ScheduleConfig } from '@benchline/core';
import { buildRequest } from './requests.ts';
import { scheduledRunId } from './run-ids.ts';

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
