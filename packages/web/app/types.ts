/** What the API answers, as far as the page reads it (the OpenAPI at /docs has every field). */

export interface SeriesId {
  benchmark: string;
  case: string;
  metric: string;
  unit: string;
  params: Record<string, string>;
}

export interface SeriesIdentity extends SeriesId {
  suite: string;
  minion: string;
}

export interface Verdict {
  series: SeriesId;
  verdict: string;
  value: number;
  baseline?: number;
  changePercent?: number;
  ci?: [number, number];
  direction: string;
  baselinePoints: number;
  pointsNeeded?: number;
  changeIds?: string[];
}

export interface RunState {
  runId: string;
  status: string;
  suite: string;
  ref: string;
  minion: string;
  benchmarks: string[];
  parameters: Record<string, string>;
  tags: string[];
  source: string;
  requestedBy: string;
  stages: Record<string, string>;
  commit?: string;
  provisioningSkipped?: boolean;
  results?: { benchmark: string; status: string; message?: string; points?: number; error?: string }[];
  cid?: string;
  points?: number;
  error?: { stage: string; code?: string; reason: string; detail?: string };
  cancellation?: { by: string; reason?: string };
  analysis?: { regressions: number; improvements: number; verdicts: Verdict[] };
}

export interface RunPoint {
  key: string;
  series: SeriesIdentity;
  value: number;
  stddev?: number;
  samples?: number;
  min?: number;
  max?: number;
  median?: number;
}

export interface Change {
  id: string;
  series: SeriesIdentity;
  seriesKey: string;
  status: string;
  kind: 'regression' | 'improvement';
  direction: string;
  commitBefore: string;
  commitAfter: string;
  runId: string;
  timeMs: number;
  before: number;
  after: number;
  changePercent: number;
  significance: number;
  pointsAfter: number;
  detectedAt: string;
  updatedAt: string;
  history: { status: string; at: string; by: string; note?: string }[];
}

export interface History {
  suite: string;
  benchmark: string;
  minion?: string;
  /** `noisy`: the minion was judged noisy during the run; its points are drawn, the analysis leaves them out. */
  runs: { runId: string; commit: string; position?: number; timeMs: number; noisy?: boolean }[];
  series: {
    key: string;
    identity: SeriesIdentity;
    index: number[];
    value: number[];
    stddev: (number | null)[];
  }[];
  environments: EnvironmentChange[];
  changes: Change[];
}

/** One side of an environment change: a fingerprint of the minion's host facts, and the facts. */
export interface Environment {
  fingerprint: string;
  runId: string;
  host?: Record<string, string | number>;
}

/** Where some series' points ran on other host facts than their previous point. */
export interface EnvironmentChange {
  /** Index into History.runs. */
  index: number;
  seriesKeys: string[];
  before: Environment;
  after: Environment;
  /** The names of the facts that differ. */
  changed: string[];
}

export interface Comparison {
  base: { runId: string; suite: string; ref: string; commit?: string };
  head: { runId: string; suite: string; ref: string; commit?: string };
  confidence: number;
  minChangePercent: number;
  summary: { regressions: number; improvements: number; unchanged: number; inconclusive: number };
  series: {
    series: SeriesId;
    direction: string;
    base: { value: number; stddev?: number; samples?: number };
    head: { value: number; stddev?: number; samples?: number };
    changePercent: number;
    ci?: [number, number];
    pValue?: number;
    verdict: string;
  }[];
  onlyInBase: SeriesId[];
  onlyInHead: SeriesId[];
}

export interface Settings {
  public: boolean;
  gatewayUrl?: string;
}

export interface Manifest {
  provisioning?: { host?: Record<string, string | number>; ansibleLog?: { path: string; size: number } | null } | null;
  benchmarks?: {
    name: string;
    status: string;
    results?: { path: string; size: number } | null;
    stdout?: { path: string; size: number } | null;
    stderr?: { path: string; size: number } | null;
    extra?: { path: string; size: number }[];
  }[];
}
