import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { chmod, cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { MinionConfig } from '@benchline/core';
import {
  startService,
  startStack,
  type ServiceName,
  type ServiceProcess,
  type Stack,
  type StackOptions,
} from '@benchline/local';
import { liveProcesses, makeTempDir, startSshd, type Sshd, type SystemUser } from '@benchline/servers';
import { watchReplicaExits, watchServiceExits } from './service-logs.ts';
import {
  createSuiteRepository,
  FAST_SUITE,
  fastSuite,
  GATED_SUITE,
  gatedSuite,
  HOSTILE_SUITE,
  hostileSuite,
  SLOW_SETUP_SUITE,
  slowSetupSuite,
} from './suites.ts';

export interface ReliabilityStack {
  stack: Stack;
  /** The test's own connection as the NATS admin (it reads every stream), reconnecting forever like the services. */
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** A connection without credentials: what "anyone publishing a NATS message" gets (the `client` user). */
  clientJs: JetStreamClient;
  /** The work dir of a minion on this machine. */
  workDir(minion: string): string;
  /** The sshd that is the minion (the stack's own for "local"). */
  minionServer(minion: string): Sshd;
  /**
   * The live processes started over a minion's sshd (their `SSH_CONNECTION` ends with its port)
   * whose command line matches. The command line alone would also match the processes of another
   * copy of the suite running on this machine.
   */
  minionProcesses(minion: string, matches: (argv: string[]) => boolean): number[];
  /**
   * Restarts one service with the stack's config plus `overrides` (written next to it);
   * `stack.restartService(name)` brings it back to the stack's config.
   */
  restartWithConfig(service: ServiceName, overrides: Record<string, unknown>): Promise<void>;
  /**
   * Starts one more process of a service on the same NATS and InfluxDB (logging to
   * `<service>-<replica>.log`), with the stack's config and each of `sections` merged over its
   * section (a port of its own where two processes would clash on this machine). deadServices
   * watches it; close stops it.
   */
  startReplica(
    service: ServiceName,
    replica: string,
    sections?: Record<string, Record<string, unknown>>,
  ): Promise<ServiceProcess>;
  close(): Promise<void>;
}

export interface ReliabilityStackOptions {
  /** Extra minions, each a real sshd of its own. */
  extraMinions?: string[];
  /** The user an extra minion logs in as, its work dir in that user's home (default: the test's own user). */
  minionUsers?: Record<string, SystemUser>;
  /** Merged over the test defaults (short ack wait, small artifact limit). */
  configOverrides?: Record<string, unknown>;
  /** Restart services that die, as `npm start` does (default: not). */
  supervise?: StackOptions['supervise'];
  /** NATS as a cluster of this many nodes (`stack.natsCluster`), each stream and bucket on every node. */
  natsClusterSize?: number;
}

/**
 * The whole pipeline (nats-server, influxd, sshd, the four services as processes) in a temp dir,
 * with the fast and hostile suites, a redelivery delay of 2 s instead of 30 s, and an 8 MiB
 * artifact limit.
 */
export async function startReliabilityStack(
  name: string,
  options: ReliabilityStackOptions = {},
): Promise<ReliabilityStack> {
  const dir = await makeTempDir(`reliability-${name}`);
  const minionServers = new Map<string, Sshd>();
  const stopMinions = () => Promise.all([...minionServers.values()].map((server) => server.close()));
  try {
    const extraMinions: Record<string, MinionConfig> = {};
    // Another user must reach its sshd's authorized keys and the suite repository in here.
    if (options.minionUsers) await chmod(dir.path, 0o711);
    for (const minion of options.extraMinions ?? []) {
      const user = options.minionUsers?.[minion];
      const server = await startSshd({ dir: join(dir.path, `sshd-${minion}`), user: user?.name });
      minionServers.set(minion, server);
      extraMinions[minion] = {
        host: server.host,
        port: server.port,
        user: server.user,
        privateKeyFile: server.clientKey.privateKeyPath,
        hostKey: server.hostKey,
        workDir: join(user?.home ?? dir.path, `minion-${minion}`),
      };
    }
    const repo = await createSuiteRepository(dir.path);
    const stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
      supervise: options.supervise,
      natsClusterSize: options.natsClusterSize,
      extraSuites: {
        [FAST_SUITE]: fastSuite(repo),
        [HOSTILE_SUITE]: hostileSuite(repo),
        [SLOW_SETUP_SUITE]: slowSetupSuite(repo),
        [GATED_SUITE]: gatedSuite(repo),
      },
      extraMinions,
      configOverrides: {
        defaultMinion: 'local',
        nats: { ackWaitSeconds: 2 },
        executor: { maxArtifactBytes: 8 * 1024 * 1024 },
        // What these tests prove is delivery, not noise: the canary (about 0.5 s of CPU, seconds on a
        // loaded machine) would only lengthen every run. The e2e tests and the executor's run it.
        noise: { canary: false },
        ...options.configOverrides,
      },
    });
    watchServiceExits(stack);
    const stackConfig = async () => parseYaml(await readFile(stack.configPath, 'utf8')) as Record<string, unknown>;
    /** A process of the service as its own NATS user, logging next to the stack's services. */
    const startWithConfig = (service: ServiceName, path: string, replica?: string) => {
      const { user, pass } = stack.natsCredentials(service);
      const logDir = dirname(stack.services.get(service)!.logFile);
      return startService(service, {
        configPath: path,
        logDir,
        replica,
        bundleDir: stack.bundleDir,
        env: { BENCHLINE_NATS_USER: user, BENCHLINE_NATS_PASSWORD: pass },
      });
    };
    // Each replica's start, awaited by close: a replica still starting when a test gives up is stopped too.
    const replicas: Promise<ServiceProcess | undefined>[] = [];
    const reconnecting = { maxReconnectAttempts: -1, reconnectTimeWait: 500 };
    const nc = await connect({
      servers: stack.config.nats.servers,
      name: `reliability-${name}`,
      ...reconnecting,
      ...stack.natsCredentials('admin'),
    });
    const client = await connect({
      servers: stack.config.nats.servers,
      name: `reliability-${name}-client`,
      ...reconnecting,
    });
    const minionServer = (minion: string) => {
      const server = minion === 'local' ? stack.sshd : minionServers.get(minion);
      if (!server) throw new Error(`no minion ${minion} in this stack`);
      return server;
    };
    return {
      stack,
      nc,
      js: jetstream(nc),
      jsm: await jetstreamManager(nc),
      clientJs: jetstream(client),
      workDir: (minion) => stack.config.minions[minion]!.workDir,
      minionServer,
      minionProcesses: (minion, matches) => {
        const port = ` ${minionServer(minion).port}`;
        const overItsSshd = new Set(
          liveProcesses('environ', (entries) =>
            entries.some((entry) => entry.startsWith('SSH_CONNECTION=') && entry.endsWith(port)),
          ),
        );
        return liveProcesses('cmdline', matches).filter((pid) => overItsSshd.has(pid));
      },
      restartWithConfig: async (service, overrides) => {
        const path = join(dir.path, `benchline-${service}.yaml`);
        await writeFile(path, stringify({ ...(await stackConfig()), ...overrides }));
        await stack.services.get(service)!.stop();
        stack.services.set(service, await startWithConfig(service, path));
      },
      startReplica: (service, replica, sections = {}) => {
        const starting = (async () => {
          const path = join(dir.path, `benchline-${service}-${replica}.yaml`);
          const config = await stackConfig();
          const merged = Object.entries(sections).map(([key, section]) => [
            key,
            { ...(config[key] as Record<string, unknown>), ...section },
          ]);
          await writeFile(path, stringify({ ...config, ...Object.fromEntries(merged) }));
          const started = await startWithConfig(service, path, replica);
          watchReplicaExits(stack, started);
          return started;
        })();
        replicas.push(starting.catch(() => undefined));
        return starting;
      },
      close: async () => {
        await Promise.all([nc.close(), client.close()]).catch(() => undefined);
        await Promise.all(replicas.map(async (starting) => (await starting)?.stop()));
        await stack.stop();
        await stopMinions();
        await keepLogs(name, dir.path);
        await dir.remove();
      },
    };
  } catch (error) {
    await stopMinions();
    await dir.remove();
    throw error;
  }
}

/**
 * With `BENCHLINE_KEEP_LOGS=<dir>`, a stack's data dir (the services' logs, the minions' windows
 * files; not the servers' stores) is copied to `<dir>/<name>-<pid>` before it is removed: what a
 * failure on a loaded machine left behind, to read afterwards.
 */
async function keepLogs(name: string, dataDir: string): Promise<void> {
  const keep = process.env.BENCHLINE_KEEP_LOGS;
  if (!keep) return;
  const stores = /\/(nats|nats-cluster|influxdb|services)(\/|$)/;
  await cp(dataDir, join(keep, `${name}-${process.pid}`), {
    recursive: true,
    filter: (source) => !stores.test(source.slice(dataDir.length)),
  });
}
