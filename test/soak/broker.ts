import { setTimeout as sleep } from 'node:timers/promises';
import type { Stack } from '@benchline/local';

/** The NATS nodes the chaos driver restarts: one node of the cluster, or the single server. */
export interface BrokerNodes {
  readonly names: readonly string[];
  /** Stops the node, keeps it down for `downMs`, starts it again on the same ports and store. */
  restart(name: string, downMs: number): Promise<void>;
}

/**
 * The stack's NATS nodes: each node of its cluster (the others keep the broker up), or its single
 * nats-server (a restart is then an outage of the whole broker).
 */
export function brokerNodes(stack: Pick<Stack, 'nats' | 'natsCluster'>): BrokerNodes {
  const { natsCluster, nats } = stack;
  if (!natsCluster)
    return {
      names: ['nats'],
      restart: async (_name, downMs) => {
        await nats.stop();
        await sleep(downMs);
        await nats.restart();
      },
    };
  return {
    names: natsCluster.nodes.map((node) => node.name),
    restart: async (name, downMs) => {
      const node = natsCluster.node(name);
      await node.stop();
      await sleep(downMs);
      await node.restart();
    },
  };
}
