import { CONSUMERS, MinionLeases, startWorker, type RunningService, type ServiceContext } from '@benchline/core';
import { ansibleStateDir } from './ansible-environment.ts';
import { provisionerHandler } from './handler.ts';
import { closeAllConnections } from './minion-connection.ts';
import { ProvisioningError } from './provisioning-error.ts';
import { runPlaybook } from './run-ansible.ts';

/** The provisioner: one worker slot per minion, so runs on different minions provision in parallel. */
export async function startProvisioner({ config, js, jsm, buckets, log }: ServiceContext): Promise<RunningService> {
  const handler = provisionerHandler({
    js, jsm, config, log,
    artifacts: buckets.artifacts,
    leases: new MinionLeases(buckets.leases),
    provision: (request, signal) => runPlaybook({
      minionName: request.minion,
      minion: config.minions[request.minion]!,
      suiteName: request.suite,
      suite: config.suites[request.suite]!,
      ref: request.ref || config.suites[request.suite]!.defaultRef,
      runId: request.runId,
      dataDir: config.dataDir,
      timeoutMs: config.provisioner.timeoutSeconds * 1000,
      log,
      signal,
    }),
    reportable: (error) => (error instanceof ProvisioningError ? { reason: error.reason, outputTail: error.outputTail, log: error.outputTail } : undefined),
  });
  const worker = startWorker({ js, durable: CONSUMERS.provisioner.durable, handler, log, concurrency: Math.max(1, Object.keys(config.minions).length) });
  return {
    stop: async () => {
      await worker.stop();
      await closeAllConnections(ansibleStateDir(config.dataDir));
    },
  };
}
