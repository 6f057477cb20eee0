import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import { errors } from '@nats-io/transport-node';
import { decodeMessage, type EventOf, type RunEvent } from './codec.ts';
import { BenchlineError, errorCode } from './errors.ts';
import { publishFailure, type Failure } from './fail.ts';
import { leaseClaim, type LeaseClaim, type MinionLeases } from './lease.ts';
import { LeaseSession, takeLease } from './lease-session.ts';
import type { Logger } from './logger.ts';
import { Stage, type RunRequest } from './messages.ts';
import { leaseWait, leaseWaiting, stageDuration, stageRuns } from './metrics.ts';
import { hasAnyEvent } from './progress.ts';
import { publishEvent } from './publish.ts';
import type { StageName } from './subjects.ts';
import { reportProgress, waitingFor, type MessageHandler } from './worker.ts';

/** What a stage's domain function gets for one delivery of one event. */
export interface StageRun<In extends StageName> {
  readonly event: EventOf<In>;
  readonly request: RunRequest;
  readonly msg: JsMsg;
  readonly log: Logger;
  /** Present when the stage holds the minion; its `signal` fires when the lease is lost. */
  readonly lease: LeaseSession | undefined;
  /** Fires (within CANCEL_POLL_MS) once the run is cancelled (run.cancelled): stop, kill, clean up; nothing is published. Stages that hold the minion only. */
  readonly cancelled: AbortSignal;
}

/** How often a stage that holds the minion looks for the run's `run.cancelled`. */
export const CANCEL_POLL_MS = 1_000;

/** Thrown by a stage's work that stopped because the run was cancelled; the kit then publishes nothing and frees the minion. */
export class RunCancelled extends Error {
  override name = 'RunCancelled';
}

/** How a stage holds the run's minion while it works. */
export interface StageLease {
  readonly leases: MinionLeases;
  /** How the lease is taken; by default at once, failing the run (LEASE_TAKEN) if another run holds the minion. */
  readonly take?: (minion: string, claim: LeaseClaim, msg: JsMsg) => Promise<void>;
  readonly renewEveryMs: number;
  /** Free the minion once the next event is stored (the run's last stage on it), or keep it for the next stage. */
  readonly releaseWhenDone: boolean;
}

export interface StageDefinition<In extends StageName, Out extends StageName> {
  /** The stage as `run.failed` names it. */
  readonly stage: Stage;
  /** What the stage does, for "… kept failing" reasons: `provisioning`, `execution`, … */
  readonly activity: string;
  readonly consumes: In;
  readonly publishes: Out;
  /** Leaves a decoded event alone when false (an invalid request: the recorder rejects it visibly). */
  readonly accepts?: (event: EventOf<In>, msg: JsMsg) => boolean;
  readonly lease?: StageLease;
  /** The domain logic: the work, returning the next event's message. Throw a BenchlineError to fail with a code. */
  readonly work: (run: StageRun<In>) => Promise<EventOf<Out>['message']>;
  /** What `run.failed` carries besides code and reason: what the run achieved so far, a stored log. */
  readonly failureContext?: (event: EventOf<In>, error: unknown) => Promise<Partial<Failure>> | Partial<Failure>;
}

export interface StageDeps {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly log: Logger;
}

/**
 * A stage as the worker runs it. The kit owns what every stage repeats: decoding (typed), the
 * "already done" check for redeliveries, the minion lease (taken, renewed, checked before
 * publishing, released), publishing the next event (de-duplicated by its message id), and
 * `run.failed` with a code once the worker gives up. The definition keeps only the domain logic.
 */
