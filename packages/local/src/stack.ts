import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import {
  createLogger,
  initTopology,
  loadConfig,
  type BenchlineConfig,
  type MinionConfig,
  type NatsUser,
} from '@benchline/core';
import {
  freePort,
  startInfluxd,
  startNats,
  startNatsCluster,
  startSshd,
  type Influxd,
  type NatsCluster,
  type NatsServer,
  type Sshd,
} from '@benchline/servers';
import { closeProvisionerConnections } from '@benchline/provisioner';
import { ensureApiKey, type LocalApiKey } from './api-key.ts';
import { exampleSuiteConfig, EXAMPLE_SUITE_NAME, prepareExampleRepository } from './example-suite.ts';
import { prepareLocalNats } from './local-nats.ts';
import { buildServiceBundles } from './service-bundles.ts';
import { SERVICE_NAMES, startService, type ServiceName, type ServiceProcess } from './services.ts';
import { startSupervisor, type SuperviseOptions, type Supervisor } from './supervisor.ts';

export const DEFAULT_DATA_DIR = resolve(new URL('../../../.data', import.meta.url).pathname);
export const MINION_NAME = 'local';

export interface StackOptions {
  /** Everything lives here: server data, keys, the minion's work dir, logs, the config. */
  dataDir: string;
  /** Trigger HTTP port; 0 = any free port. */
  httpPort: number;
  /** IPFS gateway port of the embedded node; 0 = any free port. */
  gatewayPort: number;
  /** influxd HTTP port; 0 = any free port. */
  influxPort: number;
  /** Keep the default nightly schedule (npm start) or none (demo, tests). */
  schedules: boolean;
  /** Progress messages for the user. */
  say(message: string): void;
  /** Suites added next to the example suite (name → suite definition, as under `suites:` in the config). */
  extraSuites?: Record<string, Record<string, unknown>>;
  /** Minions added next to "local" (name → minion definition, as under `minions:` in the config). */
  extraMinions?: Record<string, MinionConfig>;
  /**
   * Merged into the written config section by section (objects shallow-merged, anything else
   * replaced), e.g. `{ nats: { ackWaitSeconds: 2 }, schedules: [...] }`: tests tighten limits this way.
   */
  configOverrides?: Record<string, unknown>;
  /** The "local" minion's commands source the user's `~/.bashrc` (see `SshdOptions.userBashrc`). */
  userBashrc?: boolean;
  /**
   * Restart a service that dies, with backoff, and report it (and a service that turns not ready)
   * through `say` (supervisor.ts): `npm start` does; tests that kill services on purpose need not,
   * though `kill()`/`stop()` never race the supervisor either way.
   */
  supervise?: boolean | SuperviseOptions;
  /** Environment added to one service's process (e.g. `BENCHLINE_WORKER_STUCK_SECONDS` in tests). */
  serviceEnv?: Partial<Record<ServiceName, NodeJS.ProcessEnv>>;
  /**
   * NATS as a cluster of this many nodes on loopback (`Stack.natsCluster`) instead of one server:
   * the config lists every node and keeps a copy of each stream and bucket on each (`nats.replicas`).
   */
  natsClusterSize?: number;
  /**
   * Where the services' bundles are (`buildServiceBundles`). Default: the directory in
   * `BENCHLINE_SERVICE_BUNDLES` (the test suite builds one per run: test/setup/service-bundles.ts),
   * else they are built into `<dataDir>/services` at start, beside the servers' start.
   */
  serviceBundles?: string;
}

