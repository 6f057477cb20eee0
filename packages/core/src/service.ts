import { loadConfig } from './config.ts';
import type { BenchlineConfig } from './config-schema.ts';
import { startHealthServer } from './health.ts';
import { createLogger, type Logger } from './logger.ts';
import { topologyOptions } from './init-topology.ts';
import { connectNats, type NatsContext } from './nats.ts';
import { resolveNatsCredentials } from './nats-credentials.ts';
import { ensureTopology, type Buckets } from './topology.ts';
import { bindTopology } from './topology-bind.ts';

export interface ServiceContext extends NatsContext {
  config: BenchlineConfig;
  log: Logger;
  buckets: Buckets;
}

export interface RunningService {
  /** Stop taking work and finish what is in flight. */
  stop(): Promise<void>;
}

/**
 * Connects to NATS as this process's user (nats-credentials.ts) and ensures the topology, or only
 * binds to it when `nats.manageTopology` is false: everything a service needs besides its own handlers.
 */
export async function openContext(config: BenchlineConfig, name: string, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<ServiceContext> {
  const nats = await connectNats({ ...config.nats, ...(await resolveNatsCredentials(config.nats, env)) }, name, log);
  const buckets = config.nats.manageTopology
    ? await ensureTopology(nats.jsm, nats.js, topologyOptions(config))
    : await bindTopology(nats.jsm, nats.js, log);
  return { ...nats, config, log, buckets };
}

/** The config file a service or tool reads: argv[2], else `BENCHLINE_CONFIG`, else ./benchline.yaml. */
export const configPathFromArgs = (): string => process.argv[2] ?? process.env.BENCHLINE_CONFIG ?? 'benchline.yaml';

/**
 * The shared `main` of every service: config from `BENCHLINE_CONFIG` (or argv[2]), NATS with
 * the topology ensured, then the service's own start function; SIGTERM/SIGINT stop it, drain
 * the connection and exit. `BENCHLINE_HEALTH_PORT` adds a `/healthz` endpoint.
 */
export async function runService(name: string, start: (context: ServiceContext) => Promise<RunningService>): Promise<void> {
  const log = createLogger(name);
  try {
    const configPath = configPathFromArgs();
    const config = await loadConfig(configPath);
    const context = await openContext(config, name, log);
    const service = await start(context);
    const healthPort = process.env.BENCHLINE_HEALTH_PORT;
    const health = healthPort ? await startHealthServer(Number(healthPort), () => !context.nc.isClosed(), process.env.BENCHLINE_HEALTH_HOST) : undefined;
    log.info({ config: configPath }, `${name} started`);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, `${name} stopping`);
      await service.stop();
      health?.close();
      await context.nc.drain();
      log.info(`${name} stopped`);
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    log.fatal({ err: error }, `${name} failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
