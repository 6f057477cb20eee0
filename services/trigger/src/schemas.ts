import { CHANGE_STATUSES, STAGES, TRIAGE_STATUSES } from '@benchline/core';
import { Type, type Static } from 'typebox';
import { HTTP_STATUS_OF_CODE, PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, type HttpErrorCode } from './problem-codes.ts';

const Token = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });

export const RunBody = Type.Object(
  {
    suite: Token,
    ref: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        description: 'branch, tag or commit; default: the suite’s defaultRef',
      }),
    ),
    benchmarks: Type.Optional(
      Type.Array(Token, {
        maxItems: 256,
        description: 'default: all of the suite’s benchmarks',
      }),
    ),
    parameters: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' }), Type.String({ maxLength: 1024 })),
    ),
    minion: Type.Optional(Token),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 32 })),
  },
  { additionalProperties: false },
);
export type RunBody = Static<typeof RunBody>;

export const Accepted = Type.Object({
  runId: Type.String(),
  status: Type.String(),
  statusUrl: Type.String(),
  duplicate: Type.Boolean(),
});

export const FieldError = Type.Object({
  field: Type.String({ description: 'the request part and the path in it: body.suite, querystring.limit, params.id' }),
  message: Type.String(),
});
export type FieldError = Static<typeof FieldError>;

const httpErrorCodes = Object.keys(HTTP_STATUS_OF_CODE) as HttpErrorCode[];

export const Problem = Type.Object(
  {
    type: Type.String({ description: `${PROBLEM_TYPE_BASE}<code in lower case>` }),
    title: Type.String({ description: 'the HTTP status text' }),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.Enum(httpErrorCodes, { description: 'see docs/errors.md' }),
    instance: Type.String({ description: 'the request path' }),
    field: Type.Optional(Type.String({ description: 'the first field in errors' })),
    errors: Type.Optional(Type.Array(FieldError, { description: 'each invalid field of a 400' })),
  },
  { description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof Problem>;

const PROBLEM_RESPONSES = {
  400: { description: 'The body, query or path is invalid; `errors` names each field.' },
  401: { description: 'No valid API key.', headers: { 'www-authenticate': Type.String() } },
  404: { description: 'No such resource or route.' },
  409: { description: 'The request conflicts with the resource’s state.' },
  413: { description: 'The body is larger than `http.bodyLimitBytes`.' },
  415: { description: 'The body is not JSON.' },
  429: {
    description: 'Too many requests with this API key.',
    headers: { 'retry-after': Type.Integer({ description: 'seconds until the next request is accepted' }) },
  },
  500: { description: 'An unexpected failure; the trigger’s log has the details.' },
};
type ProblemStatus = keyof typeof PROBLEM_RESPONSES;
type ProblemResponse = { description: string; content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof Problem } } };

/** The problem responses of an API route: 401, 429 and 500, which any of them can answer, and `statuses`. */
export function problemResponses<S extends ProblemStatus>(...statuses: S[]) {
  const all: ProblemStatus[] = [...statuses, 401, 429, 500];
  const content = { [PROBLEM_MEDIA_TYPE]: { schema: Problem } };
  const responses: Partial<Record<ProblemStatus, ProblemResponse>> = Object.fromEntries(
    all.map((status) => [status, { ...PROBLEM_RESPONSES[status], content }]),
  );
  return responses as Pick<Record<ProblemStatus, ProblemResponse>, S | 401 | 429 | 500>;
}

/**
 * `[lower, upper]`. Not Type.Tuple: its `items: [...]` is draft-07, which OpenAPI 3.1 (JSON Schema
 * 2020-12, `prefixItems`) rejects.
 */
const ConfidenceInterval = Type.Array(Type.Number(), {
  minItems: 2,
  maxItems: 2,
  description: 'confidence interval of changePercent: [lower, upper]',
});