export interface Stack {
  config: BenchlineConfig;
  configPath: string;
  apiKey: LocalApiKey;
  triggerUrl: string;
  gatewayUrl: string;
  /** The NATS server, or the whole cluster with `natsClusterSize`. */
  nats: NatsServer;
  /** Its nodes, with `natsClusterSize`. */
  natsCluster?: NatsCluster;
  influxd: Influxd;
  sshd: Sshd;
  services: Map<ServiceName, ServiceProcess>;
  /** The directory of the bundles the services run from. */
  bundleDir: string;
  /** `connect()` options for a NATS user; connections without credentials act as `client`. */
  natsCredentials(user: NatsUser): { user: string; pass: string };
  /** Restarts one service process (after a kill in a test, say). */
  restartService(name: ServiceName): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * The whole pipeline on this machine, no Docker: nats-server, influxd, an sshd that makes this
 * machine its own minion (own keys, pinned host key, loopback only), and the four services as
 * separate processes, all with their state under one data dir.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { dataDir, say } = options;
  await mkdir(dataDir, { recursive: true });
  say(`data dir ${dataDir}`);
  const logDir = join(dataDir, 'logs');
  const localNats = await prepareLocalNats(dataDir, logDir);
  const natsCluster = options.natsClusterSize
    ? await startNatsCluster({
        size: options.natsClusterSize,
        dir: join(dataDir, 'nats-cluster'),
        configFile: localNats.configFile,
      })
    : undefined;
  const bundling = bundlesFor(options);
  const [nats, influxd, sshd] = await allStarted([
    natsCluster
      ? Promise.resolve(natsCluster)
      : startNats({ dir: join(dataDir, 'nats'), configFile: localNats.configFile }),
    startInfluxd({ dir: join(dataDir, 'influxdb'), port: options.influxPort || undefined }),
    startSshd({ dir: join(dataDir, 'sshd'), userBashrc: options.userBashrc }),
  ] as const);
  const started: { stop(): Promise<void> }[] = [sshd, influxd, nats];
  try {
    const bundleDir = await bundling;
    say(`nats-server ${nats.url}, influxd ${influxd.url}, sshd (minion "${MINION_NAME}") 127.0.0.1:${sshd.port}`);
    const apiKey = await ensureApiKey(dataDir);
    const repo = await prepareExampleRepository(dataDir);
    const httpPort = options.httpPort || (await freePort());
    const gatewayPort = options.gatewayPort || (await freePort());
    const configPath = join(dataDir, 'benchline.yaml');
    const written = {
      dataDir: join(dataDir, 'state'),
      // The services only bind: the topology is created below as admin, as benchline-init does in production.
      nats: {
        servers: natsCluster?.urls ?? [nats.url],
        manageTopology: false,
        ...(natsCluster ? { replicas: natsCluster.nodes.length } : {}),
      },
      // A higher budget than the production default: tests poll the API of many runs at once.
      http: {
        host: '127.0.0.1',
        port: httpPort,
        apiKeys: [{ id: 'local', sha256: apiKey.sha256 }],
        rateLimit: { max: 1200, timeWindowSeconds: 60 },
      },
      suites: { [EXAMPLE_SUITE_NAME]: await exampleSuiteConfig(repo), ...options.extraSuites },
      minions: {
        [MINION_NAME]: {
          host: '127.0.0.1',
          port: sshd.port,
          user: sshd.user,
          privateKeyFile: sshd.clientKey.privateKeyPath,
          hostKey: sshd.hostKey,
          workDir: join(dataDir, 'minion'),
        },
        ...options.extraMinions,
      },
      ...(options.schedules ? {} : { schedules: [] }),
      lease: { ttlSeconds: 60 },
      influx: { url: influxd.url, database: 'benchline' },
      ipfs: { gatewayPort },
    };
    await writeFile(
      configPath,
      `# Written by Benchline local mode on every start; edit packages/local instead.\n${stringify(mergeSections(written, options.configOverrides ?? {}))}`,
    );
    const config = await loadConfig(configPath);
    await initTopology(config, createLogger('local', 'warn'), localNats.env('admin'));

    const services = new Map<ServiceName, ServiceProcess>();
    const generations = new Map<ServiceName, number>();
    let supervisor: Supervisor | undefined;
    const restartService = async (name: ServiceName) => {
      generations.set(name, (generations.get(name) ?? 0) + 1);
      await services.get(name)?.stop();
      const service = await startService(name, {
        configPath,
        logDir,
        bundleDir,
        env: { ...localNats.env(name), ...options.serviceEnv?.[name] },
      });
      services.set(name, service);
      supervisor?.watch(service);
      return service;
    };
    started.unshift({
      stop: async () => {
        supervisor?.stop();
        await Promise.all([...services.values()].map((service) => service.stop()));
        // A provisioner killed after its grace (a playbook in flight) left its SSH masters running.
        await closeProvisionerConnections(config.dataDir);
      },
    });
    await allStarted(SERVICE_NAMES.map(restartService));
    say(`services ${SERVICE_NAMES.join(', ')} running (logs in ${logDir})`);
    if (options.supervise) {
      supervisor = startSupervisor(
        { services, restart: restartService, generation: (name) => generations.get(name) ?? 0, say },
        options.supervise === true ? {} : options.supervise,
      );
      for (const service of services.values()) supervisor.watch(service);
    }

    return {
      config,
      configPath,
      apiKey,
      nats,
      natsCluster,
      influxd,
      sshd,
      services,
      bundleDir,
      restartService,
      natsCredentials: localNats.credentials,
      triggerUrl: `http://127.0.0.1:${httpPort}`,
      gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
      stop: () => stopAll(started),
    };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

/** `overrides` on top of `base`: object sections are merged key by key, anything else is replaced. */
function mergeSections(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const merged = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
  }
  return merged;
}

async function stopAll(parts: { stop(): Promise<void> }[]): Promise<void> {
  for (const part of parts) await part.stop();
}

/** The stack's bundle directory: given, or built (a failed build is reported when awaited, not as unhandled). */
function bundlesFor(options: StackOptions): Promise<string> {
  const given = options.serviceBundles ?? process.env.BENCHLINE_SERVICE_BUNDLES;
  if (given) return Promise.resolve(given);
  const dir = join(options.dataDir, 'services');
  const building = buildServiceBundles(dir).then(() => dir);
  building.catch(() => undefined);
  return building;
}

/** Like Promise.all, but waits for every start to settle and, if one failed, stops those that started. */
async function allStarted<const T extends readonly Promise<{ stop(): Promise<void> }>[]>(
  starts: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(starts);
  const failure = results.find((result) => result.status === 'rejected');
  if (!failure) return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as never;
  await stopAll(results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])));
  throw failure.reason;
}
