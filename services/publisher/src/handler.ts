import type { JetStreamClient } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import {
  effectiveParameters,
  nowIso,
  proto,
  readArtifact,
  runPurpose,
  Stage,
  type BenchlineConfig,
  type RunExecuted,
  type RunPublished,
  type RunRequest,
  type StageDefinition,
} from '@benchline/core';
import { parseResults, PARSER_VERSION, ResultsParseError } from '@benchline/results';
import { manifestFile, runArtifacts } from './bundle.ts';
import { runTimestampNs } from './influx/points.ts';
import { writePublications } from './influx/publish.ts';
import type { InfluxClient } from '@benchline/influx';
import type { BundleFile, BundleStore } from './ipfs/bundle-store.ts';
import { judgeMinion } from './minion-judgement.ts';
import { mergeRepetitions, type ParsedFile } from './repetitions.ts';

export interface PublisherDeps {
  artifacts: ObjectStore;
  bundles: BundleStore;
  influx: Pick<InfluxClient, 'write' | 'query'>;
  /** Announces environment changes (CHANGES stream). */
  js: JetStreamClient;
  config: BenchlineConfig;
}

/**
 * `run.executed` → parse each results file (a benchmark's repetitions merged into one result per
 * series) → the run's bundle on IPFS → the minion's noise and environment judged → points in
 * InfluxDB (each carrying run id, commit and the bundle's CID) → `run.published`. A results file
 * that does not parse fails only its benchmark; its raw bytes are still in the bundle.
 */
export function publishStage(deps: PublisherDeps): StageDefinition<'executed', 'published'> {
  const { artifacts, bundles, influx, config } = deps;
  return {
    stage: Stage.STAGE_PUBLISH,
    activity: 'publishing',
    consumes: 'executed',
    publishes: 'published',

    async work({ event, request, log }) {
      const { provisioning, execution } = event.message;
      const order = orderOf(provisioning);
      const files: BundleFile[] = [];
      for (const artifact of runArtifacts(event.message))
        files.push({ path: artifact.path, bytes: await readArtifact(artifacts, artifact) });
      const bytesByPath = new Map(files.map((file) => [file.path, file.bytes]));

      const parsed = mergeRepetitions(parseFiles(execution, bytesByPath));
      const summary = parsed.map(({ results: _, ...outcome }) => outcome);
      files.push(manifestFile(event.message, summary, PARSER_VERSION));
      const bundle = await bundles.addBundle(files);

      const requestedAtMs = Date.parse(request.requestedAt);
      const timestampNs = runTimestampNs(request.runId, requestedAtMs);
      const minion = await judgeMinion(deps, { request, message: event.message, timestampNs }, log);
      const purpose = runPurpose(request);
      const points = await writePublications(
        influx,
        parsed.map((outcome) => ({
          runId: request.runId,
          suite: request.suite,
          benchmark: outcome.benchmark,
          minion: request.minion,
          ref: request.ref,
          commit: provisioning?.commit ?? '',
          ...(order && { order }),
          ...(minion.facts && { host: minion.facts }),
          ...(minion.noise?.noisy && { noisy: true }),
          cid: bundle.cid,
          ...(purpose && { purpose }),
          requestedAtMs,
          runParameters: effectiveParameters(config, request),
          results: outcome.results,
        })),
      );

      const benchmarks = summary.map(({ benchmark, ...rest }) => ({ name: benchmark, ...rest }));
      const change = minion.environmentChange;
      const publication = proto.Publication.create({
        cid: bundle.cid,
        benchmarks,
        points,
        publishedAt: nowIso(),
        ...(minion.noise && { noise: minion.noise }),
        ...(change && {
          environmentChange: { id: change.id, previousRunId: change.previousRunId, changed: [...change.changed] },
        }),
      });
      log.info(
        {
          cid: bundle.cid,
          points,
          parseErrors: summary.filter((outcome) => outcome.error).length,
          ...(minion.noise && { noise: minion.noise.reason }),
          ...(change && { environmentChanged: change.changed }),
        },
        'published',
      );
      return proto.RunPublished.create({ request, provisioning, execution, publication }) as RunPublished & {
        request: RunRequest;
      };
    },

    failureContext: ({ message }) => ({ provisioning: message.provisioning, execution: message.execution }),
  };
}

/** Each retrieved results file parsed; one that does not parse is an outcome with its error and no results. */
function parseFiles(execution: RunExecuted['execution'], bytesByPath: ReadonlyMap<string, Uint8Array>): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const benchmark of execution?.benchmarks ?? []) {
    const results = benchmark.results;
    if (!results?.path) continue;
    const format = benchmark.format && benchmark.format !== 'auto' ? benchmark.format : undefined;
    const file = { benchmark: benchmark.name ?? '', repetition: benchmark.repetition ?? 0 };
    try {
      const outcome = parseResults(bytesByPath.get(results.path)!, { file: results.path, format });
      parsed.push({ ...file, format: outcome.format, points: outcome.results.length, results: outcome.results });
    } catch (error) {
      if (!(error instanceof ResultsParseError)) throw error;
      parsed.push({ ...file, format: format ?? 'auto', points: 0, error: error.message, results: [] });
    }
  }
  return parsed;
}

/** The commit's place for the points, when the provisioner recorded one (position 0: no shared history). */
function orderOf(
  provisioning: RunPublished['provisioning'],
): { position: number; onDefaultBranch: boolean } | undefined {
  const position = Number(provisioning?.order?.position ?? 0);
  return position > 0 ? { position, onDefaultBranch: provisioning?.order?.onDefaultBranch ?? false } : undefined;
}
