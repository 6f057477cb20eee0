import type { ObjectStore } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import type { NodeSSH } from 'node-ssh';
import {
  BenchlineError,
  effectiveParameters,
  nowIso,
  proto,
  Stage,
  suiteCheckoutDir,
  Superseded,
  type BenchlineConfig,
  type MinionConfig,
  type MinionLeases,
  type RunExecuted,
  type RunRequest,
  type StageDefinition,
} from '@benchline/core';
import { runCanary } from './canary.ts';
import { cleanupAfterRun, cleanupRun } from './cleanup.ts';
import { executeBenchmark } from './execute-benchmark.ts';
import { runDir } from './output-dir.ts';
import { interleaveRepetitions } from './repetitions.ts';
import { DELIVERY_ENV, deliveryTag, RUN_ID_ENV } from './run-marker.ts';
import { tuningLauncher } from './tuning-launcher.ts';

export interface ExecutorDeps {
  nc: NatsConnection;
  artifacts: ObjectStore;
  leases: MinionLeases;
  config: BenchlineConfig;
  /** SSH connections to the minions, kept open between runs (see MinionConnectionPool). */
  connections: {
    acquire(minion: MinionConfig): Promise<NodeSSH>;
    release(ssh: NodeSSH): void;
  };
}

/**
 * `run.provisioned` → the noise canary (config `noise.canary`), then the suite's selected benchmarks one after
 * another, repetitions interleaved, over SSH → results and logs in the object store → cleanup → `run.executed`,
 * and the minion's lease released.
 * Once the lease is lost or the run is cancelled, no further benchmark starts and the running one is killed
 * (a cancelled run is then cleaned up like any other, and the kit publishes nothing and frees the minion).
 */
export function executeStage(deps: ExecutorDeps): StageDefinition<'provisioned', 'executed'> {
  const { nc, artifacts, leases, config } = deps;
  return {
    stage: Stage.STAGE_EXECUTE,
    activity: 'execution',
    consumes: 'provisioned',
    publishes: 'executed',
    lease: { leases, renewEveryMs: (config.lease.ttlSeconds * 1000) / 4, releaseWhenDone: true },

    async work({ event, request, msg, lease, log, cancelled }) {
      const minion = config.minions[request.minion];
      const suite = config.suites[request.suite];
      if (!minion || !suite) {
        throw new BenchlineError(
          'CONFIG_MISSING',
          `minion "${request.minion}" or suite "${request.suite}" is no longer configured`,
        );
      }
      const session = lease!;
      const outputDir = runDir(minion.workDir, request.runId);
      const ssh = await deps.connections.acquire(minion);
      const startedAt = nowIso();
      const selected =
        request.benchmarks.length > 0
          ? suite.benchmarks.filter((benchmark) => request.benchmarks.includes(benchmark.name))
          : suite.benchmarks;
      const benchmarks = [];
      let canary: Awaited<ReturnType<typeof runCanary>> | undefined;
      // Stays false unless every benchmark ran to its end and its wrapper reported nothing of the run alive.
      let nothingLeftAlive = false;
      try {
        // A redelivery means an earlier attempt's executor died: its benchmark may still be running on the minion.
        if (msg.info.redelivered) await cleanupRun(ssh, { runId: request.runId, outputDir });
        let allKilledByWrappers = !msg.info.redelivered;
        const delivery = deliveryTag(session.claim.delivery);
        const launcher = tuningLauncher(event.message.provisioning?.host);
        if (config.noise.canary) {
          const env = { [RUN_ID_ENV]: request.runId, [DELIVERY_ENV]: `${request.runId}.${delivery}` };
          canary = await runCanary(ssh, { launcher, env }).catch((error: unknown) => {
            // A run without a canary is never judged noisy: the benchmarks still count.
            log.warn({ err: error }, 'the noise canary failed; the run goes on without it');
            return undefined;
          });
        }
        const context = {
          ssh,
          nc,
          artifacts,
          log,
          runId: request.runId,
          delivery,
          workDir: minion.workDir,
          checkoutDir: suiteCheckoutDir(minion.workDir, request.suite),
          parameters: effectiveParameters(config, request),
          launcher,
          maxArtifactBytes: config.executor.maxArtifactBytes,
          // A lost lease and a cancelled run stop the running benchmark alike.
          signal: AbortSignal.any([session.signal, cancelled]),
        };
        for (const scheduled of interleaveRepetitions(selected)) {
          await session.check();
          cancelled.throwIfAborted();
          log.info({ benchmark: scheduled.benchmark.name, repetition: scheduled.repetition }, 'running benchmark');
          const { execution, leftoversKilledByWrapper } = await executeBenchmark(context, scheduled);
          benchmarks.push(execution);
          allKilledByWrappers &&= leftoversKilledByWrapper;
        }
        session.throwIfLost();
        cancelled.throwIfAborted();
        nothingLeftAlive = allKilledByWrappers;
      } finally {
        // A newer delivery that took the lease over reuses the run dir: only a delivery not superseded cleans up.
        if (!(await superseded(session))) {
          await cleanupAfterRun(ssh, { runId: request.runId, outputDir, nothingLeftAlive, logger: log }).catch(
            (error: unknown) => log.error({ err: error }, 'cleanup failed'),
          );
        }
        deps.connections.release(ssh);
      }
      const execution = proto.Execution.create({ benchmarks, startedAt, finishedAt: nowIso(), canary });
      log.info(
        {
          benchmarks: benchmarks.map((benchmark) => `${benchmark.name}:${benchmark.status}`),
          canarySeconds: canary?.seconds,
        },
        'executed',
      );
      return proto.RunExecuted.create({
        request,
        provisioning: event.message.provisioning,
        execution,
      }) as RunExecuted & { request: RunRequest };
    },

    failureContext: ({ message }) => ({ provisioning: message.provisioning }),
  };
}

async function superseded(session: { check(): Promise<void> }): Promise<boolean> {
  return session.check().then(
    () => false,
    (error: unknown) => error instanceof Superseded,
  );
}
