import type { JsMsg } from '@nats-io/jetstream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNats, type NatsServer } from '@benchline/servers';
import { parseConfig } from '../src/config.ts';
import { connectNats, type NatsContext } from '../src/nats.ts';
import { trimRuns } from '../src/retention.ts';
import { eventSubject, RUNS_STREAM, type StageName } from '../src/subjects.ts';
import { ensureTopology } from '../src/topology.ts';

const KiB = 1024;
const limits = { maxAgeDays: 90, maxBytes: 64 * KiB };
const retention = parseConfig({ retention: { runs: limits } }).retention;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A run's later events carry its provisioning, execution and so on: about a KiB each (here 60 of them fill the 64 KiB stream past 80 %). */
const EVENT = new Uint8Array(900);

/**
 * A burst's shape in the RUNS stream: every run requested at once (the requests first), then the
 * history of the runs that went before the one still waiting for its minion.
 */
describe('trimRuns: acknowledged history behind a queued run', () => {
  let nats: NatsServer;
  let context: NatsContext;

  beforeEach(async () => {
    nats = await startNats();
    context = await connectNats({ servers: [nats.url] }, 'retention-test', pino({ level: 'silent' }));
    await ensureTopology(context.jsm, context.js, { leaseTtlMs: 30_000, retention });
  });
  afterEach(async () => {
    await context?.nc.close();
    await nats?.close();
  });

  const publish = (stage: StageName, runId: string, data = EVENT) =>
    context.js.publish(eventSubject(stage, 'm', runId), data);
  /** Every durable consumer takes what it is given and acknowledges it, except the messages `hold` names. */
  async function consumeAll(hold: (consumer: string, msg: JsMsg) => boolean): Promise<void> {
    for await (const info of context.jsm.consumers.list(RUNS_STREAM)) {
      const consumer = await context.js.consumers.get(RUNS_STREAM, info.name);
      for (let taken = 0; taken < info.num_pending; taken++) {
        const msg = await consumer.next();
        if (!msg) throw new Error(`consumer ${info.name} got ${taken} of its ${info.num_pending} messages`);
        if (!hold(info.name, msg)) await msg.ackAck();
      }
    }
  }
  const stored = async (stage: StageName, runId: string) =>
    (await context.jsm.streams
      .getMessage(RUNS_STREAM, { last_by_subj: eventSubject(stage, 'm', runId) })
      .catch(() => null)) !== null;
  const runIds = Array.from({ length: 16 }, (_, index) => `r${index + 1}`);
  const finished = runIds.slice(0, -1);
  const queued = runIds.at(-1)!;
  const LATER_STAGES = ['provisioned', 'executed', 'published', 'analyzed'] as const;

  /** All 16 requested; the first 15 provisioned, executed, published and analyzed; the 16th waits in line. */
  async function burst(hold: (consumer: string, msg: JsMsg) => boolean): Promise<void> {
    for (const runId of runIds) await publish('requested', runId, new Uint8Array(100));
    for (const runId of finished) for (const stage of LATER_STAGES) await publish(stage, runId);
    await consumeAll(hold);
  }
  const waitingRequest = (consumer: string, msg: JsMsg) =>
    consumer === 'provisioner' && msg.subject === eventSubject('requested', 'm', queued);

  it('deletes the oldest acknowledged events behind a waiting request until the stream is back under 80 %', async () => {
    // One event nobody has acknowledged yet behind the waiting request: the analyzer has not taken r3's publication.
    const unanalyzed = eventSubject('published', 'm', 'r3');
    await burst(
      (consumer, msg) => waitingRequest(consumer, msg) || (consumer === 'analyzer' && msg.subject === unanalyzed),
    );
    const before = (await context.jsm.streams.info(RUNS_STREAM)).state;
    expect(before.bytes, 'the history fills the stream past its trimming point').toBeGreaterThan(0.8 * limits.maxBytes);

    const trimmed = await trimRuns(context.jsm, limits);

    const { state } = await context.jsm.streams.info(RUNS_STREAM);
    expect(trimmed).toBe(before.messages - state.messages);
    expect(state.bytes).toBeLessThanOrEqual(0.8 * limits.maxBytes);
    expect(await stored('requested', queued), 'the waiting request').toBe(true);
    expect(state.first_seq, 'the waiting request is the head').toBe(runIds.length);
    expect(await stored('published', 'r3'), 'the event the analyzer has not acknowledged').toBe(true);
    expect(await stored('analyzed', 'r1'), 'the oldest acknowledged event').toBe(false);
    expect(await stored('analyzed', finished.at(-1)!), 'the newest event').toBe(true);
    // What trimming made room for: the waiting run's next event.
    await expect(publish('provisioned', queued)).resolves.toMatchObject({ stream: RUNS_STREAM });
  });

  it('deletes every acknowledged event past the age limit, also behind a waiting request, and nothing else', async () => {
    await burst(waitingRequest);
    const trimmed = await trimRuns(context.jsm, limits, Date.now() + (limits.maxAgeDays + 1) * DAY_MS);

    const { state } = await context.jsm.streams.info(RUNS_STREAM);
    expect(trimmed).toBe(runIds.length - 1 + finished.length * LATER_STAGES.length);
    expect(state.messages).toBe(1);
    expect(await stored('requested', queued)).toBe(true);
  });

  it('removes nothing a consumer has not acknowledged, however full the stream', async () => {
    await burst(() => true);
    const before = (await context.jsm.streams.info(RUNS_STREAM)).state;
    expect(await trimRuns(context.jsm, limits, Date.now() + (limits.maxAgeDays + 1) * DAY_MS)).toBe(0);
    expect((await context.jsm.streams.info(RUNS_STREAM)).state.messages).toBe(before.messages);
  });

  it('purges only from the head when nothing waits, and nothing below the trimming point', async () => {
    await burst(() => false);
    const before = (await context.jsm.streams.info(RUNS_STREAM)).state;
    await trimRuns(context.jsm, limits);
    const { state } = await context.jsm.streams.info(RUNS_STREAM);
    expect(state.num_deleted ?? 0, 'no gaps').toBe(0);
    expect(state.last_seq).toBe(before.last_seq);
    expect(state.bytes).toBeLessThanOrEqual(0.8 * limits.maxBytes);
    expect(await trimRuns(context.jsm, limits), 'a second pass below the trimming point').toBe(0);
  });
});
