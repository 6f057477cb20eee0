import { CONSUMERS, LeaseReleases, MinionLeases, startWorker, type RunningService, type ServiceContext } from '@benchline/core';
import { ansibleStateDir } from './ansible-environment.ts';
import { provisionerHandler } from './handler.ts';
import { closeAllConnections } from './minion-connection.ts';
import { ProvisioningError } from './provisioning-error.ts';
import { runPlaybook } from './run-ansible.ts';
import { WaitingLines } from './waiting-lines.ts';

/** Runs each replica keeps waiting per busy minion, ready to take it the moment it is freed. */
const LINE_DEPTH = 4;

/**
 * The provisioner: runs on different minions provision in parallel, and each busy minion has a
 * short line of runs waiting for it (one worker slot per minion and per place in its line).
 */
export async function startProvisioner({ config, js, jsm, buckets, log }: ServiceContext): Promise<RunningService> {
  const leases = new MinionLeases(buckets.leases);
  const releases = await LeaseReleases.watch(buckets.leases, log);
  const lines = new WaitingLines({ leases, releases, depth: LINE_DEPTH, pollMs: 1_000, retryMs: 2_000 });
  const handler = provisionerHandler({
    js, jsm, config, log, leases, lines,
    artifacts: buckets.artifacts,
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
  const minions = Math.max(1, Object.keys(config.minions).length);
  const worker = startWorker({ js, durable: CONSUMERS.provisioner.durable, handler, log, concurrency: minions * (1 + LINE_DEPTH) });
  return {
    stop: async () => {
      const stopped = worker.stop();
      lines.close();
      await stopped;
      releases.stop();
      await closeAllConnections(ansibleStateDir(config.dataDir));
    },
  };
}
