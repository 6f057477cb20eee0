/** Where a run's time went, from the timestamps its events carry. */

export interface PublishedTimestamps {
  request: { runId: string; requestedAt: string };
  provisioning?: { startedAt?: string | null; finishedAt?: string | null; skipped?: boolean | null } | null;
  execution?: { startedAt?: string | null; finishedAt?: string | null } | null;
  publication?: { publishedAt?: string | null } | null;
}

export interface ClientTimes {
  /** Just before the POST (client clock, ms). */
  postedAt: number;
  /** When the trigger's 202 arrived. */
  acceptedAt: number;
  /** When the client saw run.published. */
  observedAt: number;
}

/** The stages of one run, in order, each from the end of the previous one. */
export const STAGE_NAMES = [
  'request → provisioner started',
  'provisioning',
  'provisioned → executor started (lease, SSH connect)',
  'execution (run, fetch, store, cleanup)',
  'executed → published (parse, IPFS, InfluxDB)',
  'published → client saw it',
] as const;
export type StageLabel = (typeof STAGE_NAMES)[number];

export interface TimedRun {
  runId: string;
  /** Accepted → seen published, ms. */
  totalMs: number;
  provisioningSkipped: boolean;
  stages: Record<StageLabel, number>;
}

/** The event's timestamps in ms, checked: requested, provisioning start/end, execution start/end, published. */
export function eventMarks(message: PublishedTimestamps): [number, number, number, number, number, number] {
  const at = (what: string, iso: string | null | undefined): number => {
    const time = iso ? Date.parse(iso) : Number.NaN;
    if (Number.isNaN(time))
      throw new Error(
        `run ${message.request.runId}: the published event has no valid ${what} (${JSON.stringify(iso)})`,
      );
    return time;
  };
  return [
    at('request.requestedAt', message.request.requestedAt),
    at('provisioning.startedAt', message.provisioning?.startedAt),
    at('provisioning.finishedAt', message.provisioning?.finishedAt),
    at('execution.startedAt', message.execution?.startedAt),
    at('execution.finishedAt', message.execution?.finishedAt),
    at('publication.publishedAt', message.publication?.publishedAt),
  ];
}

export function timedRunOf(message: PublishedTimestamps, client: ClientTimes): TimedRun {
  const marks = [...eventMarks(message), client.observedAt];
  const stages = Object.fromEntries(
    STAGE_NAMES.map((name, index) => [name, marks[index + 1]! - marks[index]!]),
  ) as Record<StageLabel, number>;
  return {
    runId: message.request.runId,
    totalMs: client.observedAt - client.acceptedAt,
    provisioningSkipped: Boolean(message.provisioning?.skipped),
    stages,
  };
}
