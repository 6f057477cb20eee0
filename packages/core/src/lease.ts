import type { KV } from '@nats-io/kv';
import { hostname } from 'node:os';
import { nowIso } from './time.ts';

interface LeaseRecord {
  runId: string;
  holder: string;
  renewedAt: string;
}

export type AcquireResult = { acquired: true } | { acquired: false; heldBy: string };

const encoder = new TextEncoder();

/**
 * One run per minion, across every replica: the lease is a key (the minion) in a KV bucket whose
 * max age is the lease TTL. Taking it is a create (compare-and-set on "no key"); the holder renews
 * it by rewriting it, so a crashed holder's key ages out and the next run can take the minion.
 * The lease belongs to a run, not a process: the provisioner takes it and the executor (any
 * replica) carries on with it for the same run id, then releases it.
 */
export class MinionLeases {
  readonly #kv: KV;
  readonly #holder = `${hostname()}:${process.pid}`;

  constructor(kv: KV) {
    this.#kv = kv;
  }

  async acquire(minion: string, runId: string): Promise<AcquireResult> {
    const record = encoder.encode(JSON.stringify(this.#record(runId)));
    try {
      await this.#kv.create(minion, record);
      return { acquired: true };
    } catch {
      const current = await this.#current(minion);
      if (!current) return this.acquire(minion, runId);
      if (current.record.runId !== runId) return { acquired: false, heldBy: current.record.runId };
      await this.#kv.update(minion, record, current.revision);
      return { acquired: true };
    }
  }

  /** Rewrites the lease so it does not expire; false if this run no longer holds it. */
  async renew(minion: string, runId: string): Promise<boolean> {
    const current = await this.#current(minion);
    if (!current || current.record.runId !== runId) return false;
    await this.#kv.update(minion, encoder.encode(JSON.stringify(this.#record(runId))), current.revision);
    return true;
  }

  /** Frees the minion if this run holds it; a no-op otherwise (safe on every failure path). */
  async release(minion: string, runId: string): Promise<void> {
    const current = await this.#current(minion);
    if (current && current.record.runId === runId) await this.#kv.delete(minion, { previousSeq: current.revision });
  }

  async holder(minion: string): Promise<string | undefined> {
    return (await this.#current(minion))?.record.runId;
  }

  /** Renews every `intervalMs` until the returned function is called. */
  keepAlive(minion: string, runId: string, intervalMs: number, onLost: () => void): () => void {
    const timer = setInterval(() => {
      this.renew(minion, runId).then((held) => held || onLost(), () => undefined);
    }, intervalMs);
    return () => clearInterval(timer);
  }

  async #current(minion: string): Promise<{ record: LeaseRecord; revision: number } | undefined> {
    const entry = await this.#kv.get(minion);
    if (!entry || entry.operation !== 'PUT') return undefined;
    return { record: entry.json() as LeaseRecord, revision: entry.revision };
  }

  #record(runId: string): LeaseRecord {
    return { runId, holder: this.#holder, renewedAt: nowIso() };
  }
}