export const RunState = Type.Object({
  runId: Type.String(),
  status: Type.String(),
  suite: Type.String(),
  ref: Type.String(),
  minion: Type.String(),
  benchmarks: Type.Array(Type.String()),
  parameters: Type.Record(Type.String(), Type.String()),
  tags: Type.Array(Type.String()),
  source: Type.String(),
  requestedBy: Type.String(),
  stages: Type.Record(Type.String(), Type.String()),
  commit: Type.Optional(Type.String()),
  provisioningSkipped: Type.Optional(Type.Boolean()),
  results: Type.Optional(
    Type.Array(
      Type.Object({
        benchmark: Type.String(),
        status: Type.String(),
        message: Type.Optional(Type.String()),
        points: Type.Optional(Type.Integer()),
        error: Type.Optional(Type.String()),
      }),
    ),
  ),
  cid: Type.Optional(Type.String()),
  points: Type.Optional(Type.Integer()),
  error: Type.Optional(
    Type.Object({
      stage: Type.String(),
      code: Type.Optional(Type.String({ description: 'one of the codes in docs/errors.md' })),
      reason: Type.String(),
      detail: Type.Optional(Type.String()),
    }),
  ),
  cancellation: Type.Optional(
    Type.Object({
      by: Type.String({ description: 'api-key:<id> of who cancelled the run' }),
      reason: Type.Optional(Type.String()),
    }),
  ),
  analysis: Type.Optional(
    Type.Object(
      {
        regressions: Type.Integer(),
        improvements: Type.Integer(),
        verdicts: Type.Array(
          Type.Object({
            series: Type.Object({
              benchmark: Type.String(),
              case: Type.String(),
              metric: Type.String(),
              unit: Type.String(),
              params: Type.Record(Type.String(), Type.String()),
            }),
            verdict: Type.String({
              description: 'regression, improvement, unchanged, insufficient-history or skipped',
            }),
            value: Type.Number(),
            baseline: Type.Optional(Type.Number()),
            changePercent: Type.Optional(
              Type.Number({ description: 'change of the value against the baseline, in percent' }),
            ),
            ci: Type.Optional(ConfidenceInterval),
            direction: Type.String({ description: 'lower or higher: which way is better' }),
            baselinePoints: Type.Integer(),
            pointsNeeded: Type.Optional(
              Type.Integer({ description: 'insufficient-history: how many more points are needed' }),
            ),
            changeIds: Type.Optional(Type.Array(Type.String())),
          }),
        ),
      },
      { description: "the analyzer's verdict of every series the run wrote (see run.analyzed)" },
    ),
  ),
});

export const RunQuery = Type.Object({
  status: Type.Optional(Type.Enum(STAGES)),
  suite: Type.Optional(Token),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  cursor: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$', description: "a previous page's nextCursor: the page after it" }),
  ),
});

export const RunList = Type.Object({
  runs: Type.Array(RunState, {
    description:
      'newest first; with a filter that matches few runs a page may hold fewer than limit runs (even none) and still have a nextCursor',
  }),
  nextCursor: Type.Optional(
    Type.String({
      description: 'pass as cursor for the next page (also in the Link header, rel="next"); absent on the last page',
    }),
  ),
});

const SeriesIdentity = Type.Object({
  suite: Type.String(),
  benchmark: Type.String(),
  case: Type.String(),
  metric: Type.String(),
  unit: Type.String(),
  minion: Type.String(),
  params: Type.Record(Type.String(), Type.String()),
});

export const Change = Type.Object({
  id: Type.String(),
  series: SeriesIdentity,
  seriesKey: Type.String(),
  status: Type.Enum(CHANGE_STATUSES),
  kind: Type.Union([Type.Literal('regression'), Type.Literal('improvement')]),
  direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')]),
  commitBefore: Type.String({ description: 'last commit of the old level' }),
  commitAfter: Type.String({
    description: 'first commit of the new level: the culprit is in (commitBefore, commitAfter]',
  }),
  positionBefore: Type.Integer(),
  positionAfter: Type.Integer(),
  runId: Type.String({ description: 'the run that first showed the new level' }),
  timeMs: Type.Number(),
  before: Type.Number(),
  after: Type.Number(),
  changePercent: Type.Number(),
  significance: Type.Number({ description: 'two-sided rank-test p-value of the two levels: smaller is stronger' }),
  pointsAfter: Type.Integer(),
  detectedAt: Type.String(),
  updatedAt: Type.String(),
  history: Type.Array(
    Type.Object({
      status: Type.String(),
      at: Type.String(),
      by: Type.String({ description: 'api-key:<id> for people, analyzer for the analyzer' }),
      note: Type.Optional(Type.String()),
    }),
  ),
  bisection: Type.Optional(
    Type.Unknown({
      description:
        'GET /changes/:id only: the bisector\'s confirmation reruns and bisection steps with every run id, and its result (culprit, narrowest range, skipped commits, effect); see the README, "Confirmation and bisection"',
    }),
  ),
});

