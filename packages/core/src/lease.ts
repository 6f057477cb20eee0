import type { KV } from '@nats-io/kv';
import { hostname } from 'node:os';
import { isRevisionConflict } from './kv-errors.ts';
import { nowIso } from './time.ts';

/** Who may hold a minion: one delivery of one run's message. */
export interface LeaseClaim {
  runId: string;
  /** The delivery (`<stream sequence>:<consumer sequence>`) working on the run; see `leaseClaim`. */
  delivery: string;
}

interface LeaseRecord extends LeaseClaim {
  holder: string;
  renewedAt: string;
}

export type AcquireResult = { acquired: true } | { acquired: false; heldBy: string };

/**
 * What a claim finds when it looks at its lease: still `held`; `superseded` by a later delivery
 * of the same run (which now does the work); or `lost` (expired, maybe taken by another run).
 */
export type LeaseStatus = 'held' | 'superseded' | 'lost';

/**
 * The claim of the delivery of `msg`, a message about run `runId`. A delivery is told apart by its
 * consumer sequence, which every delivery gets anew: the delivery count can repeat on nats-server
 * before 2.10.14 (see Attempts), and two deliveries with one identity would both hold the lease.
 */
export function leaseClaim(runId: string, msg: { seq: number; info: { deliverySequence: number } }): LeaseClaim {
  return { runId, delivery: `${msg.seq}:${msg.info.deliverySequence}` };
}

const encoder = new TextEncoder();

/**
 * One run per minion, across every replica: the lease is a key (the minion) in a KV bucket whose
 * max age is the lease TTL. Taking it is a create (compare-and-set on "no key"); the holder renews
 * it by rewriting it, so a crashed holder's key ages out and the next run can take the minion.
 * The lease belongs to a run and, within it, to the delivery working on it: the executor takes it
 * over from the provisioner for the same run, and a redelivery takes it over from a delivery the
 * broker gave up on (after an outage longer than the ack wait) while that one still works. The
 * superseded delivery sees it when it looks, and must stop without publishing or cleaning up.
 */
export class MinionLeases {
  readonly #kv: KV;
  readonly #holder = `${hostname()}:${process.pid}`;

  constructor(kv: KV) {
    this.#kv = kv;
  }

  async acquire(minion: string, claim: LeaseClaim): Promise<AcquireResult> {
    const record = this.#record(claim);
    try {
      await this.#kv.create(minion, record);
      return { acquired: true };
    } catch (error) {
      if (!isRevisionConflict(error)) throw error;
      const current = await this.#current(minion);
      if (!current) return this.acquire(minion, claim);
      if (current.record.runId !== claim.runId) return { acquired: false, heldBy: current.record.runId };
      await this.#kv.update(minion, record, current.revision);
      return { acquired: true };
    }
  }

  async status(minion: string, claim: LeaseClaim): Promise<LeaseStatus> {
    return statusOf((await this.#current(minion))?.record, claim);
  }

  /** Rewrites the lease so it does not expire, if the claim still holds it. */
  async renew(minion: string, claim: LeaseClaim): Promise<LeaseStatus> {
    const current = await this.#current(minion);
    const status = statusOf(current?.record, claim);
    if (status === 'held') await this.#kv.update(minion, this.#record(claim), current!.revision);
    return status;
  }

  /** Frees the minion if the claim holds it; a no-op otherwise (safe on every failure path). */
  async release(minion: string, claim: LeaseClaim): Promise<void> {
    const current = await this.#current(minion);
    if (statusOf(current?.record, claim) === 'held') await this.#kv.delete(minion, { previousSeq: current!.revision });
  }

  async holder(minion: string): Promise<string | undefined> {
    return (await this.#current(minion))?.record.runId;
  }

  /** Renews every `intervalMs` until the returned function is called; `onLost` once the claim no longer holds it. */
  keepAlive(
    minion: string,
    claim: LeaseClaim,
    intervalMs: number,
    onLost: (status: Exclude<LeaseStatus, 'held'>) => void,
  ): () => void {
    const timer = setInterval(() => {
      this.renew(minion, claim).then(
        (status) => {
          if (status === 'held') return;
          clearInterval(timer);
          onLost(status);
        },
        () => undefined,
      );
    }, intervalMs);
    return () => clearInterval(timer);
  }

  async #current(minion: string): Promise<{ record: LeaseRecord; revision: number } | undefined> {
    const entry = await this.#kv.get(minion);
    if (entry?.operation !== 'PUT') return undefined;
    return { record: entry.json() as LeaseRecord, revision: entry.revision };
  }

  #record(claim: LeaseClaim): Uint8Array {
    const record: LeaseRecord = {
      runId: claim.runId,
      delivery: claim.delivery,
      holder: this.#holder,
      renewedAt: nowIso(),
    };
    return encoder.encode(JSON.stringify(record));
  }
}

function statusOf(record: LeaseRecord | undefined, claim: LeaseClaim): LeaseStatus {
  if (record?.runId !== claim.runId) return 'lost';
  return record.delivery === claim.delivery ? 'held' : 'superseded';
}
