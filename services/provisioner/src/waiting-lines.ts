import { RetryLater, type LeaseClaim, type LeaseReleases, type MinionLeases } from '@benchline/core';

export interface WaitingLinesOptions {
  leases: Pick<MinionLeases, 'acquire'>;
  releases: Pick<LeaseReleases, 'next'>;
  /** How often the first in line asks anyway: an expired lease sends no release. */
  pollMs: number;
}

interface Waiter {
  order: number;
  turn: Promise<void>;
  start(): void;
  cancel(error: Error): void;
}

/**
 * The runs this replica holds for each busy minion, oldest request first. Only the first in line
 * asks for the lease, woken by its release, so a freed minion goes to the next run at once and in
 * request order, instead of to whichever redelivery comes round next.
 */
export class WaitingLines {
  readonly #options: WaitingLinesOptions;
  readonly #lines = new Map<string, Waiter[]>();
  #closed = false;

  constructor(options: WaitingLinesOptions) {
    this.#options = options;
  }

  /** Takes the minion's lease for the claim, waiting in line while the minion is busy (`order`: the request's stream sequence). */
  async take(minion: string, claim: LeaseClaim, order: number): Promise<void> {
    const { leases, releases, pollMs } = this.#options;
    this.#throwIfClosed();
    if (!this.#lines.get(minion)?.length && (await leases.acquire(minion, claim)).acquired) return;
    const line = this.#lines.get(minion) ?? [];
    this.#lines.set(minion, line);
    const waiter = join(line, order);
    try {
      await waiter.turn;
      for (;;) {
        const released = releases.next(minion, pollMs);
        if ((await leases.acquire(minion, claim)).acquired) return;
        await released;
        this.#throwIfClosed();
      }
    } finally {
      this.#leave(minion, line, waiter);
    }
  }

  /** Hands every waiting run back to the stream (for another replica, or this one after a restart). */
  close(): void {
    this.#closed = true;
    for (const line of this.#lines.values()) for (const waiter of line) waiter.cancel(this.#closedError());
  }

  #leave(minion: string, line: Waiter[], waiter: Waiter): void {
    const index = line.indexOf(waiter);
    line.splice(index, 1);
    if (index === 0) line[0]?.start();
    if (line.length === 0) this.#lines.delete(minion);
  }

  #throwIfClosed(): void {
    if (this.#closed) throw this.#closedError();
  }

  #closedError(): RetryLater {
    return new RetryLater('the provisioner is stopping', 0);
  }
}

/** Inserts a waiter in request order behind the first in line, who may already be asking; a lone waiter starts at once. */
function join(line: Waiter[], order: number): Waiter {
  let start!: () => void;
  let cancel!: (error: Error) => void;
  const turn = new Promise<void>((resolve, reject) => {
    start = resolve;
    cancel = reject;
  });
  const waiter: Waiter = { order, turn, start, cancel };
  const index = line.findIndex((other, position) => position > 0 && other.order > order);
  if (index === -1) line.push(waiter);
  else line.splice(index, 0, waiter);
  if (line.length === 1) start();
  return waiter;
}
