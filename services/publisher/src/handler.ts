import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import {
  decodeMessage, hasAnyEvent, nowIso, proto, publishEvent, publishFailure, readArtifact, Stage,
  effectiveParameters, type BenchlineConfig, type EventOf, type Logger, type MessageHandler, type RunPublished, type RunRequest,
} from '@benchline/core';
import { parseResults, PARSER_VERSION, ResultsParseError } from '@benchline/results';
import { manifestFile, runArtifacts, type ParseOutcome } from './bundle.ts';
import { LineProtocolError } from './influx/line-protocol.ts';
import { writePublications } from './influx/publish.ts';
import { InfluxRequestError, type PointWriter } from './influx/writer.ts';
import type { BundleFile, BundleStore } from './ipfs/bundle-store.ts';


export interface PublisherDeps {
  js: JetStreamClient;
  jsm: JetStreamManager;
  artifacts: ObjectStore;
  bundles: BundleStore;
  influx: PointWriter;
  config: BenchlineConfig;
  log: Logger;
}

/**
 * `run.executed` → parse each results file → the run's bundle on IPFS → points in InfluxDB (each
 * carrying run id, commit and the bundle's CID) → `run.published`. A results file that does not
 * parse fails only its benchmark; its raw bytes are still in the bundle.
 */
export function publisherHandler(deps: PublisherDeps): MessageHandler {
  const { js, jsm, artifacts, bundles, influx, config, log } = deps;

  const eventOf = (msg: JsMsg) => decodeMessage('executed', msg);

  return {
    async handle(msg) {
      const event = eventOf(msg);
      if (!event) return;
      const { request, provisioning, execution } = event.message;
      if (await hasAnyEvent(jsm, ['published', 'failed'], request.minion, request.runId)) return;
      const runLog = log.child({ runId: request.runId });

      const files: BundleFile[] = [];
      for (const artifact of runArtifacts(event.message)) files.push({ path: artifact.path, bytes: await readArtifact(artifacts, artifact) });
      const bytesByPath = new Map(files.map((file) => [file.path, file.bytes]));

      const parsed: (ParseOutcome & { results: ReturnType<typeof parseResults>['results'] })[] = [];
      for (const benchmark of execution?.benchmarks ?? []) {
        const results = benchmark.results;
        if (!results?.path) continue;
        const format = benchmark.format && benchmark.format !== 'auto' ? benchmark.format : undefined;
        try {
          const outcome = parseResults(bytesByPath.get(results.path)!, { file: results.path, format });
          parsed.push({ benchmark: benchmark.name ?? '', format: outcome.format, points: outcome.results.length, results: outcome.results });
        } catch (error) {
          if (!(error instanceof ResultsParseError)) throw error;
          parsed.push({ benchmark: benchmark.name ?? '', format: format ?? 'auto', points: 0, error: error.message, results: [] });
        }
      }

      const summary = parsed.map(({ results: _, ...outcome }) => outcome);
      files.push(manifestFile(event.message, summary, PARSER_VERSION));
      const bundle = await bundles.addBundle(files);

      const points = await writePublications(influx, parsed.map((outcome) => ({
        runId: request.runId,
        suite: request.suite,
        benchmark: outcome.benchmark,
        minion: request.minion,
        ref: request.ref,
        commit: provisioning?.commit ?? '',
        cid: bundle.cid,
        requestedAtMs: Date.parse(request.requestedAt),
        runParameters: effectiveParameters(config, request),
        results: outcome.results,
      })));

      const publication = proto.Publication.create({ cid: bundle.cid, benchmarks: summary.map(({ benchmark, ...rest }) => ({ name: benchmark, ...rest })), points, publishedAt: nowIso() });
      const message = proto.RunPublished.create({ request, provisioning, execution, publication }) as RunPublished & { request: RunRequest };
      await publishEvent(js, { stage: 'published', message });
      runLog.info({ cid: bundle.cid, points, parseErrors: summary.filter((outcome) => outcome.error).length }, 'published');
    },

    isPermanent: (error) => error instanceof InfluxRequestError || error instanceof LineProtocolError,

    async giveUp(msg, error) {
      const event = eventOf(msg);
      if (!event) return;
      const { request, provisioning, execution } = event.message;
      await publishFailure(js, request, { stage: Stage.STAGE_PUBLISH, reason: `publishing kept failing: ${(error as Error).message}`, provisioning, execution });
    },
  };
}
