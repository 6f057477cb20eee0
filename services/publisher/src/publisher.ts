import { join } from 'node:path';
import { CONSUMERS, stageHandler, startWorker, type RunningService, type ServiceContext } from '@benchline/core';
import { publishStage } from './handler.ts';
import { releasingArtifacts, startTrimming } from './retention.ts';
import { InfluxClient } from '@benchline/influx';
import { withDatabase } from './influx-database.ts';
import { startGateway } from './ipfs/gateway.ts';
import { openHeliaStore } from './ipfs/helia-store.ts';
import { openKuboStore } from './ipfs/kubo-store.ts';

/** The publisher: embedded Helia (or Kubo when configured), InfluxDB, and optionally a local gateway. */
export async function startPublisher({
  config,
  js,
  jsm,
  buckets,
  log,
}: ServiceContext): Promise<RunningService & { gatewayUrl?: string }> {
  const bundles = config.ipfs.kuboUrl
    ? openKuboStore(config.ipfs.kuboUrl, config.ipfs.kuboToken)
    : await openHeliaStore(join(config.dataDir, 'ipfs'));
  const gateway =
    config.ipfs.gatewayPort === undefined
      ? undefined
      : await startGateway({ reader: bundles, port: config.ipfs.gatewayPort, logger: log });
  const influx = withDatabase(
    new InfluxClient({ ...config.influx, logger: log, retry: { maxElapsedMs: config.influx.retryMaxSeconds * 1000 } }),
    config.influx.apiVersion,
    log,
  );
  const retention = { jsm, artifacts: buckets.artifacts, retention: config.retention, log };
  const handler = releasingArtifacts(
    stageHandler(publishStage({ artifacts: buckets.artifacts, bundles, influx, js, config }), { js, jsm, log }),
    retention,
  );
  const worker = startWorker({ js, durable: CONSUMERS.publisher.durable, handler, log, concurrency: 2 });
  const trimming = startTrimming(retention);
  return {
    gatewayUrl: gateway?.url,
    async stop() {
      await trimming.stop();
      await worker.stop();
      await gateway?.close();
      await bundles.close();
    },
  };
}
