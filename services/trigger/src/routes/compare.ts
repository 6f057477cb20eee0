import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { directionOfUnit, studentTQuantileTwoSided, studentTTwoSided, type Direction } from '@benchline/analysis';
import { getRun, listRuns, type RunState } from '@benchline/core';
import { InfluxClient, RESULTS_MEASUREMENT } from '@benchline/influx';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { Comparison, CompareQuery, problemResponses } from '../schemas.ts';

/** One side of a comparison: the point's centre and, when the tool reported them, its spread and sample count. */
export interface Centre {
  value: number;
  stddev?: number;
  samples?: number;
}

export type CompareVerdict = 'regression' | 'improvement' | 'unchanged' | 'inconclusive';

export interface SeriesComparison {
  changePercent: number;
  /** Confidence interval of changePercent; absent without a spread and at least 2 samples on both sides. */
  ci?: [number, number];
  /** Two-sided p-value of Welch's t-test of the two centres. */
  pValue?: number;
  degreesOfFreedom?: number;
  verdict: CompareVerdict;
}

export interface CompareOptions {
  direction: Direction;
  /** Of the interval; its complement is the significance level. */
  confidence: number;
  /** A significant change smaller than this (in percent) is `unchanged`. */
  minChangePercent: number;
}

/**
 * Head against base, Welch-style: each centre's standard error is stddev/√samples (what InfluxDB
 * holds for a point: `value`, `stddev`, `samples`), the difference's is √(se₁² + se₂²) with
 * Welch–Satterthwaite degrees of freedom; the interval of the difference, divided by the base's
 * centre, is the interval of the change in percent (the base centre is taken as exact in the
 * denominator). Significant: the interval excludes 0 (p < 1 − confidence). Verdict by direction, and
 * `unchanged` when not significant or smaller than minChangePercent; `inconclusive` without spreads.
 */
export function compareCentres(base: Centre, head: Centre, options: CompareOptions): SeriesComparison {
  const difference = head.value - base.value;
  const changePercent = base.value === 0 ? 0 : (difference / Math.abs(base.value)) * 100;
  const errorOf = (centre: Centre) =>
    centre.stddev !== undefined && centre.samples !== undefined && centre.samples >= 2
      ? (centre.stddev * centre.stddev) / centre.samples
      : undefined;
  const baseVariance = errorOf(base);
  const headVariance = errorOf(head);
  if (baseVariance === undefined || headVariance === undefined || base.value === 0)
    return { changePercent, verdict: 'inconclusive' };
  const standardError = Math.sqrt(baseVariance + headVariance);
  const degreesOfFreedom =
    standardError === 0
      ? base.samples! + head.samples! - 2
      : (baseVariance + headVariance) ** 2 /
        (baseVariance ** 2 / (base.samples! - 1) + headVariance ** 2 / (head.samples! - 1));
  const tail = 1 - options.confidence;
  const quantile = studentTQuantileTwoSided(tail, degreesOfFreedom);
  const toPercent = (x: number) => (x / Math.abs(base.value)) * 100;
  const ci: [number, number] = [
    toPercent(difference - quantile * standardError),
    toPercent(difference + quantile * standardError),
  ];
  const pValue =
    standardError === 0 ? (difference === 0 ? 1 : 0) : studentTTwoSided(difference / standardError, degreesOfFreedom);
  const significant = pValue < tail && Math.abs(changePercent) >= options.minChangePercent;
  const worse = options.direction === 'lower' ? difference > 0 : difference < 0;
  const verdict: CompareVerdict = !significant ? 'unchanged' : worse ? 'regression' : 'improvement';
  return { changePercent, ci, pValue, degreesOfFreedom, verdict };
}

interface SeriesPoint {
  series: { benchmark: string; case: string; metric: string; unit: string; params: Record<string, string> };
  minion: string;
  centre: Centre;
}

const POINTS_OF_RUN = `SELECT "value", "stddev", "samples", "run_id" FROM "${RESULTS_MEASUREMENT}"
WHERE "suite" = $suite AND "run_id" = $runId AND time >= $from AND time <= $to GROUP BY *`;

const seriesKey = ({ benchmark, case: name, metric, unit, params }: SeriesPoint['series']) =>
  JSON.stringify([
    benchmark,
    name,
    metric,
    unit,
    Object.keys(params)
      .sort()
      .map((key) => [key, params[key]]),
  ]);

