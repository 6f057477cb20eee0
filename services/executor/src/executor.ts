import {
  CONSUMERS,
  MinionLeases,
  stageHandler,
  startWorker,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { executeStage } from './handler.ts';
import { connectMinion } from './ssh/connect.ts';
import { MinionConnectionPool } from './ssh/connection-pool.ts';

/** The executor: as many runs in hand as there are minions, since a minion runs one run at a time anyway. */
export async function startExecutor({ config, js, jsm, nc, buckets, log }: ServiceContext): Promise<RunningService> {
  const connections = new MinionConnectionPool({
    connect: (minion) => connectMinion(minion, { logger: log }),
    logger: log,
  });
  const stage = executeStage({
    nc,
    config,
    connections,
    artifacts: buckets.artifacts,
    leases: new MinionLeases(buckets.leases),
  });
  const handler = stageHandler(stage, { js, jsm, log });
  const worker = startWorker({
    js,
    durable: CONSUMERS.executor.durable,
    handler,
    log,
    concurrency: Math.max(1, Object.keys(config.minions).length),
  });
  return {
    stop: async () => {
      await worker.stop();
      connections.close();
    },
  };
}
