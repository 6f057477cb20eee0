/** What Attempts reads of a JsMsg. */
interface Delivery {
  seq: number;
  info: { stream: string; deliveryCount: number };
}

/** Messages whose attempts are remembered at most; the oldest are forgotten first. */
const REMEMBERED = 10_000;

/**
 * The attempt number of each delivery of a message: its delivery count, except that it never goes
 * backwards within this process. nats-server before 2.10.14 (Debian ships 2.9) can redeliver a
 * message whose delivery failed (the pull request had just expired) with its count back at 1
 * (nats-io/nats-server#5305, #5338): trusted as is, the backoff would start over at 1 s and the
 * message get more attempts than `maxAttempts`.
 */
export class Attempts {
  readonly #highest = new Map<string, number>();

  /** The attempt this delivery is. */
  of(msg: Delivery): number {
    const key = `${msg.info.stream}:${msg.seq}`;
    const seen = this.#highest.get(key);
    const attempt = seen === undefined ? msg.info.deliveryCount : Math.max(msg.info.deliveryCount, seen + 1);
    this.#highest.delete(key);
    this.#highest.set(key, attempt);
    if (this.#highest.size > REMEMBERED) this.#highest.delete(this.#highest.keys().next().value!);
    return attempt;
  }

  /** The message is settled for good (acked, given up): nothing more to remember. */
  settled(msg: Delivery): void {
    this.#highest.delete(`${msg.info.stream}:${msg.seq}`);
  }
}
