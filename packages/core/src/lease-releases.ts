import { KvWatchInclude, type KV } from '@nats-io/kv';
import type { Logger } from './logger.ts';

type Watch = Awaited<ReturnType<KV['watch']>>;

/**
 * Tells whoever waits for a minion the moment its lease is released, from one watch on the leases
 * bucket, so the next run takes the minion at once instead of asking again later. A lease that
 * expires (its holder died) leaves nothing a watch sees on nats-server 2.9, hence the timeout.
 */
export class LeaseReleases {
  readonly #wakers = new Map<string, Set<() => void>>();
  readonly #watch: Watch;

  private constructor(watch: Watch) {
    this.#watch = watch;
  }

  static async watch(kv: KV, log: Logger): Promise<LeaseReleases> {
    const releases = new LeaseReleases(await kv.watch({ include: KvWatchInclude.UpdatesOnly }));
    releases
      .#dispatch()
      .catch((error: unknown) => log.warn({ err: error }, 'lease watch ended; waiters fall back to their timeout'));
    return releases;
  }

  /**
   * Resolves at the next release of the minion's lease, or after `timeoutMs`. Ask before trying to
   * acquire the lease, so that a release in between is not missed.
   */
  next(minion: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wakers = this.#wakers.get(minion) ?? new Set();
      this.#wakers.set(minion, wakers);
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        if (wakers.size === 0 && this.#wakers.get(minion) === wakers) this.#wakers.delete(minion);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      wakers.add(wake);
    });
  }

  stop(): void {
    this.#watch.stop();
  }

  async #dispatch(): Promise<void> {
    for await (const entry of this.#watch) {
      if (entry.operation === 'PUT') continue;
      for (const wake of [...(this.#wakers.get(entry.key) ?? [])]) wake();
    }
  }
}
