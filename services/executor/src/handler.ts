import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import type { NodeSSH } from 'node-ssh';
import {
  decodeMessage, effectiveParameters, hasAnyEvent, leaseClaim, nowIso, proto, publishEvent, publishFailure, Stage, suiteCheckoutDir, Superseded,
  type BenchlineConfig, type EventOf, type LeaseClaim, type Logger, type MessageHandler, type MinionConfig, type MinionLeases, type RunExecuted, type RunRequest,
} from '@benchline/core';
import { cleanupAfterRun, cleanupRun } from './cleanup.ts';
import { HostKeyMismatchError, MinionAuthenticationError, PrivateKeyError } from './errors.ts';
import { executeBenchmark } from './execute-benchmark.ts';
import { runDir } from './output-dir.ts';
import { deliveryTag } from './run-marker.ts';

export interface ExecutorDeps {
  js: JetStreamClient;
  jsm: JetStreamManager;
  nc: NatsConnection;
  artifacts: ObjectStore;
  leases: MinionLeases;
  config: BenchlineConfig;
  log: Logger;
  /** SSH connections to the minions, kept open between runs (see MinionConnectionPool). */
  connections: {
    acquire(minion: MinionConfig): Promise<NodeSSH>;
    release(ssh: NodeSSH): void;
  };
}

/** Errors no retry can fix: the run fails at once with the error's message. */
const isPermanent = (error: unknown) => error instanceof HostKeyMismatchError || error instanceof MinionAuthenticationError || error instanceof PrivateKeyError;

/**
 * `run.provisioned` → the suite's selected benchmarks, one after another, over SSH → results and
 * logs in the object store → cleanup → lease released → `run.executed` (or `run.failed`).
 */
export function executorHandler(deps: ExecutorDeps): MessageHandler {
  const { js, jsm, nc, artifacts, leases, config, log } = deps;
  const leaseRenewMs = (config.lease.ttlSeconds * 1000) / 4;

  const eventOf = (msg: JsMsg) => decodeMessage('provisioned', msg);
  const fail = async (event: EventOf<'provisioned'>, claim: LeaseClaim, reason: string) => {
    const { request, provisioning } = event.message;
    await publishFailure(js, request, { stage: Stage.STAGE_EXECUTE, reason, provisioning });
    await leases.release(request.minion, claim);
  };

  return {
    async handle(msg) {
      const event = eventOf(msg);
      if (!event) return;
      const request: RunRequest = event.message.request;
      const claim = leaseClaim(request.runId, msg);
      const minion = config.minions[request.minion];
      const suite = config.suites[request.suite];
      if (!minion || !suite) return fail(event, claim, `minion "${request.minion}" or suite "${request.suite}" is no longer configured`);
      if (await hasAnyEvent(jsm, ['executed', 'failed'], request.minion, request.runId)) return;

      const lease = await leases.acquire(request.minion, claim);
      if (!lease.acquired) {
        await publishFailure(js, request, { stage: Stage.STAGE_EXECUTE, reason: `the minion lease expired and run ${lease.heldBy} took ${request.minion}; request the run again` });
        return;
      }
      const stopRenewing = leases.keepAlive(request.minion, claim, leaseRenewMs, (status) => log.error({ runId: request.runId, status }, 'minion lease no longer held during execution'));
      // A newer delivery that took the lease over kills this one's processes and reuses its run dir:
      // this one then must neither start another benchmark, nor clean up, nor report.
      const superseded = () => leases.status(request.minion, claim).then((status) => status === 'superseded', () => false);
      const runLog = log.child({ runId: request.runId, minion: request.minion });
      try {
        const outputDir = runDir(minion.workDir, request.runId);
        let ssh: NodeSSH;
        try {
          ssh = await deps.connections.acquire(minion);
        } catch (error) {
          if (isPermanent(error)) return await fail(event, claim, (error as Error).message);
          throw error;
        }
        const startedAt = nowIso();
        const selected = request.benchmarks.length > 0 ? suite.benchmarks.filter((benchmark) => request.benchmarks.includes(benchmark.name)) : suite.benchmarks;
        const benchmarks = [];
        // Stays false unless every benchmark ran to its end and its wrapper reported nothing of the run alive.
        let nothingLeftAlive = false;
        let handedOver = false;
        try {
          // A redelivery means an earlier attempt's executor died: its benchmark may still be running on the minion.
          if (msg.info.redelivered) await cleanupRun(ssh, { runId: request.runId, outputDir });
          let allKilledByWrappers = !msg.info.redelivered;
          const context = {
            ssh, nc, artifacts, log: runLog,
            runId: request.runId,
            delivery: deliveryTag(claim.delivery),
            workDir: minion.workDir,
            checkoutDir: suiteCheckoutDir(minion.workDir, request.suite),
            parameters: effectiveParameters(config, request),
            maxArtifactBytes: config.executor.maxArtifactBytes,
          };
          for (const benchmark of selected) {
            if ((handedOver = await superseded())) break;
            runLog.info({ benchmark: benchmark.name }, 'running benchmark');
            const { execution, leftoversKilledByWrapper } = await executeBenchmark(context, benchmark);
            benchmarks.push(execution);
            allKilledByWrappers &&= leftoversKilledByWrapper;
          }
          nothingLeftAlive = allKilledByWrappers;
        } catch (error) {
          // What failed may be the work the newer delivery took over (it killed this one's processes).
          if (!(handedOver = await superseded())) throw error;
        } finally {
          handedOver ||= await superseded();
          if (!handedOver) {
            await cleanupAfterRun(ssh, { runId: request.runId, outputDir, nothingLeftAlive, logger: runLog })
              .catch((error: unknown) => runLog.error({ err: error }, 'cleanup failed'));
          }
          deps.connections.release(ssh);
        }
        if (handedOver) throw new Superseded(`run ${request.runId} is executed by a newer delivery`);
        const execution = proto.Execution.create({ benchmarks, startedAt, finishedAt: nowIso() });
        const message = proto.RunExecuted.create({ request, provisioning: event.message.provisioning, execution }) as RunExecuted & { request: RunRequest };
        await publishEvent(js, { stage: 'executed', message });
        await leases.release(request.minion, claim);
        runLog.info({ benchmarks: benchmarks.map((benchmark) => `${benchmark.name}:${benchmark.status}`) }, 'executed');
      } finally {
        stopRenewing();
      }
    },

    async giveUp(msg, error) {
      const event = eventOf(msg);
      if (event) await fail(event, leaseClaim(event.message.request.runId, msg), `execution kept failing: ${(error as Error).message}`);
    },
  };
}
