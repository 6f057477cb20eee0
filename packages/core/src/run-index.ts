import type { JetStreamManager } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import { isRevisionConflict } from './kv-errors.ts';
import { TOKEN_PATTERN } from './subjects.ts';

/** One key `<suite>.<runId>` per run, created when the run is first recorded: newest at the stream's end. */
export const RUN_INDEX_BUCKET = 'benchline-run-index';
const STREAM = `KV_${RUN_INDEX_BUCKET}`;
const SUBJECT_PREFIX = `$KV.${RUN_INDEX_BUCKET}.`;
/** The key's suite of a rejected request whose suite is no valid name (or none): matches no suite filter. */
const NO_SUITE = '=';

export interface IndexedRun {
  /** The entry's stream sequence: its position, and what a cursor names. */
  seq: number;
  suite: string;
  runId: string;
}

/**
 * The runs in the order they were first recorded, read backwards by stream sequence (direct get),
 * so a page costs reads in proportion to its length, not to the number of stored runs.
 */
export class RunIndex {
  constructor(
    private readonly kv: KV,
    private readonly jsm: JetStreamManager,
  ) {}

  /** Idempotent: a run already indexed keeps its position. */
  async add(suite: string, runId: string): Promise<void> {
    try {
      await this.kv.create(`${TOKEN_PATTERN.test(suite) ? suite : NO_SUITE}.${runId}`, new Uint8Array());
    } catch (error) {
      if (!isRevisionConflict(error)) throw error;
    }
  }

  /** The sequences stored: positions `first ≤ seq < end`; `end` is where a walk from the newest starts. */
  async bounds(): Promise<{ first: number; end: number }> {
    const { state } = await this.jsm.streams.info(STREAM);
    return { first: state.first_seq, end: state.messages === 0 ? state.first_seq : state.last_seq + 1 };
  }

  /** The entries at these sequences, in the same order; a sequence with no entry (expired, never written) gives undefined. */
  async read(seqs: number[]): Promise<(IndexedRun | undefined)[]> {
    return Promise.all(
      seqs.map(async (seq) => {
        const message = await this.jsm.direct.getMessage(STREAM, { seq });
        if (!message || message.header?.get('KV-Operation')) return undefined;
        const [suite, runId] = message.subject.slice(SUBJECT_PREFIX.length).split('.');
        return suite && runId ? { seq, suite, runId } : undefined;
      }),
    );
  }

  async isEmpty(): Promise<boolean> {
    return (await this.kv.status()).values === 0;
  }
}
