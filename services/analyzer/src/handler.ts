import type { JetStreamClient } from '@nats-io/jetstream';
import { detectChangePoints } from '@benchline/analysis';
import {
  bisectionSettingsOf,
  nowIso,
  proto,
  runPurpose,
  Stage,
  Verdict,
  type BenchlineConfig,
  type ChangeRecord,
  type ChangeStore,
  type RunAnalyzed,
  type RunRequest,
  type SeriesVerdict,
  type StageDefinition,
} from '@benchline/core';
import type { InfluxClient } from '@benchline/influx';
import { applyChange } from './change-outputs.ts';
import { environmentSegmentStart } from './environment-segment.ts';
import { readBenchmarkHistory } from './history.ts';
import { judgeSeries, type RunPlace } from './judge-series.ts';
import { repeatRequest, requestRepeat } from './noisy-repeat.ts';
import { reconcileChanges, type ChangeUpdate } from './reconcile-changes.ts';
import { settingsFor } from './settings.ts';
import { suspectedChange } from './suspected-change.ts';

export interface AnalyzerDeps {
  readonly js: JetStreamClient;
  readonly influx: Pick<InfluxClient, 'query' | 'querySeries' | 'write'>;
  readonly changes: ChangeStore;
  readonly config: BenchlineConfig;
}

/**
 * `run.published` → the history of every series the run wrote, from InfluxDB, since the minion's
 * last environment change → a verdict per series, and (for a run on the default branch) the
 * series' change points, stored, written to InfluxDB and announced → `run.analyzed`. A noisy run's
 * verdicts are skipped, it changes no change point, and it is repeated once (`noise.judgement.repeat`).
 */
export function analyzeStage(deps: AnalyzerDeps): StageDefinition<'published', 'analyzed'> {
  const { config } = deps;
  return {
    stage: Stage.STAGE_ANALYZE,
    activity: 'analysis',
    consumes: 'published',
    publishes: 'analyzed',

    async work({ event, request, log }) {
      const { provisioning, execution, publication } = event.message;
      const purpose = runPurpose(request);
      if (purpose) {
        // A confirmation or bisection run: the bisector reads its points; no verdict, no change update.
        log.info({ purpose }, 'background run: left out of the analysis');
        const analysis = proto.Analysis.create({ verdicts: [], regressions: 0, improvements: 0, analyzedAt: nowIso() });
        return proto.RunAnalyzed.create({ request, provisioning, execution, publication, analysis }) as RunAnalyzed & {
          request: RunRequest;
        };
      }
      const order = provisioning?.order;
      const noisy = publication?.noise?.noisy === true;
      const place: RunPlace = {
        runId: request.runId,
        position: Number(order?.position ?? 0),
        onDefaultBranch: order?.onDefaultBranch ?? false,
        noisy,
        segmentStartMs: await environmentSegmentStart(deps.influx, request.minion, request.requestedAt),
      };
      const stored = await deps.changes.ofSuite(request.suite);
      const verdicts: SeriesVerdict[] = [];
      for (const benchmark of publication?.benchmarks ?? []) {
        if (!benchmark.points || !benchmark.name) continue;
        const settings = settingsFor(config, request.suite, benchmark.name);
        const history = readBenchmarkHistory(deps.influx, {
          suite: request.suite,
          benchmark: benchmark.name,
          minion: request.minion,
        });
        for await (const series of history) {
          const judgement = judgeSeries(series, place, settings);
          if (!judgement) continue;
          if (place.position > 0 && place.onDefaultBranch && !settings.ignore && !noisy) {
            const detected = detectChangePoints(
              judgement.mainline.map((point) => point.value),
              {
                ...(settings.minChangePercent !== undefined && { minChangePercent: settings.minChangePercent }),
                ...(settings.minAbsoluteChange !== undefined && { minAbsoluteChange: settings.minAbsoluteChange }),
              },
            );
            const now = nowIso();
            const updates = reconcileChanges({
              series: series.identity,
              seriesKey: series.key,
              direction: judgement.direction,
              mainline: judgement.mainline,
              detected,
              stored: stored.get(series.key) ?? [],
              now,
            });
            const applied: ChangeRecord[] = [];
            const apply = async (update: ChangeUpdate) => {
              const record = await applyChange({ store: deps.changes, influx: deps.influx, js: deps.js }, update);
              if (record) applied.push(record);
            };
            for (const update of updates) await apply(update);
            if (bisectionSettingsOf(config, request.suite).enabled) {
              const known = [...(stored.get(series.key) ?? []), ...updates.map((update) => update.record)];
              const suspected = suspectedChange({
                series: series.identity,
                judgement,
                seriesKey: series.key,
                runId: request.runId,
                stored: known,
                now,
              });
              if (suspected) await apply(suspected);
            }
            judgement.verdict.changeIds = applied.map((record) => record.id);
          }
          verdicts.push(judgement.verdict);
        }
      }
      if (noisy) {
        const repeat = config.noise.judgement.repeat ? repeatRequest(request, provisioning) : undefined;
        if (repeat) await requestRepeat(deps.js, repeat);
        log.info({ noise: publication?.noise?.reason, repeat: repeat?.runId }, 'noisy run: verdicts skipped');
      }
      const analysis = proto.Analysis.create({
        verdicts,
        regressions: verdicts.filter((verdict) => verdict.verdict === Verdict.VERDICT_REGRESSION).length,
        improvements: verdicts.filter((verdict) => verdict.verdict === Verdict.VERDICT_IMPROVEMENT).length,
        analyzedAt: nowIso(),
      });
      log.info(
        { series: verdicts.length, regressions: analysis.regressions, improvements: analysis.improvements },
        'analyzed',
      );
      return proto.RunAnalyzed.create({ request, provisioning, execution, publication, analysis }) as RunAnalyzed & {
        request: RunRequest;
      };
    },

    failureContext: ({ message }) => ({ provisioning: message.provisioning, execution: message.execution }),
  };
}
