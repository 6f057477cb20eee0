import { CONSUMERS, MinionLeases, startWorker, type RunningService, type ServiceContext } from '@benchline/core';
import { executorHandler } from './handler.ts';
import { connectMinion } from './ssh/connect.ts';

/** The executor: one worker slot per minion, since a minion runs one run at a time anyway. */
export async function startExecutor({ config, js, jsm, nc, buckets, log }: ServiceContext): Promise<RunningService> {
  const handler = executorHandler({
    js, jsm, nc, config, log,
    artifacts: buckets.artifacts,
    leases: new MinionLeases(buckets.leases),
    connect: (minion) => connectMinion(minion, { logger: log }),
  });
  const worker = startWorker({ js, durable: CONSUMERS.executor.durable, handler, log, concurrency: Math.max(1, Object.keys(config.minions).length) });
  return { stop: () => worker.stop() };
}
