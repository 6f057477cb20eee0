import type { Cron } from 'croner';
import type { BenchlineConfig, RunRequest, ScheduleConfig } from '@benchline/core';
import { scheduledRequests } from './schedule-requests.ts';

/** Whether the run state of a run id is recorded (the run was requested). */
export type Recorded = (runId: string) => Promise<boolean>;

/**
 * What a trigger starting up owes a schedule: the runs of its latest slot (at or before `now`) that
 * are not recorded, when the slot before it has a recorded run. That earlier run shows the schedule
 * was live then, so its latest slot came while no replica was up to fire it. A new deployment or a
 * changed schedule has no run of an earlier slot, and waits for its next slot. Of several missed
 * slots only the latest is run, as cron's successors do (anacron, Kubernetes CronJobs).
 */
export async function missedSlotRequests(
  config: BenchlineConfig,
  schedule: ScheduleConfig,
  job: Cron,
  recorded: Recorded,
  now: Date,
): Promise<RunRequest[]> {
  const [latest, earlier] = job.previousRuns(2, new Date(now.getTime() + 1));
  if (!latest || !earlier) return [];
  const unrecorded = async (requests: RunRequest[]) => {
    const done = await Promise.all(requests.map(({ runId }) => recorded(runId)));
    return requests.filter((_, k) => !done[k]);
  };
  const before = scheduledRequests(config, schedule, earlier);
  if ((await unrecorded(before)).length === before.length) return [];
  return unrecorded(scheduledRequests(config, schedule, latest));
}
