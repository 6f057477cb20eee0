import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { jetStreamMonitor, type JetStreamMonitor, type NodeStreamState } from './jetstream-monitor.ts';
import type { NatsServer } from './nats.ts';
import { launchNats, portOf } from './nats-process.ts';
import { freePort, serverDir, type ServerDir, type ServerProcess } from './server-process.ts';
import { until } from './until.ts';

export interface NatsClusterNode {
  /** Its `server_name`: how JetStream names a leader or a replica. */
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Its monitoring endpoint (`/jsz`, `/healthz`) on 127.0.0.1. */
  readonly monitor: JetStreamMonitor;
  readonly running: boolean;
  /** SIGKILL, no grace: a node that crashes. Its store stays. */
  kill(): Promise<void>;
  /** SIGTERM (a clean shutdown); its store stays. */
  stop(): Promise<void>;
  /** Starts it again (stopping it first if it runs) on the same ports with the same store. */
  restart(): Promise<void>;
}

/**
 * As a `NatsServer` the cluster is the whole broker: `url` and `port` are the first node's,
 * `storeDir` holds every node's store, `stop()` and `restart()` take every node down and up.
 */
export interface NatsCluster extends NatsServer {
  /** The client URL of every node, for a nats.js `servers` list (a client that survives a node's loss). */
  readonly urls: string[];
  readonly nodes: readonly NatsClusterNode[];
  node(name: string): NatsClusterNode;
  /** The running node that leads JetStream's meta group (it places streams and consumers). */
  metaLeader(): Promise<NatsClusterNode>;
  /** The running node that leads `stream` (it orders every write to it). */
  streamLeader(stream: string): Promise<NatsClusterNode>;
  /** Each running node's copy of `stream` (by node name); a node without a copy is left out. */
  streamStates(stream: string): Promise<Map<string, NodeStreamState>>;
  /** Stops every node and removes the stores (unless `dir` was given). */
  close(): Promise<void>;
  /** Stops every node (keeping the stores), starts them again and waits for a meta leader. */
  restart(): Promise<void>;
}

export interface NatsClusterOptions {
  /** Number of nodes; JetStream needs a majority of them up. Default 3. */
  size?: number;
  /** Extra nats-server config file shared by every node (e.g. authorization); passed with `-c`. */
  configFile?: string;
  /** Keep the stores here instead of in a temp dir that close() removes. */
  dir?: string;
  /** The cluster's name. Default `benchline`. */
  name?: string;
}

/**
 * A real nats-server cluster with JetStream on loopback: every node on free client, route and
 * monitoring ports with a store of its own. Resolves once JetStream has elected a meta leader, so
 * streams can be created at once.
 */
export async function startNatsCluster(options: NatsClusterOptions = {}): Promise<NatsCluster> {
  const size = options.size ?? 3;
  const clusterName = options.name ?? 'benchline';
  const dir = await serverDir('nats-cluster', options.dir);
  const routePorts = await Promise.all(Array.from({ length: size }, () => freePort()));
  const routeUrl = (port: number) => `nats://127.0.0.1:${port}`;
  const nodes: NatsClusterNode[] = [];
  try {
    for (const [index, routePort] of routePorts.entries()) {
      const name = `n${index + 1}`;
      const nodeDir = join(dir.path, name);
      await mkdir(nodeDir, { recursive: true });
      const routes = routePorts.filter((port) => port !== routePort).map(routeUrl);
      const args = [
        ...(options.configFile ? ['-c', options.configFile] : []),
        ...['--server_name', name, '--cluster_name', clusterName],
        ...['--cluster', routeUrl(routePort), '--routes', routes.join(',')],
      ];
      nodes.push(clusterNodeProcess(name, nodeDir, args));
    }
    const cluster = natsCluster(nodes, dir);
    await cluster.restart();
    return cluster;
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    await dir.remove();
    throw error;
  }
}

function clusterNodeProcess(name: string, dir: string, clusterArgs: string[]): NatsClusterNode {
  const storeDir = join(dir, 'jetstream');
  let port = -1;
  let monitorPort = -1;
  let server: ServerProcess | undefined;
  const running = () => server !== undefined && server.child.exitCode === null && server.child.signalCode === null;
  const stopWith = async (how: 'stop' | 'kill') => {
    await server?.[how]();
  };
  return {
    name,
    get url() {
      return `nats://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    storeDir,
    get monitor() {
      return jetStreamMonitor(`http://127.0.0.1:${monitorPort}`);
    },
    get running() {
      return running();
    },
    kill: () => stopWith('kill'),
    stop: () => stopWith('stop'),
    restart: async () => {
      await stopWith('stop');
      const args = ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), '-js', '-sd', storeDir];
      const launched = await launchNats([...args, ...clusterArgs], dir);
      server = launched.server;
      port = portOf(launched.urls.nats, 'client');
      monitorPort = portOf(launched.urls.monitoring, 'monitoring');
    },
  };
}

function natsCluster(nodes: NatsClusterNode[], dir: ServerDir): NatsCluster {
  const node = (name: string) => {
    const found = nodes.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no NATS node named "${name}" (nodes: ${nodes.map((n) => n.name).join(', ')})`);
    return found;
  };
  const running = () => nodes.filter((candidate) => candidate.running);
  const stop = async () => {
    await Promise.all(nodes.map((candidate) => candidate.stop()));
  };
  /** The running node that the running nodes' answers name, once one does. */
  const ledBy = (what: string, leaderSeenBy: (node: NatsClusterNode) => Promise<string | undefined>) =>
    until(
      what,
      async () => {
        for (const candidate of running()) {
          const leader = await leaderSeenBy(candidate).catch(() => undefined);
          if (leader && node(leader).running) return node(leader);
        }
        return undefined;
      },
      30_000,
      200,
    );
  const metaLeader = () => ledBy('a JetStream meta leader', (candidate) => candidate.monitor.metaLeader());
  return {
    get urls() {
      return nodes.map((candidate) => candidate.url);
    },
    nodes,
    node,
    metaLeader,
    streamLeader: (stream) =>
      ledBy(`a leader of stream ${stream}`, async (candidate) => (await candidate.monitor.stream(stream))?.leader),
    streamStates: async (stream) => {
      const states = new Map<string, NodeStreamState>();
      for (const candidate of running()) {
        const state = await candidate.monitor.stream(stream).catch(() => undefined);
        if (state) states.set(candidate.name, state);
      }
      return states;
    },
    get url() {
      return nodes[0]!.url;
    },
    get port() {
      return nodes[0]!.port;
    },
    storeDir: dir.path,
    stop,
    kill: async () => {
      await Promise.all(nodes.map((candidate) => candidate.kill()));
    },
    restart: async () => {
      await stop();
      await Promise.all(nodes.map((candidate) => candidate.restart()));
      await metaLeader();
    },
    close: async () => {
      await stop();
      await dir.remove();
    },
  };
}
