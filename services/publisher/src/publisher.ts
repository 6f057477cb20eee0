import { join } from 'node:path';
import {
  CONSUMERS,
  stageHandler,
  startWorker,
  type Logger,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { publishStage } from './handler.ts';
import { releasingArtifacts, startTrimming } from './retention.ts';
import { InfluxRequestError, InfluxClient } from '@benchline/influx';
import { startGateway } from './ipfs/gateway.ts';
import { openHeliaStore } from './ipfs/helia-store.ts';
import { openKuboStore } from './ipfs/kubo-store.ts';

/**
 * Creates the v1 database before the first write or query (again after an outage). A refusal is fine: a
 * write-only user may not create databases, and in production the database exists already.
 */
function withDatabase(
  writer: InfluxClient,
  apiVersion: 'v1' | 'v2',
  log: Logger,
): Pick<InfluxClient, 'write' | 'query'> {
  let ready: Promise<void> | undefined;
  const ensure = () =>
    writer.ensureDatabase().catch((error: unknown) => {
      if (error instanceof InfluxRequestError)
        return log.warn({ err: error }, 'could not create the InfluxDB database; assuming it exists');
      ready = undefined;
      throw error;
    });
  const databaseReady = async () => {
    if (apiVersion === 'v1') await (ready ??= ensure());
  };
  return {
    async write(points) {
      await databaseReady();
      return writer.write(points);
    },
    async query(statement, params) {
      await databaseReady();
      return writer.query(statement, params);
    },
  };
}

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
  if (gateway) log.info({ url: gateway.url }, 'IPFS gateway listening');
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