export const ChangeQuery = Type.Object({
  suite: Type.Optional(Token),
  status: Type.Optional(Type.Enum(CHANGE_STATUSES)),
  since: Type.Optional(
    Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?$',
      description: 'detected at or after this time (RFC 3339, or a date)',
    }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});

export const ChangeTriage = Type.Object(
  {
    status: Type.Enum(TRIAGE_STATUSES),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const CancelBody = Type.Object(
  {
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'why, for the record' })),
  },
  { additionalProperties: false },
);

export const Cancelled = Type.Object({
  runId: Type.String(),
  status: Type.Literal('cancelled'),
  previousStatus: Type.String({
    description: "the run's status when it was cancelled (requested: it never reached its minion)",
  }),
  statusUrl: Type.String(),
});

export const CompareQuery = Type.Object({
  base: Type.String({
    pattern: '^[A-Za-z0-9_-]{1,64}$',
    description: 'a run id, or with suite a commit (7 to 40 hex digits)',
  }),
  head: Type.String({
    pattern: '^[A-Za-z0-9_-]{1,64}$',
    description: 'a run id, or with suite a commit (7 to 40 hex digits)',
  }),
  suite: Type.Optional(Token),
  confidence: Type.Optional(
    Type.Number({ exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: 'of the intervals; default 0.95' }),
  ),
  minChangePercent: Type.Optional(
    Type.Number({
      minimum: 0,
      description: 'smaller significant changes are unchanged; default the analysis setting, else 2',
    }),
  ),
});

const CompareSeries = Type.Object({
  benchmark: Type.String(),
  case: Type.String(),
  metric: Type.String(),
  unit: Type.String(),
  params: Type.Record(Type.String(), Type.String()),
});
const CompareCentre = Type.Object({
  value: Type.Number({
    description: "the point's value: the tool's centre (mean, median or min, as the results file gives it)",
  }),
  stddev: Type.Optional(Type.Number()),
  samples: Type.Optional(Type.Number({ description: 'how many samples the value summarises' })),
  median: Type.Optional(
    Type.Number({ description: "method bootstrap: the median of the point's samples, which the change compares" }),
  ),
});
const CompareSide = Type.Object({
  runId: Type.String(),
  suite: Type.String(),
  ref: Type.String(),
  minion: Type.String(),
  status: Type.String(),
  commit: Type.Optional(Type.String()),
  requestedAt: Type.Optional(Type.String()),
});

export const Comparison = Type.Object({
  base: CompareSide,
  head: CompareSide,
  confidence: Type.Number(),
  minChangePercent: Type.Number(),
  method: Type.Union([Type.Literal('welch'), Type.Literal('bootstrap'), Type.Literal('mixed')], {
    description:
      "the series' methods: bootstrap or welch when every series used that one (welch also with no series), else mixed",
  }),
  summary: Type.Object({
    regressions: Type.Integer(),
    improvements: Type.Integer(),
    unchanged: Type.Integer(),
    inconclusive: Type.Integer(),
  }),
  series: Type.Array(
    Type.Object({
      series: CompareSeries,
      direction: Type.String({ description: 'lower or higher: which way is better' }),
      base: CompareCentre,
      head: CompareCentre,
      method: Type.Union([Type.Literal('welch'), Type.Literal('bootstrap')], {
        description:
          'bootstrap: both points carry their samples, compared by the ratio of medians (seeded bootstrap interval) and Mann–Whitney U; welch: from value, stddev and samples (see docs/cli.md#compare-statistics)',
      }),
      changePercent: Type.Number({ description: 'head against base, in percent of base' }),
      ci: Type.Optional(ConfidenceInterval),
      pValue: Type.Optional(
        Type.Number({ description: "two-sided: Welch's t-test, or Mann–Whitney U with method bootstrap" }),
      ),
      degreesOfFreedom: Type.Optional(Type.Number({ description: 'method welch' })),
      rankTest: Type.Optional(
        Type.Union([Type.Literal('exact'), Type.Literal('normal')], {
          description: 'method bootstrap: Mann–Whitney p counted over every arrangement of the ranks, or approximated',
        }),
      ),
      verdict: Type.Union([
        Type.Literal('regression'),
        Type.Literal('improvement'),
        Type.Literal('unchanged'),
        Type.Literal('inconclusive'),
      ]),
    }),
  ),
  onlyInBase: Type.Array(CompareSeries),
  onlyInHead: Type.Array(CompareSeries),
});
export type Comparison = Static<typeof Comparison>;