/** GET /compare: head against base, per series, from the points both runs wrote to InfluxDB. */
export const compareRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs, log }) => {
  let influx: InfluxClient | undefined;
  const influxClient = () =>
    (influx ??= new InfluxClient({ ...config.influx, logger: log, retry: { maxElapsedMs: 10_000 } }));

  /** A run id, or with `suite` a commit (or a prefix of at least 7 characters): its most recent published run. */
  const resolve = async (which: 'base' | 'head', reference: string, suite: string | undefined): Promise<RunState> => {
    if (suite === undefined) {
      const state = await getRun(runs, reference);
      if (!state)
        throw new HttpError(
          'HTTP_NOT_FOUND',
          `no run ${reference} (${which}); give two run ids, or suite and two commits`,
        );
      return state;
    }
    if (!/^[0-9a-f]{7,40}$/i.test(reference)) {
      throw new HttpError('HTTP_BAD_REQUEST', `${which} must be a commit (7 to 40 hex digits) when suite is given`, [
        { field: `querystring.${which}`, message: 'must be a commit' },
      ]);
    }
    const published = (await listRuns(runs, { suite, limit: 10_000 })).filter(
      (state) =>
        state.commit?.toLowerCase().startsWith(reference.toLowerCase()) &&
        (state.status === 'published' || state.status === 'analyzed'),
    );
    if (published.length === 0)
      throw new HttpError('HTTP_NOT_FOUND', `no published run of suite ${suite} at commit ${reference} (${which})`);
    return published[0]!;
  };

  const pointsOf = async (state: RunState): Promise<SeriesPoint[]> => {
    const requested = Date.parse(state.stages.requested ?? '');
    if (!Number.isFinite(requested)) return [];
    const at = (ms: number) => new Date(ms).toISOString();
    const groups = await influxClient().query(POINTS_OF_RUN, {
      suite: state.suite,
      runId: state.runId,
      from: at(requested - 1_000),
      to: at(requested + 1_000),
    });
    return groups.flatMap(({ tags, rows }) =>
      rows.flatMap((row): SeriesPoint[] => {
        if (typeof row.value !== 'number') return [];
        const params = Object.fromEntries(
          Object.entries(tags)
            .filter(([name, value]) => name.startsWith('param_') && value !== '')
            .map(([name, value]) => [name.slice(6), value]),
        );
        return [
          {
            series: {
              benchmark: tags.benchmark ?? '',
              case: tags.case ?? '',
              metric: tags.metric ?? '',
              unit: tags.unit ?? '',
              params,
            },
            minion: tags.minion ?? '',
            centre: {
              value: row.value,
              ...(typeof row.stddev === 'number' ? { stddev: row.stddev } : {}),
              ...(typeof row.samples === 'number' ? { samples: row.samples } : {}),
            },
          },
        ];
      }),
    );
  };

  app.get(
    '/compare',
    {
      schema: {
        summary:
          'Compare two runs (or a suite at two commits) series by series: the centres, the change with its confidence interval, significance and verdict',
        description:
          "Welch-style interval from the points' value, stddev and samples in InfluxDB; see docs/cli.md#compare for the statistics.",
        querystring: CompareQuery,
        response: { 200: Comparison, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { base: baseRef, head: headRef, suite } = request.query;
      const confidence = request.query.confidence ?? 0.95;
      const [base, head] = [await resolve('base', baseRef, suite), await resolve('head', headRef, suite)];
      if (base.suite !== head.suite)
        throw new HttpError(
          'HTTP_BAD_REQUEST',
          `base is a run of suite ${base.suite} and head of ${head.suite}: compare runs of one suite`,
          [{ field: 'querystring.head', message: 'another suite' }],
        );
      const minChangePercent =
        request.query.minChangePercent ??
        config.analysis.suites[base.suite]?.minChangePercent ??
        config.analysis.minChangePercent ??
        2;
      const [basePoints, headPoints] = await Promise.all([pointsOf(base), pointsOf(head)]);
      const baseByKey = new Map(basePoints.map((point) => [seriesKey(point.series), point]));
      const headKeys = new Set(headPoints.map((point) => seriesKey(point.series)));
      const series = headPoints.flatMap((point) => {
        const before = baseByKey.get(seriesKey(point.series));
        if (!before) return [];
        const direction =
          config.analysis.suites[base.suite]?.benchmarks[point.series.benchmark]?.direction ??
          config.analysis.suites[base.suite]?.direction ??
          config.analysis.direction ??
          directionOfUnit(point.series.unit);
        return [
          {
            series: point.series,
            direction,
            base: before.centre,
            head: point.centre,
            ...compareCentres(before.centre, point.centre, { direction, confidence, minChangePercent }),
          },
        ];
      });
      const side = (state: RunState) => ({
        runId: state.runId,
        suite: state.suite,
        ref: state.ref,
        minion: state.minion,
        status: state.status,
        ...(state.commit ? { commit: state.commit } : {}),
        ...(state.stages.requested ? { requestedAt: state.stages.requested } : {}),
      });
      const count = (verdict: CompareVerdict) => series.filter((entry) => entry.verdict === verdict).length;
      return {
        base: side(base),
        head: side(head),
        confidence,
        minChangePercent,
        method: 'welch' as const,
        summary: {
          regressions: count('regression'),
          improvements: count('improvement'),
          unchanged: count('unchanged'),
          inconclusive: count('inconclusive'),
        },
        series,
        onlyInBase: basePoints.filter((point) => !headKeys.has(seriesKey(point.series))).map((point) => point.series),
        onlyInHead: headPoints.filter((point) => !baseByKey.has(seriesKey(point.series))).map((point) => point.series),
      };
    },
  );
};
