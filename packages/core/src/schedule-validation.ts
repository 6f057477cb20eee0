import { Cron } from 'croner';
import type { ScheduleConfig } from './config-schema.ts';

type ScheduleTiming = Pick<ScheduleConfig, 'cron' | 'timezone'>;

/**
 * The schedule's timing as the trigger reads it (croner, in the schedule's time zone), paused:
 * it fires nothing. Throws croner's error for an expression or time zone it cannot use.
 */
function pausedCron(schedule: ScheduleTiming): Cron {
  const cron = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  // Time zone conversion happens when a time is computed, not when the pattern is parsed.
  cron.nextRun();
  return cron;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with the schedules' cron expressions and time zones, one config error line each
 * naming the key (`  schedules[1].cron: …`): the config validation reports them, not the trigger's
 * start-up.
 */
export function scheduleProblems(schedules: readonly ScheduleTiming[]): string[] {
  return schedules.flatMap((schedule, index) => {
    if (!isTimeZone(schedule.timezone)) {
      return [
        `  schedules[${index}].timezone: unknown time zone "${schedule.timezone}" (an IANA name such as UTC or Europe/Berlin)`,
      ];
    }
    try {
      pausedCron(schedule).stop();
      return [];
    } catch (error) {
      return [
        `  schedules[${index}].cron: not a valid cron expression or ISO time "${schedule.cron}": ${(error as Error).message}`,
      ];
    }
  });
}

/** The next `count` slots of a schedule after `from`, in its time zone (UTC instants). */
export function scheduleSlots(schedule: ScheduleTiming, from: Date, count: number): Date[] {
  const cron = pausedCron(schedule);
  try {
    return cron.nextRuns(count, from);
  } finally {
    cron.stop();
  }
}
