import type { SeriesIdentity } from '@benchline/core';

/** One run's value of a series, as read back from InfluxDB. */
export interface SeriesPoint {
  readonly runId: string;
  readonly commit: string;
  readonly value: number;
  /** Of the run's value, from the spread of its own samples, when the results file had them. */
  readonly standardError?: number;
  /** The commit's place in the suite's history (CommitOrder); undefined for runs from before it was recorded. */
  readonly position?: number;
  readonly onDefaultBranch: boolean;
  /** Its run's canary was out of line with the minion's history (field `noisy`): never history. */
  readonly noisy?: boolean;
  /** The point's InfluxDB time in ms: where a change point's annotation goes. */
  readonly timeMs: number;
}

export interface Series {
  readonly identity: SeriesIdentity;
  readonly key: string;
  readonly points: readonly SeriesPoint[];
}
