import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.ts';
import type { BenchlineConfig } from './config-schema.ts';
import type { NatsConnection } from '@nats-io/transport-node';
import { startHealthServer, type HealthReport } from './health.ts';
import { createLogger, type Logger } from './logger.ts';
import { enableServiceMetrics, healthChecks, metricsRegistry, watchedWorkers } from './metrics.ts';
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
  /** Dependencies that must answer for the service to be ready, besides NATS and those runService knows (InfluxDB, Kubo): name → probe that throws when unreachable. */
  dependencies?: Record<string, () => Promise<void>>;
}

export interface ReadinessOptions {
  nc: Pick<NatsConnection, 'isClosed' | 'rtt'>;
  /** False between a disconnect and the reconnect. */
  connected(): boolean;
  stopping(): boolean;
  /** Probes of the dependencies (InfluxDB, Kubo, …); each result is kept for `dependencyCacheMs`. */
  dependencies?: Record<string, () => Promise<void>>;
  dependencyCacheMs?: number;
}

const within = <T>(ms: number, what: string, promise: Promise<T>): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer from ${what} within ${ms / 1000} s`)), ms).unref(),
    ),
  ]);

/**
 * What `/healthz` checks: ready means connected to NATS (and it answers), every worker's consumer
 * bound and its worker not stuck (worker.ts: its pull loop turns, no message in hand without
 * progress for too long), every dependency reachable, and not stopping.
 */
export function readinessCheck(options: ReadinessOptions): () => Promise<HealthReport> {
  const { nc, dependencyCacheMs = 5_000 } = options;
  const probed = new Map<string, { at: number; result: Promise<string> }>();
  const probe = (name: string, run: () => Promise<void>) => {
    const cached = probed.get(name);
    if (cached && Date.now() - cached.at < dependencyCacheMs) return cached.result;
    const result = within(2_000, name, run()).then(
      () => 'ok',
      (error: unknown) => `unreachable: ${(error as Error).message}`,
    );
    probed.set(name, { at: Date.now(), result });
    return result;
  };
  return async () => {
    const checks: Record<string, string> = {};
    if (options.stopping()) checks.service = 'stopping';
    checks.nats = nc.isClosed()
      ? 'connection closed'
      : !options.connected()
        ? 'disconnected; reconnecting'
        : await within(2_000, 'NATS', nc.rtt()).then(
            () => 'ok',
            (error: unknown) => (error as Error).message,
          );
    const now = Date.now();
    for (const worker of watchedWorkers()) {
      const liveness = worker.liveness(now);
      checks[`worker ${worker.durable}`] =
        liveness.stuck ?? (liveness.bound ? 'ok' : `consumer ${worker.stream}/${worker.durable} not bound`);
    }
    const dependencies = Object.entries(options.dependencies ?? {});
    const results = await Promise.all(dependencies.map(([name, run]) => probe(name, run)));
    for (const [index, [name]] of dependencies.entries()) checks[name] = results[index]!;
    for (const [check, verdict] of Object.entries(checks)) healthChecks.set({ check }, verdict === 'ok' ? 1 : 0);
    return { ok: Object.values(checks).every((verdict) => verdict === 'ok'), checks };
  };
}

/** Any HTTP answer means reachable (a 401 from a Kubo that wants a token too); no answer does not. */
async function answers(url: string): Promise<void> {
  const response = await fetch(url, {
    method: url.includes('/api/v0/') ? 'POST' : 'GET',
    signal: AbortSignal.timeout(2_000),
  });
  await response.body?.cancel();
}

/** The dependencies a service cannot work without, by what it does: InfluxDB (publisher, analyzer), Kubo (publisher, when configured). */
function knownDependencies(name: string, config: BenchlineConfig): Record<string, () => Promise<void>> {
  const under = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;
  const influx = { influxdb: () => answers(under(config.influx.url, '/ping')) };
  if (name === 'analyzer') return influx;
  if (name !== 'publisher') return {};
  const kubo = config.ipfs.kuboUrl;
  return { ...influx, ...(kubo ? { ipfs: () => answers(under(kubo, '/api/v0/version')) } : {}) };
}

/**
 * Connects to NATS as this process's user (nats-credentials.ts) and ensures the topology, or only
 * binds to it when `nats.manageTopology` is false: everything a service needs besides its own handlers.
 */
export async function openContext(
  config: BenchlineConfig,
  name: string,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServiceContext> {
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
 * the connection and exit. `BENCHLINE_HEALTH_PORT` adds a server with `/healthz` (readiness:
 * readinessCheck) and `/metrics` (Prometheus, metrics.ts); 0 takes any free port, logged with `<name> started`.
 */
export async function runService(
  name: string,
  start: (context: ServiceContext) => Promise<RunningService>,
): Promise<void> {
  const log = createLogger(name);
  try {
    const configPath = configPathFromArgs();
    const config = await loadConfig(configPath);
    const context = await openContext(config, name, log);
    let connected = true;
    void (async () => {
      for await (const status of context.nc.status()) {
        if (status.type === 'disconnect') connected = false;
        if (status.type === 'reconnect') connected = true;
      }
    })();
    enableServiceMetrics(name);
    const service = await start(context);
    let stopping = false;
    const healthPort = process.env.BENCHLINE_HEALTH_PORT;
    const check = readinessCheck({
      nc: context.nc,
      connected: () => connected,
      stopping: () => stopping,
      dependencies: { ...knownDependencies(name, config), ...service.dependencies },
    });
    const health = healthPort
      ? await startHealthServer({
          port: Number(healthPort),
          host: process.env.BENCHLINE_HEALTH_HOST,
          check,
          metrics: metricsRegistry,
        })
      : undefined;
    // The bound port, not the asked one: port 0 (any free port) leaves no window for another process to take it.
    const healthAddress = health?.address() as AddressInfo | undefined;
    log.info(
      {
        config: configPath,
        ...(healthAddress && { health: `http://${healthAddress.address}:${healthAddress.port}` }),
      },
      `${name} started`,
    );

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
