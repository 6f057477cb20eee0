import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { MinionConfig } from '@benchline/core';
import { startService, startStack, type ServiceName, type Stack } from '@benchline/local';
import { makeTempDir, startSshd, type Sshd } from '@benchline/servers';
import { watchServiceExits } from './service-logs.ts';
import {
  createSuiteRepository,
  FAST_SUITE,
  fastSuite,
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
  /**
   * Restarts one service with the stack's config plus `overrides` (written next to it);
   * `stack.restartService(name)` brings it back to the stack's config.
   */
  restartWithConfig(service: ServiceName, overrides: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface ReliabilityStackOptions {
  /** Extra minions, each a real sshd of its own. */
  extraMinions?: string[];
  /** Merged over the test defaults (short ack wait, small artifact limit). */
  configOverrides?: Record<string, unknown>;
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
    for (const minion of options.extraMinions ?? []) {
      const server = await startSshd({ dir: join(dir.path, `sshd-${minion}`) });
      minionServers.set(minion, server);
      extraMinions[minion] = {
        host: server.host,
        port: server.port,
        user: server.user,
        privateKeyFile: server.clientKey.privateKeyPath,
        hostKey: server.hostKey,
        workDir: join(dir.path, `minion-${minion}`),
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
      extraSuites: {
        [FAST_SUITE]: fastSuite(repo),
        [HOSTILE_SUITE]: hostileSuite(repo),
        [SLOW_SETUP_SUITE]: slowSetupSuite(repo),
      },
      extraMinions,
      configOverrides: {
        defaultMinion: 'local',
        nats: { ackWaitSeconds: 2 },
        executor: { maxArtifactBytes: 8 * 1024 * 1024 },
        ...options.configOverrides,
      },
    });
    watchServiceExits(stack);
    const reconnecting = { maxReconnectAttempts: -1, reconnectTimeWait: 500 };
    const nc = await connect({
      servers: stack.nats.url,
      name: `reliability-${name}`,
      ...reconnecting,
      ...stack.natsCredentials('admin'),
    });
    const client = await connect({ servers: stack.nats.url, name: `reliability-${name}-client`, ...reconnecting });
    return {
      stack,
      nc,
      js: jetstream(nc),
      jsm: await jetstreamManager(nc),
      clientJs: jetstream(client),
      workDir: (minion) => stack.config.minions[minion]!.workDir,
      restartWithConfig: async (service, overrides) => {
        const path = join(dir.path, `benchline-${service}.yaml`);
        const config = parseYaml(await readFile(stack.configPath, 'utf8')) as Record<string, unknown>;
        await writeFile(path, stringify({ ...config, ...overrides }));
        const current = stack.services.get(service)!;
        await current.stop();
        const { user, pass } = stack.natsCredentials(service);
        stack.services.set(
          service,
          await startService(service, path, dirname(current.logFile), {
            BENCHLINE_NATS_USER: user,
            BENCHLINE_NATS_PASSWORD: pass,
          }),
        );
      },
      close: async () => {
        await Promise.all([nc.close(), client.close()]).catch(() => undefined);
        await stack.stop();
        await stopMinions();
        await dir.remove();
      },
    };
  } catch (error) {
    await stopMinions();
    await dir.remove();
    throw error;
  }
}
