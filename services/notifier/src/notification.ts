import {
  Stage,
  Verdict,
  type BenchlineConfig,
  type ChangeRecord,
  type EventOf,
  type NotificationDestination,
  type NotificationEventKind,
  type RunRequest,
  type SeriesVerdictFields,
} from '@benchline/core';

/** One series of a run that moved: a regression or an improvement verdict. */
export interface NotableVerdict {
  benchmark: string;
  case: string;
  metric: string;
  unit: string;
  params: Record<string, string>;
  verdict: 'regression' | 'improvement';
  value: number;
  baseline: number;
  changePercent: number;
  ciLowerPercent: number;
  ciUpperPercent: number;
  changeIds: string[];
}

export interface RunSummary {
  id: string;
  url: string;
  suite: string;
  ref: string;
  /** The commit the ref resolved to, when the run got that far. */
  commit?: string;
  minion: string;
  tags: string[];
  requestedBy: string;
  requestedAt: string;
  /** From a `pr:<n>` tag or a `refs/pull/<n>/…` ref (docs/notifications.md). */
  pullRequest?: number;
  status: 'analyzed' | 'failed';
  /** run.analyzed: series that regressed or improved, and how many series were judged. */
  regressions?: number;
  improvements?: number;
  series?: number;
  verdicts?: NotableVerdict[];
  bundleCid?: string;
  /** run.failed: where and why. */
  failure?: { stage: string; code: string; reason: string };
}

interface NotificationBase {
  /** `<runId>:<stage>` for run events; the change event's message id for change events. */
  eventId: string;
  event: NotificationEventKind;
  suite: string;
  /** When the event happened (analyzed, failed, detected or updated). */
  occurredAt: string;
}

export interface RunNotification extends NotificationBase {
  event: 'run.analyzed' | 'run.failed';
  run: RunSummary;
}

export interface ChangeNotification extends NotificationBase {
  event: 'change.detected' | 'change.updated';
  change: ChangeRecord & { url: string; runUrl: string };
}

export type Notification = RunNotification | ChangeNotification;

/** What travels on `notify.<destination>`: one notification for one destination. */
export interface Delivery {
  /** `<event id>:<destination>`: the same for every attempt, for the receiver's idempotency. */
  deliveryId: string;
  destination: string;
  notification: Notification;
}

export const publicUrlOf = (config: BenchlineConfig): string =>
  (config.http.publicUrl ?? `http://${config.http.host}:${config.http.port}`).replace(/\/+$/, '');

const STAGE_NAMES: Record<number, string> = {
  [Stage.STAGE_REQUEST]: 'request',
  [Stage.STAGE_PROVISION]: 'provision',
  [Stage.STAGE_EXECUTE]: 'execute',
  [Stage.STAGE_PUBLISH]: 'publish',
  [Stage.STAGE_ANALYZE]: 'analyze',
};

