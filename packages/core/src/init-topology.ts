import type { BenchlineConfig } from './config-schema.ts';
import type { Logger } from './logger.ts';
import { connectNats } from './nats.ts';
import { resolveNatsCredentials } from './nats-credentials.ts';
import { ensureTopology, type TopologyOptions } from './topology.ts';

export const topologyOptions = (config: BenchlineConfig): TopologyOptions => ({
  leaseTtlMs: config.lease.ttlSeconds * 1000,
  ackWaitMs: config.nats.ackWaitSeconds * 1000,
  retention: config.retention,
  replicas: config.nats.replicas,
});

/**
 * `benchline-init`: creates or updates the streams, consumers and buckets, then disconnects. Run it
 * at deployment start with the admin user (the services' own users may only bind to them).
 */
export async function initTopology(
  config: BenchlineConfig,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { nc, jsm, js } = await connectNats(
    { ...config.nats, ...(await resolveNatsCredentials(config.nats, env)) },
    'benchline-init',
    log,
  );
  try {
    await ensureTopology(jsm, js, topologyOptions(config));
  } finally {
    await nc.close();
  }
}
