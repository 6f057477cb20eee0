import { BenchlineError } from './errors.ts';
import type { LeaseClaim, LeaseStatus, MinionLeases } from './lease.ts';
import { Superseded } from './worker.ts';

export interface LeaseSessionOptions {
  readonly leases: MinionLeases;
  readonly minion: string;
  readonly claim: LeaseClaim;
  /** How often the lease is renewed, and so how soon a loss is noticed. */
  readonly renewEveryMs: number;
}

/**
 * "This delivery holds this minion", from the moment the lease was taken until `release()` or
 * `end()`. It renews the lease, and its `signal` fires once the lease is lost (expired, maybe taken
 * by another run) or superseded (a newer delivery of the run's message took it over), with the
 * error that says which as its reason.
 *
 * The policy, the same in every stage: once the signal fired, start nothing more on the minion,
 * kill what runs there, and publish nothing. A superseded delivery leaves the message to the newer
 * one; a lost lease is retried (LEASE_LOST), and the retry finds the minion free or taken by
 * another run (LEASE_TAKEN).
 */
export class LeaseSession {
  readonly #options: LeaseSessionOptions;
  readonly #lost = new AbortController();
  readonly #timer: NodeJS.Timeout;

  constructor(options: LeaseSessionOptions) {
    this.#options = options;
    this.#timer = setInterval(() => void this.#renew(), options.renewEveryMs);
  }

  /** Fires when the lease is no longer this delivery's; `signal.reason` is the error to throw. */
  get signal(): AbortSignal {
    return this.#lost.signal;
  }

  get claim(): LeaseClaim {
    return this.#options.claim;
  }

  /** Looks at the lease now; throws Superseded or LEASE_LOST (and fires the signal) unless it is still held. */
  async check(): Promise<void> {
    this.throwIfLost();
    const { leases, minion, claim } = this.#options;
    this.#settle(await leases.status(minion, claim));
    this.throwIfLost();
  }

  /** Throws the reason of a loss already noticed; costs nothing. */
  throwIfLost(): void {
    if (this.#lost.signal.aborted) throw this.#lost.signal.reason;
  }

  /** Stops renewing and frees the minion (if this delivery still holds it). */
  async release(): Promise<void> {
    this.end();
    await this.#options.leases.release(this.#options.minion, this.#options.claim);
  }

  /** Stops renewing and leaves the lease as it is: for the next stage of the run to take over, or to expire. */
  end(): void {
    clearInterval(this.#timer);
  }

  async #renew(): Promise<void> {
    const { leases, minion, claim } = this.#options;
    try {
      this.#settle(await leases.renew(minion, claim));
    } catch {
      // NATS unavailable: the lease may still be held; the next renewal or check tells.
    }
  }

  #settle(status: LeaseStatus): void {
    if (status === 'held' || this.#lost.signal.aborted) return;
    this.end();
    const { minion, claim } = this.#options;
    this.#lost.abort(
      status === 'superseded'
        ? new Superseded(`run ${claim.runId} is worked on by a newer delivery of its message`)
        : new BenchlineError('LEASE_LOST', `the lease on minion ${minion} expired while run ${claim.runId} was on it`, {
            retryable: true,
          }),
    );
  }
}

/** Takes the minion for the claim, or fails the run (LEASE_TAKEN) when another run holds it. */
export async function takeLease(leases: MinionLeases, minion: string, claim: LeaseClaim): Promise<void> {
  const result = await leases.acquire(minion, claim);
  if (!result.acquired) {
    throw new BenchlineError(
      'LEASE_TAKEN',
      `the minion lease expired and run ${result.heldBy} took ${minion}; request the run again`,
    );
  }
}
