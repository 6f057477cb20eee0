/** How busy each minion was: from the published events of many runs. */
import { eventMarks, type PublishedTimestamps } from './stages.ts';

export interface RunSpan {
  minion: string;
  /** provisioning.startedAt → execution.finishedAt: the minion is leased to the run. */
  startMs: number;
  endMs: number;
  provisioningMs: number;
  executionMs: number;
}

export function runSpan(message: PublishedTimestamps & { request: { minion: string } }): RunSpan {
  const [, provisioningStart, provisioningEnd, executionStart, executionEnd] = eventMarks(message);
  return {
    minion: message.request.minion,
    startMs: provisioningStart,
    endMs: executionEnd,
    provisioningMs: provisioningEnd - provisioningStart,
    executionMs: executionEnd - executionStart,
  };
}

export interface Occupancy {
  /** Per run, how long it held its minion: provisioning start → execution end. */
  heldMs: number[];
  /** Per minion, time between one run's execution end and the next run's provisioning start. */
  idleGapsMs: number[];
}

export function occupancy(spans: readonly RunSpan[]): Occupancy {
  const byMinion = new Map<string, RunSpan[]>();
  for (const span of spans) byMinion.set(span.minion, [...(byMinion.get(span.minion) ?? []), span]);
  const idleGapsMs: number[] = [];
  for (const runs of byMinion.values()) {
    runs.sort((a, b) => a.startMs - b.startMs);
    for (let index = 1; index < runs.length; index++) idleGapsMs.push(runs[index]!.startMs - runs[index - 1]!.endMs);
  }
  return { heldMs: spans.map((span) => span.endMs - span.startMs), idleGapsMs };
}
