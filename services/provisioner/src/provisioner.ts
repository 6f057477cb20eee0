import {
  CONSUMERS,
  LeaseReleases,
  MinionLeases,
  stageHandler,
  startWorker,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { ansibleStateDir } from './ansible-environment.ts';
import { oneDeliveryPerRun, provisionStage } from './handler.ts';
import { SuiteHistory } from './history/suite-history.ts';
import { closeAllConnections } from './minion-connection.ts';
import { runPlaybook } from './run-ansible.ts';
import { WaitingLines } from './waiting-lines.ts';

/**
 * Requests one replica holds at once: those it provisions (one per minion at most, by the leases)
 * and those waiting in line for a busy minion. As many as JetStream lets a consumer have
 * unacknowledged by default; more wait in the stream.
 */
const REQUESTS_IN_HAND = 1_000;

/** The provisioner: runs on different minions provision in parallel; runs for a busy minion wait in its line. */
export async function startProvisioner({ config, js, jsm, buckets, log }: ServiceContext): Promise<RunningService> {
  const leases = new MinionLeases(buckets.leases);
  const releases = await LeaseReleases.watch(buckets.leases, log);
  const lines = new WaitingLines({ leases, releases, pollMs: 1_000 });
  const history = new SuiteHistory({
    dataDir: config.dataDir,
    suites: config.suites,
    timeoutMs: config.provisioner.timeoutSeconds * 1000,
  });
  const stage = provisionStage({
    config,
    leases,
    lines,
    artifacts: buckets.artifacts,
    provision: (request, signal) =>
      runPlaybook({
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
    commitOrder: (suite, commit) => history.commitOrder(suite, commit),
  });
  const handler = oneDeliveryPerRun(stageHandler(stage, { js, jsm, log }));
  const worker = startWorker({
    js,
    durable: CONSUMERS.provisioner.durable,
    handler,
    log,
    concurrency: REQUESTS_IN_HAND,
  });
  return {
    stop: async () => {
      const stopped = worker.stop();
      lines.close();
      await stopped;
      releases.stop();
      await closeProvisionerConnections(config.dataDir);
    },
  };
}

/**
 * Closes the shared SSH masters a provisioner with this data dir opened. A master outlives the
 * provisioner that opened it (it runs on for ControlPersist once idle): the provisioner closes them
 * when it stops, and whoever ran one that did not stop in time (killed after its grace, local mode)
 * closes them after it.
 */
export function closeProvisionerConnections(dataDir: string): Promise<void> {
  return closeAllConnections(ansibleStateDir(dataDir));
}
