/** Run ids, minion, suite and benchmark names are subject tokens: keep them to this alphabet. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const STAGES = ['requested', 'provisioned', 'executed', 'published', 'analyzed', 'failed', 'cancelled'] as const;
export type StageName = (typeof STAGES)[number];

export const RUNS_STREAM = 'RUNS';
export const CHANGES_STREAM = 'CHANGES';
export const DEAD_LETTER_STREAM = 'DEADLETTER';
/** The notifier's deliveries, one message per event and destination: `notify.<destination>` (JSON). */
export const NOTIFICATIONS_STREAM = 'NOTIFICATIONS';

/** `run.<stage>.<minion>.<runId>` — see proto/benchline/v1/run.proto. */
export function eventSubject(stage: StageName, minion: string, runId: string): string {
  return `run.${stage}.${minion}.${runId}`;
}

export const stageFilter = (stage: StageName) => `run.${stage}.>`;
export const runFilter = (runId: string) => `run.*.*.${runId}`;
/** Core NATS (not stored): live output lines of a run's benchmarks. */
export const runLogSubject = (runId: string) => `runlog.${runId}`;
export const deadLetterSubject = (subject: string) => `deadletter.${subject}`;
/** `change.<detected|updated>.<suite>`: JSON ChangeRecord of a change point (see the analyzer). */
export const changeSubject = (event: 'detected' | 'updated', suite: string) => `change.${event}.${suite}`;
/** A delivery of one notification to one configured destination; dead-lettered as `deadletter.notify.<destination>`. */
export const notifySubject = (destination: string) => `notify.${destination}`;
/** `environment.changed.<minion>`: JSON record of a change of the minion's host facts (see services/publisher), on the CHANGES stream. */
export const environmentSubject = (minion: string) => `environment.changed.${minion}`;
/** `bisect.<started|step|completed>.<suite>`: JSON progress of a change's confirmation and bisection (see services/bisector), on the CHANGES stream. */
export const bisectSubject = (event: 'started' | 'step' | 'completed', suite: string) => `bisect.${event}.${suite}`;

export interface EventAddress {
  stage: StageName;
  minion: string;
  runId: string;
}

export function parseEventSubject(subject: string): EventAddress | undefined {
  const [prefix, stage, minion, runId, ...rest] = subject.split('.');
  if (prefix !== 'run' || rest.length > 0 || minion === undefined || runId === undefined) return undefined;
  if (!(STAGES as readonly string[]).includes(stage ?? '')) return undefined;
  if (!TOKEN_PATTERN.test(minion) || !TOKEN_PATTERN.test(runId)) return undefined;
  return { stage: stage as StageName, minion, runId };
}
