import type { ObjectStore } from '@nats-io/obj';
import {
  effectiveParameters,
  nowIso,
  proto,
  readArtifact,
  runPurpose,
  Stage,
  type BenchlineConfig,
  type RunPublished,
  type RunRequest,
  type StageDefinition,
} from '@benchline/core';
import { parseResults, PARSER_VERSION, ResultsParseError } from '@benchline/results';
import { manifestFile, runArtifacts, type ParseOutcome } from './bundle.ts';
import { writePublications } from './influx/publish.ts';
import type { PointWriter } from '@benchline/influx';
import type { BundleFile, BundleStore } from './ipfs/bundle-store.ts';

export interface PublisherDeps {
  artifacts: ObjectStore;
  bundles: BundleStore;
  influx: PointWriter;
  config: BenchlineConfig;
}

/**
 * `run.executed` → parse each results file → the run's bundle on IPFS → points in InfluxDB (each
 * carrying run id, commit and the bundle's CID) → `run.published`. A results file that does not
 * parse fails only its benchmark; its raw bytes are still in the bundle.
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

      const parsed: (ParseOutcome & { results: ReturnType<typeof parseResults>['results'] })[] = [];
      for (const benchmark of execution?.benchmarks ?? []) {
        const results = benchmark.results;
        if (!results?.path) continue;
        const format = benchmark.format && benchmark.format !== 'auto' ? benchmark.format : undefined;
        try {
          const outcome = parseResults(bytesByPath.get(results.path)!, { file: results.path, format });
          parsed.push({
            benchmark: benchmark.name ?? '',
            format: outcome.format,
            points: outcome.results.length,
            results: outcome.results,
          });
        } catch (error) {
          if (!(error instanceof ResultsParseError)) throw error;
          parsed.push({
            benchmark: benchmark.name ?? '',
            format: format ?? 'auto',
            points: 0,
            error: error.message,
            results: [],
          });
        }
      }

      const summary = parsed.map(({ results: _, ...outcome }) => outcome);
      files.push(manifestFile(event.message, summary, PARSER_VERSION));
      const bundle = await bundles.addBundle(files);

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
          ...(provisioning?.host && { host: hostFacts(provisioning.host) }),
          cid: bundle.cid,
          ...(runPurpose(request) && { purpose: runPurpose(request) }),
          requestedAtMs: Date.parse(request.requestedAt),
          runParameters: effectiveParameters(config, request),
          results: outcome.results,
        })),
      );

      const benchmarks = summary.map(({ benchmark, ...rest }) => ({ name: benchmark, ...rest }));
      const publication = proto.Publication.create({ cid: bundle.cid, benchmarks, points, publishedAt: nowIso() });
      log.info(
        { cid: bundle.cid, points, parseErrors: summary.filter((outcome) => outcome.error).length },
        'published',
      );
      return proto.RunPublished.create({ request, provisioning, execution, publication }) as RunPublished & {
        request: RunRequest;
      };
    },

    failureContext: ({ message }) => ({ provisioning: message.provisioning, execution: message.execution }),
  };
}

/** The host facts as plain values (uint64 as a number), as the bundle's manifest shows them. */
function hostFacts(
  host: NonNullable<NonNullable<RunPublished['provisioning']>['host']>,
): Record<string, string | number> {
  return proto.HostFacts.toObject(proto.HostFacts.create(host), { defaults: true, longs: Number }) as Record<
    string,
    string | number
  >;
}

/** The commit's place for the points, when the provisioner recorded one (position 0: no shared history). */
function orderOf(
  provisioning: RunPublished['provisioning'],
): { position: number; onDefaultBranch: boolean } | undefined {
  const position = Number(provisioning?.order?.position ?? 0);
  return position > 0 ? { position, onDefaultBranch: provisioning?.order?.onDefaultBranch ?? false } : undefined;
}
