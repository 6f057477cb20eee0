import { setImmediate } from 'node:timers/promises';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { directionOfUnit } from '@benchline/analysis';
import { getRun, listRuns, type RunState } from '@benchline/core';
import type { AppDeps } from '../app-deps.ts';
import { pointsOfRun, seriesKey } from '../compare/points.ts';
import { compareSides, type Centre, type CompareVerdict } from '../compare/statistics.ts';
import { HttpError } from '../problem.ts';
import { Comparison, CompareQuery, problemResponses } from '../schemas.ts';

/** GET /compare: head against base, per series, from the points both runs wrote to InfluxDB. */
export const compareRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs, influx }) => {
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

  app.get(
    '/compare',
    {
      schema: {
        summary:
          'Compare two runs (or a suite at two commits) series by series: the centres, the change with its confidence interval, significance and verdict',
        description:
          "Per series by the samples both points carry (bootstrap interval of the ratio of medians, Mann–Whitney U), else Welch-style from the points' value, stddev and samples; see docs/cli.md#compare-statistics.",
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
      const [basePoints, headPoints] = await Promise.all([pointsOfRun(influx(), base), pointsOfRun(influx(), head)]);
      const baseByKey = new Map(basePoints.map((point) => [seriesKey(point.series), point]));
      const headKeys = new Set(headPoints.map((point) => seriesKey(point.series)));
      const series: Comparison['series'] = [];
      for (const point of headPoints) {
        const before = baseByKey.get(seriesKey(point.series));
        if (!before) continue;
        const direction =
          config.analysis.suites[base.suite]?.benchmarks[point.series.benchmark]?.direction ??
          config.analysis.suites[base.suite]?.direction ??
          config.analysis.direction ??
          directionOfUnit(point.series.unit);
        const { medians, ...result } = compareSides(before.centre, point.centre, {
          direction,
          confidence,
          minChangePercent,
        });
        series.push({
          series: point.series,
          direction,
          base: shownCentre(before.centre, medians?.base),
          head: shownCentre(point.centre, medians?.head),
          ...result,
        });
        // A bootstrap takes up to about 0.1 s: let other requests in between series.
        await setImmediate();
      }
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
      const methods = new Set(series.map((entry) => entry.method));
      return {
        base: side(base),
        head: side(head),
        confidence,
        minChangePercent,
        method:
          methods.size > 1
            ? ('mixed' as const)
            : methods.has('bootstrap')
              ? ('bootstrap' as const)
              : ('welch' as const),
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

/** A side as the response shows it: the point's figures, and the median its samples were compared by. */
function shownCentre({ sampleValues: _, ...centre }: Centre, median: number | undefined) {
  return median === undefined ? centre : { ...centre, median };
}