const PULL_TAG = /^(?:pr|pull|pull-request)[:=#]?(\d+)$/i;
const PULL_REF = /^refs\/pull\/(\d+)\/(?:head|merge)$/;

/** The pull request a run belongs to: a `pr:123` tag (also `pr=123`, `pull-request:123`), else a `refs/pull/123/head` ref. */
export function pullRequestOf(request: Pick<RunRequest, 'tags' | 'ref'>): number | undefined {
  for (const tag of request.tags ?? []) {
    const match = PULL_TAG.exec(tag);
    if (match) return Number(match[1]);
  }
  const match = PULL_REF.exec(request.ref ?? '');
  return match ? Number(match[1]) : undefined;
}

function runBase(request: RunRequest, baseUrl: string): Omit<RunSummary, 'status'> {
  const pullRequest = pullRequestOf(request);
  return {
    id: request.runId,
    url: `${baseUrl}/runs/${encodeURIComponent(request.runId)}`,
    suite: request.suite,
    ref: request.ref,
    minion: request.minion,
    tags: [...(request.tags ?? [])],
    requestedBy: request.requestedBy,
    requestedAt: request.requestedAt,
    ...(pullRequest === undefined ? {} : { pullRequest }),
  };
}

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

function notable(verdict: SeriesVerdictFields): NotableVerdict | undefined {
  const kind =
    verdict.verdict === Verdict.VERDICT_REGRESSION
      ? 'regression'
      : verdict.verdict === Verdict.VERDICT_IMPROVEMENT
        ? 'improvement'
        : undefined;
  if (!kind) return undefined;
  const series = verdict.series ?? {};
  return {
    benchmark: series.benchmark ?? '',
    case: series.case ?? '',
    metric: series.metric ?? '',
    unit: series.unit ?? '',
    params: { ...(series.params ?? {}) },
    verdict: kind,
    value: num(verdict.value),
    baseline: num(verdict.baseline),
    changePercent: num(verdict.changePercent),
    ciLowerPercent: num(verdict.ciLowerPercent),
    ciUpperPercent: num(verdict.ciUpperPercent),
    changeIds: [...(verdict.changeIds ?? [])],
  };
}

export function analyzedNotification(event: EventOf<'analyzed'>, baseUrl: string): RunNotification {
  const { request, provisioning, publication, analysis } = event.message;
  const verdicts = (analysis?.verdicts ?? [])
    .map(notable)
    .filter((verdict): verdict is NotableVerdict => verdict !== undefined);
  return {
    eventId: `${request.runId}:analyzed`,
    event: 'run.analyzed',
    suite: request.suite,
    occurredAt: analysis?.analyzedAt || request.requestedAt,
    run: {
      ...runBase(request, baseUrl),
      ...(provisioning?.commit ? { commit: provisioning.commit } : {}),
      status: 'analyzed',
      regressions: verdicts.filter((verdict) => verdict.verdict === 'regression').length,
      improvements: verdicts.filter((verdict) => verdict.verdict === 'improvement').length,
      series: analysis?.verdicts?.length ?? 0,
      verdicts,
      ...(publication?.cid ? { bundleCid: publication.cid } : {}),
    },
  };
}

export function failedNotification(event: EventOf<'failed'>, baseUrl: string): RunNotification {
  const { request, provisioning, stage, code, reason, failedAt } = event.message;
  return {
    eventId: `${request.runId}:failed`,
    event: 'run.failed',
    suite: request.suite,
    occurredAt: failedAt || request.requestedAt,
    run: {
      ...runBase(request, baseUrl),
      ...(provisioning?.commit ? { commit: provisioning.commit } : {}),
      status: 'failed',
      failure: { stage: STAGE_NAMES[stage] ?? 'unknown', code: code || 'UNKNOWN', reason },
    },
  };
}

export function changeNotification(
  kind: 'detected' | 'updated',
  record: ChangeRecord,
  eventId: string,
  baseUrl: string,
): ChangeNotification {
  return {
    eventId,
    event: `change.${kind}`,
    suite: record.series.suite,
    occurredAt: kind === 'detected' ? record.detectedAt : record.updatedAt,
    change: {
      ...record,
      url: `${baseUrl}/changes/${encodeURIComponent(record.id)}`,
      runUrl: `${baseUrl}/runs/${encodeURIComponent(record.runId)}`,
    },
  };
}

/** The events each destination type can announce; `events` in its config narrows them. */
export const EVENTS_OF_TYPE: Record<NotificationDestination['type'], readonly NotificationEventKind[]> = {
  webhook: ['run.analyzed', 'run.failed', 'change.detected', 'change.updated'],
  slack: ['run.analyzed', 'run.failed', 'change.detected', 'change.updated'],
  github: ['run.analyzed', 'run.failed'],
};

/**
 * The notification as `destination` gets it, or undefined when its filters leave it out: event
 * kind, suite, and `minChangePercent` (a change smaller than it is not sent; a run's verdicts
 * smaller than it are left out, and a run.analyzed with none left is not sent, except to GitHub).
 */
export function forDestination(
  notification: Notification,
  destination: NotificationDestination,
): Notification | undefined {
  const events = destination.events ?? EVENTS_OF_TYPE[destination.type];
  if (!events.includes(notification.event) || !EVENTS_OF_TYPE[destination.type].includes(notification.event))
    return undefined;
  if (destination.suites && !destination.suites.includes(notification.suite)) return undefined;
  const min = destination.minChangePercent;
  if (min === undefined) return notification;
  if ('change' in notification) return Math.abs(notification.change.changePercent) >= min ? notification : undefined;
  if (notification.event !== 'run.analyzed') return notification;
  const verdicts = (notification.run.verdicts ?? []).filter((verdict) => Math.abs(verdict.changePercent) >= min);
  // A commit status is wanted for every run: GitHub keeps the run, with only the larger verdicts.
  if (verdicts.length === 0 && destination.type !== 'github') return undefined;
  return {
    ...notification,
    run: {
      ...notification.run,
      verdicts,
      regressions: verdicts.filter((verdict) => verdict.verdict === 'regression').length,
      improvements: verdicts.filter((verdict) => verdict.verdict === 'improvement').length,
    },
  };
}
