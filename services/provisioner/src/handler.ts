import type { JsMsg } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import {
  decodeMessage,
  nowIso,
  parseEventSubject,
  proto,
  runPurpose,
  Stage,
  storeArtifact,
  Superseded,
  validateRequest,
  type BenchlineConfig,
  type MessageHandler,
  type MinionLeases,
  type Provisioning,
  type RunProvisioned,
  type RunRequest,
  type StageDefinition,
} from '@benchline/core';
import type { CommitOrder } from './history/commit-order.ts';
import { hostFactsMessage, type ReportedFacts } from './host-facts-message.ts';
import { ProvisioningError } from './provisioning-error.ts';
import type { WaitingLines } from './waiting-lines.ts';
/** What the provisioner learned from one playbook run (or from the warm check that skipped it). */
export interface ProvisionOutcome {
  commit: string;
  facts: ReportedFacts;
  tasks: { ok: number; changed: number; failed: number; skipped: number; unreachable: number };
  durationMs: number;
  log: string;
  skipped: boolean;
}

export type Provision = (request: RunRequest, signal: AbortSignal) => Promise<ProvisionOutcome>;

export interface ProvisionerDeps {
  artifacts: ObjectStore;
  leases: MinionLeases;
  config: BenchlineConfig;
  provision: Provision;
  /** Where the provisioned commit sits in the suite's history. */
  commitOrder: (suite: string, commit: string) => Promise<CommitOrder>;
  /** Where a run waits while its minion is busy. */
  lines: WaitingLines;
}

/**
 * `run.requested` → the minion's lease, waiting in its line while it is busy → Ansible →
 * `run.provisioned`, the lease kept for the executor. Invalid requests are left to the trigger's
 * recorder, which rejects them visibly. Ansible is stopped once the lease is lost.
 */
export function provisionStage(deps: ProvisionerDeps): StageDefinition<'requested', 'provisioned'> {
  const { artifacts, leases, lines, config } = deps;
  return {
    stage: Stage.STAGE_PROVISION,
    activity: 'provisioning',
    consumes: 'requested',
    publishes: 'provisioned',
    accepts: (event, msg) =>
      validateRequest(config, event.message.request, parseEventSubject(msg.subject)).length === 0,
    lease: {
      leases,
      // Confirmation and bisection runs wait while normal runs wait (run-purpose.ts).
      take: (minion, claim, msg) =>
        lines.take(minion, claim, msg.seq, runPurpose(decodeMessage('requested', msg)?.message.request) !== undefined),
      // Often enough that a delivery whose lease a newer one took over stops its playbook within seconds.
      renewEveryMs: Math.min((config.lease.ttlSeconds * 1000) / 4, 2_000),
      releaseWhenDone: false,
    },

    async work({ request, lease, log }) {
      const session = lease!;
      const startedAt = nowIso();
      log.info({ suite: request.suite }, 'provisioning');
      const outcome = await deps.provision(request, session.signal);
      const order = await deps.commitOrder(request.suite, outcome.commit);
      await session.check();
      const provisioning = proto.Provisioning.create({
        commit: outcome.commit,
        host: hostFactsMessage(outcome.facts),
        tasks: outcome.tasks,
        skipped: outcome.skipped,
        durationMs: outcome.durationMs,
        ansibleLog: await storeArtifact(artifacts, request.runId, 'ansible.log', outcome.log),
        startedAt,
        finishedAt: nowIso(),
        order,
      }) as Provisioning;
      const { commit, skipped, durationMs: ms } = outcome;
      log.info({ commit, position: order.position, skipped, changed: outcome.tasks.changed, ms }, 'provisioned');
      return proto.RunProvisioned.create({ request, provisioning }) as RunProvisioned & { request: RunRequest };
    },

    async failureContext({ message }, error) {
      if (!(error instanceof ProvisioningError) || !error.detail) return {};
      const ansibleLog = await storeArtifact(artifacts, message.request.runId, 'ansible.log', error.detail);
      return { provisioning: proto.Provisioning.create({ ansibleLog }) };
    },
  };
}

/**
 * A replica holds waiting requests for long: a second delivery of one it already holds (after a
 * broker outage longer than the ack wait) is left to the first instead of waiting in line twice.
 */
export function oneDeliveryPerRun(handler: MessageHandler): MessageHandler {
  const inHand = new Set<string>();
  return {
    async handle(msg: JsMsg) {
      const runId = parseEventSubject(msg.subject)?.runId;
      if (runId === undefined) return handler.handle(msg);
      if (inHand.has(runId)) throw new Superseded(`an earlier delivery of run ${runId} is in hand here`);
      inHand.add(runId);
      try {
        await handler.handle(msg);
      } finally {
        inHand.delete(runId);
      }
    },
    giveUp: (msg, error) => handler.giveUp(msg, error),
  };
}
