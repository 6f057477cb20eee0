import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import {
  decodeMessage, hasAnyEvent, leaseClaim, storeArtifact, nowIso, parseEventSubject, proto, publishEvent, publishFailure, Stage, Superseded, validateRequest,
  type BenchlineConfig, type EventOf, type LeaseClaim, type Logger, type MessageHandler, type MinionLeases, type Provisioning, type RunProvisioned, type RunRequest,
} from '@benchline/core';
import type { WaitingLines } from './waiting-lines.ts';

/** What the provisioner learned from one playbook run (or from the warm check that skipped it). */
export interface ProvisionOutcome {
  commit: string;
  facts: { cpuModel: string; cores: number; kernel: string; memoryMb: number; os: string; governor: string | null; hostname?: string };
  tasks: { ok: number; changed: number; failed: number; skipped: number; unreachable: number };
  durationMs: number;
  log: string;
  skipped: boolean;
}

export type Provision = (request: RunRequest, signal: AbortSignal) => Promise<ProvisionOutcome>;

/** A provisioning failure a user can act on; anything else is retried. */
export interface ReportableFailure {
  reason: string;
  outputTail: string;
  log?: string;
}

export interface ProvisionerDeps {
  js: JetStreamClient;
  jsm: JetStreamManager;
  artifacts: ObjectStore;
  leases: MinionLeases;
  config: BenchlineConfig;
  log: Logger;
  provision: Provision;
  /** Classifies an error from `provision`: a reportable failure ends the run, undefined means retry. */
  reportable(error: unknown): ReportableFailure | undefined;
  /** Where a run waits while its minion is busy. */
  lines: WaitingLines;
}

/**
 * `run.requested` → take the minion's lease → Ansible → `run.provisioned` (lease kept for the
 * executor) or `run.failed` (lease released). Invalid requests are left to the trigger's recorder,
 * which rejects them visibly.
 */
export function provisionerHandler(deps: ProvisionerDeps): MessageHandler {
  const { js, jsm, artifacts, leases, lines, config, log } = deps;
  // Often enough that a delivery whose lease a newer one took over stops its playbook within seconds.
  const leaseRenewMs = Math.min((config.lease.ttlSeconds * 1000) / 4, 2_000);
  /** Runs this replica holds a delivery of: a second delivery of one of them is left to the first. */
  const inHand = new Set<string>();

  const requestOf = (msg: JsMsg): EventOf<'requested'> | undefined => {
    const event = decodeMessage('requested', msg);
    return event && validateRequest(config, event.message.request, parseEventSubject(msg.subject)).length === 0 ? event : undefined;
  };

  const fail = async (request: RunRequest, claim: LeaseClaim, failure: ReportableFailure) => {
    const ansibleLog = failure.log === undefined ? undefined : await storeArtifact(artifacts, request.runId, 'ansible.log', failure.log);
    await publishFailure(js, request, {
      stage: Stage.STAGE_PROVISION,
      reason: failure.reason,
      detail: failure.outputTail,
      provisioning: ansibleLog ? proto.Provisioning.create({ ansibleLog }) : null,
    });
    await leases.release(request.minion, claim);
  };

  /** Waits for the minion, runs the playbook, publishes the outcome: all under this delivery's lease. */
  const provisionRun = async (msg: JsMsg, request: RunRequest, runLog: Logger): Promise<void> => {
    const claim = leaseClaim(request.runId, msg);
    await lines.take(request.minion, claim, msg.seq);

    const aborter = new AbortController();
    const stopRenewing = leases.keepAlive(request.minion, claim, leaseRenewMs, (status) => aborter.abort(new Error(`minion lease ${status}`)));
    // Only a delivery that still holds the lease may store an outcome.
    const mustHoldLease = async () => {
      const status = await leases.status(request.minion, claim);
      if (status === 'superseded') throw new Superseded(`run ${request.runId} is provisioned by a newer delivery`);
      if (status === 'lost') throw new Error(`the lease on minion ${request.minion} expired while provisioning`);
    };
    const startedAt = nowIso();
    try {
      runLog.info('provisioning');
      const outcome = await deps.provision(request, aborter.signal);
      await mustHoldLease();
      const provisioning = proto.Provisioning.create({
        commit: outcome.commit,
        host: { ...outcome.facts, governor: outcome.facts.governor ?? '' },
        tasks: outcome.tasks,
        skipped: outcome.skipped,
        durationMs: outcome.durationMs,
        ansibleLog: await storeArtifact(artifacts, request.runId, 'ansible.log', outcome.log),
        startedAt,
        finishedAt: nowIso(),
      }) as Provisioning;
      const message = proto.RunProvisioned.create({ request, provisioning }) as RunProvisioned & { request: RunRequest };
      await publishEvent(js, { stage: 'provisioned', message });
      runLog.info({ commit: outcome.commit, skipped: outcome.skipped, changed: outcome.tasks.changed, ms: outcome.durationMs }, 'provisioned');
    } catch (error) {
      await mustHoldLease();
      const failure = deps.reportable(error);
      if (!failure) throw error;
      runLog.warn({ reason: failure.reason }, 'provisioning failed');
      await fail(request, claim, failure);
    } finally {
      stopRenewing();
    }
  };

  return {
    async handle(msg) {
      const event = requestOf(msg);
      if (!event) return;
      const request = event.message.request;
      const runLog = log.child({ runId: request.runId, minion: request.minion, suite: request.suite });
      if (await hasAnyEvent(jsm, ['provisioned', 'failed'], request.minion, request.runId)) return;

      if (inHand.has(request.runId)) throw new Superseded(`an earlier delivery of run ${request.runId} is in hand here`);
      inHand.add(request.runId);
      try {
        await provisionRun(msg, request, runLog);
      } finally {
        inHand.delete(request.runId);
      }
    },

    async giveUp(msg, error) {
      const event = requestOf(msg);
      if (event) await fail(event.message.request, leaseClaim(event.message.request.runId, msg), { reason: `provisioning kept failing: ${(error as Error).message}`, outputTail: '' });
    },
  };
}
