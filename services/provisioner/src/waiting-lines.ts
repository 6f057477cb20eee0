import { RetryLater, type LeaseClaim, type LeaseReleases, type MinionLeases } from '@benchline/core';

export interface WaitingLinesOptions {
  leases: Pick<MinionLeases, 'acquire'>;
  releases: Pick<LeaseReleases, 'next'>;
  /** How often the first in line asks anyway: an expired lease sends no release. */
  pollMs: number;
}

interface Waiter {
  order: number;
  background: boolean;
  /** Resolves when it is this waiter's turn to ask; replaced when a normal run steps in front of it. */
  turn: Promise<void>;
  start(): void;
  /** Back to waiting: a normal run joined in front of this background one. */
  pause(): void;
  cancel(error: Error): void;
}

/**
 * The runs this replica holds for each busy minion, oldest request first. Only the first in line
 * asks for the lease, woken by its release, so a freed minion goes to the next run at once and in
 * request order, instead of to whichever redelivery comes round next.
 *
 * Background runs (the bisector's confirmation and bisection runs, see run-purpose.ts) wait behind
 * every normal run: a normal run that joins steps in front of them, even of one already asking, so
 * a background run never takes the minion while a normal run waits in its line.
 */
export class WaitingLines {
  readonly #options: WaitingLinesOptions;
  readonly #lines = new Map<string, Waiter[]>();
  #closed = false;

  constructor(options: WaitingLinesOptions) {
    this.#options = options;
  }

  /**
   * Takes the minion's lease for the claim, waiting in line while the minion is busy (`order`: the
   * request's stream sequence; `background`: waits behind every normal run).
   */
  async take(minion: string, claim: LeaseClaim, order: number, background = false): Promise<void> {
    const { leases, releases, pollMs } = this.#options;
    this.#throwIfClosed();
    if (!this.#lines.get(minion)?.length && (await leases.acquire(minion, claim)).acquired) return;
    const line = this.#lines.get(minion) ?? [];
    this.#lines.set(minion, line);
    const waiter = join(line, order, background);
    try {
      for (;;) {
        await waiter.turn;
        this.#throwIfClosed();
        // Paused while it waited for a release: a normal run is first now.
        if (line[0] !== waiter) continue;
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

function newWaiter(order: number, background: boolean): Waiter {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const arm = () => {
    const turn = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Awaited by the waiter's loop; a cancel while it waits for a release must not count as unhandled.
    turn.catch(() => undefined);
    return turn;
  };
  const waiter: Waiter = {
    order,
    background,
    turn: arm(),
    start: () => settle.resolve(),
    pause: () => {
      waiter.turn = arm();
    },
    cancel: (error) => settle.reject(error),
  };
  return waiter;
}

/**
 * Inserts a waiter in request order behind the first in line, who may already be asking, and
 * every normal waiter before every background one (pausing a background first in line); a lone
 * waiter starts at once.
 */
function join(line: Waiter[], order: number, background: boolean): Waiter {
  const waiter = newWaiter(order, background);
  const index = background
    ? line.findIndex((other, position) => position > 0 && other.background && other.order > order)
    : line.findIndex((other, position) => other.background || (position > 0 && other.order > order));
  if (index === -1) line.push(waiter);
  else line.splice(index, 0, waiter);
  if (index === 0) line[1]?.pause();
  if (line[0] === waiter) waiter.start();
  return waiter;
}