export function stageHandler<In extends StageName, Out extends StageName>(
  definition: StageDefinition<In, Out>,
  deps: StageDeps,
): MessageHandler {
  const { js, jsm } = deps;
  const { consumes, publishes, lease } = definition;

  const eventOf = (msg: JsMsg): EventOf<In> | undefined => {
    const event = decodeMessage(consumes, msg);
    return event && (definition.accepts?.(event, msg) ?? true) ? event : undefined;
  };
  const publish = (message: EventOf<Out>['message']) => publishEvent(js, { stage: publishes, message } as RunEvent);
  // Metrics (metrics.ts): stage="provision", "execute", …; the work timed from the minion held (or the start) to its end.
  const stage = (Stage[definition.stage] ?? String(definition.stage)).replace(/^STAGE_/, '').toLowerCase();
  const observe = (outcome: 'completed' | 'cancelled' | 'error', startedAt: number) => {
    stageRuns.inc({ stage, outcome });
    stageDuration.observe({ stage, outcome }, (Date.now() - startedAt) / 1000);
  };

  return {
    async handle(msg) {
      const event = eventOf(msg);
      if (!event) return;
      const { request } = event.message;
      const isCancelled = () => hasAnyEvent(jsm, ['cancelled'], request.minion, request.runId);
      const claim = leaseClaim(request.runId, msg);
      if (await isCancelled()) {
        // Dropped; the run may still hold the minion from its previous stage: free it.
        stageRuns.inc({ stage, outcome: 'cancelled' });
        if (lease && (await lease.leases.acquire(request.minion, claim)).acquired)
          await lease.leases.release(request.minion, claim);
        return;
      }
      if (await hasAnyEvent(jsm, [publishes, 'failed'], request.minion, request.runId)) {
        stageRuns.inc({ stage, outcome: 'duplicate' });
        return;
      }
      const log = deps.log.child({ runId: request.runId, minion: request.minion });
      let outcome: 'completed' | 'cancelled' | 'error' = 'error';
      if (!lease) {
        const startedAt = Date.now();
        try {
          const message = await definition.work({
            event,
            request,
            msg,
            log,
            lease: undefined,
            cancelled: new AbortController().signal,
          });
          await completing(() => publish(message), msg, log);
          outcome = 'completed';
        } finally {
          observe(outcome, startedAt);
        }
        return;
      }

      // Waiting in a busy minion's line is not being stuck (worker.ts); the wait is a metric of its own.
      const waitLabels = { stage, minion: request.minion };
      const waitStartedAt = Date.now();
      leaseWaiting.inc(waitLabels);
      try {
        await waitingFor(msg, () =>
          (lease.take ?? ((minion, own) => takeLease(lease.leases, minion, own)))(request.minion, claim, msg),
        );
        leaseWait.observe(waitLabels, (Date.now() - waitStartedAt) / 1000);
      } finally {
        leaseWaiting.dec(waitLabels);
      }
      const workStartedAt = Date.now();
      const session = new LeaseSession({
        leases: lease.leases,
        minion: request.minion,
        claim,
        renewEveryMs: lease.renewEveryMs,
      });
      const cancel = new AbortController();
      const watch = setInterval(() => {
        isCancelled().then(
          (yes) => {
            if (yes && !cancel.signal.aborted) cancel.abort(new RunCancelled(`run ${request.runId} was cancelled`));
          },
          () => undefined,
        );
      }, CANCEL_POLL_MS);
      const dropCancelled = async () => {
        outcome = 'cancelled';
        log.info('run cancelled: nothing published, minion freed');
        await session.release();
      };
      try {
        // Cancelled while it waited for the minion.
        if (await isCancelled()) return await dropCancelled();
        let message: EventOf<Out>['message'];
        try {
          message = await definition.work({ event, request, msg, log, lease: session, cancelled: cancel.signal });
        } catch (error) {
          // A delivery that no longer holds the minion reports nothing, not even its failure.
          await session.check();
          if (cancel.signal.aborted || error instanceof RunCancelled || (await isCancelled()))
            return await dropCancelled();
          throw error;
        }
        reportProgress(msg);
        const complete = <T>(step: () => Promise<T>) => completing(step, msg, log);
        await complete(() => session.check());
        if (cancel.signal.aborted || (await complete(isCancelled))) return await dropCancelled();
        await complete(() => publish(message));
        if (lease.releaseWhenDone) await complete(() => session.release());
        outcome = 'completed';
      } finally {
        clearInterval(watch);
        session.end();
        observe(outcome, workStartedAt);
      }
    },

    async giveUp(msg, error) {
      const event = eventOf(msg);
      if (!event) return;
      const { request } = event.message;
      const coded = error instanceof BenchlineError ? error : undefined;
      const reason =
        coded && !coded.retryable ? coded.message : `${definition.activity} kept failing: ${(error as Error).message}`;
      await publishFailure(js, request, {
        stage: definition.stage,
        code: errorCode(error),
        reason,
        ...(coded?.detail === undefined ? {} : { detail: coded.detail }),
        ...(await definition.failureContext?.(event, error)),
      });
      if (lease) await lease.leases.release(request.minion, leaseClaim(request.runId, msg));
      stageRuns.inc({ stage, outcome: 'failed' });
    },
  };
}

/** How many times a step after the work is tried while the broker does not answer in time. */
export const COMPLETION_ATTEMPTS = 4;

/**
 * Runs a step that checks or stores the outcome of work already done (a read, the lease's release,
 * a publish de-duplicated by its message id: each safe to repeat), trying again while requests to
 * the broker time out. A broker slow to answer on a loaded machine must not fail a delivery whose
 * work is done: its retry would do the work, a whole benchmark run, again.
 */
async function completing<T>(step: () => Promise<T>, msg: JsMsg, log: Logger): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof errors.TimeoutError) || attempt === COMPLETION_ATTEMPTS) throw error;
      log.warn({ err: error, attempt }, 'the broker did not answer in time after the work was done; trying again');
      reportProgress(msg);
    }
  }
}