// The web view's reads: a benchmark's history, a run's values, the page's settings.

/** Most recent points per series GET /series/history answers with when not asked for another number. */
export const DEFAULT_HISTORY_LIMIT = 2_000;

export const HistoryQuery = Type.Object({
  suite: Token,
  benchmark: Type.String({ minLength: 1, maxLength: 255 }),
  minion: Type.Optional(Token),
  limit: Type.Integer({
    minimum: 1,
    maximum: 20_000,
    default: DEFAULT_HISTORY_LIMIT,
    description: 'most recent points per series',
  }),
});

const Environment = Type.Object({
  fingerprint: Type.String({ description: 'the `env` field of the points: a hash of the host facts' }),
  runId: Type.String({ description: 'a run in this environment' }),
  host: Type.Optional(
    Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
      description: "the minion's host facts as the provisioner recorded them (`host` field of the points)",
    }),
  ),
});

export const SeriesHistory = Type.Object({
  suite: Type.String(),
  benchmark: Type.String(),
  minion: Type.Optional(Type.String()),
  runs: Type.Array(
    Type.Object({
      runId: Type.String(),
      commit: Type.String(),
      position: Type.Optional(Type.Number({ description: "the commit's place on the default branch" })),
      timeMs: Type.Number(),
      noisy: Type.Optional(
        Type.Boolean({
          description: 'the minion was judged noisy during the run: drawn, but left out of the analysis',
        }),
      ),
    }),
    { description: 'one x position per run, in commit order' },
  ),
  series: Type.Array(
    Type.Object({
      key: Type.String({ description: 'as the analyzer keys series: changes[].seriesKey' }),
      identity: SeriesIdentity,
      index: Type.Array(Type.Integer(), { description: 'the run (index into runs) of each point' }),
      value: Type.Array(Type.Number()),
      stddev: Type.Array(Type.Union([Type.Number(), Type.Null()])),
    }),
    { description: 'columns, aligned point by point' },
  ),
  environments: Type.Array(
    Type.Object({
      index: Type.Integer({ description: 'the run (index into runs) whose host facts differ from the previous point' }),
      seriesKeys: Type.Array(Type.String(), { description: 'the series whose points change environment there' }),
      before: Environment,
      after: Environment,
      changed: Type.Array(Type.String(), { description: 'the names of the host facts that differ' }),
    }),
    {
      description:
        "environment changes: where a series' point ran on different host facts (kernel, CPU, OS, …) than its previous point, in run order",
    },
  ),
  changes: Type.Array(Change),
});
export type SeriesHistory = Static<typeof SeriesHistory>;

export const RunPoints = Type.Object({
  runId: Type.String(),
  points: Type.Array(
    Type.Object({
      key: Type.String(),
      series: SeriesIdentity,
      value: Type.Number(),
      stddev: Type.Optional(Type.Number()),
      samples: Type.Optional(Type.Number()),
      min: Type.Optional(Type.Number()),
      max: Type.Optional(Type.Number()),
      median: Type.Optional(Type.Number()),
      iterations: Type.Optional(Type.Number()),
    }),
  ),
});

export const WebSettings = Type.Object({
  public: Type.Boolean({ description: 'reads need no API key (web.public)' }),
  gatewayUrl: Type.Optional(Type.String({ description: 'archived files are at <gatewayUrl>/ipfs/<cid>/<path>' })),
});
