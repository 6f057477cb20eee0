import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Objm } from '@nats-io/obj';
import { PUBLISHED_META, RUNS_STREAM } from '@benchline/core';
import { ARTIFACTS_BUCKET } from '@benchline/core/internal';
import { until } from '@benchline/servers';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import { describeTerminal, requestOverHttp, stageEvent, waitForTerminal, type RunRef } from './support/runs.ts';
import { FAST_SUITE } from './support/suites.ts';

const KiB = 1024;
/** The smallest limits the config allows: a dozen runs overflow both (a run stores ~5 KiB of events, ~4 KiB of artifacts with their metadata). */
const RETENTION = {
  runs: { maxAgeDays: 90, maxBytes: 64 * KiB },
  runState: { maxAgeDays: 365, maxBytes: 1024 * KiB },
  artifacts: { maxAgeDays: 30, maxBytes: 64 * KiB, keepAfterPublish: true },
  deadLetters: { maxAgeDays: 30, maxBytes: 64 * KiB },
  checkIntervalSeconds: 1,
};
const RUNS = 16;

/**
 * Bounded storage (issue 19): with tiny limits, a burst of runs overflows the RUNS stream and the
 * artifacts store. Every run is still published — the queued ones wait unacknowledged in RUNS while
 * the oldest history is trimmed, also the history of the runs before them that sits behind their
 * requests — and what goes is old, acknowledged history and published runs' artifacts.
 */
describe('retention: the RUNS stream and the artifacts store filled past their limits', () => {
  let env: ReliabilityStack;
  const runs: RunRef[] = [];

  beforeAll(async () => {
    env = await startReliabilityStack('retention', { configOverrides: { retention: RETENTION } });
    // Each service gets 120 s to be ready (tsx compiles on first start): a loaded machine needs more than 120 s in all.
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('publishes every run of a burst while the oldest events and published artifacts are trimmed', async () => {
    // All at once: the later ones wait in the minion's line, unacknowledged, while the stream fills.
    runs.push(
      ...(await Promise.all(Array.from({ length: RUNS }, () => requestOverHttp(env.stack, { suite: FAST_SUITE })))),
    );
    // Watch the stream while the burst drains: trimmed (first_seq > 1) while runs still wait, also
    // behind the waiting requests at its head (events deleted one by one: num_deleted).
    const trimmedWhileRunsWaited: number[] = [];
    const deletedBehindWaitingRuns: number[] = [];
    const watching = setInterval(async () => {
      const [{ state }, done] = await Promise.all([
        env.jsm.streams.info(RUNS_STREAM),
        Promise.all(runs.map((run) => stageEvent(env.jsm, 'published', run))),
      ]);
      const waiting = done.filter((event) => !event).length;
      if (state.first_seq > 1 && waiting > 0) trimmedWhileRunsWaited.push(waiting);
      if ((state.num_deleted ?? 0) > 0 && waiting > 0) deletedBehindWaitingRuns.push(waiting);
    }, 500);
    const finished = await waitForTerminal(env.jsm, runs, 180_000).finally(() => clearInterval(watching));
    expect(finished.map(describeTerminal).filter((line) => !line.endsWith('published'))).toEqual([]);
    expect(trimmedWhileRunsWaited.length, 'history was trimmed while runs still waited').toBeGreaterThan(0);
    expect(deletedBehindWaitingRuns.length, 'history behind the waiting requests was trimmed').toBeGreaterThan(0);
    // Give trimming a last interval after the final run.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const { config, state } = await env.jsm.streams.info(RUNS_STREAM);
    expect(config.max_bytes).toBe(RETENTION.runs.maxBytes);
    expect(state.first_seq, 'the oldest events were trimmed').toBeGreaterThan(1);
    expect(state.bytes).toBeLessThanOrEqual(RETENTION.runs.maxBytes);
    const byPublication = finished
      .map((event) => ({
        runId: event.message.request.runId,
        at: event.stage === 'published' ? event.message.publication?.publishedAt : '',
      }))
      .sort((a, b) => String(a.at).localeCompare(String(b.at)));
    const [first, last] = [byPublication[0]!, byPublication.at(-1)!];
    expect(
      await stageEvent(env.jsm, 'requested', { ...first, minion: 'local' }),
      'the first run’s request is gone',
    ).toBeUndefined();
    expect(
      await stageEvent(env.jsm, 'published', { ...last, minion: 'local' }),
      'the last run is still there',
    ).toBeDefined();
    // Nothing was trimmed that a consumer had not acknowledged: every durable is done.
    for await (const consumer of env.jsm.consumers.list(RUNS_STREAM))
      expect([consumer.name, consumer.num_ack_pending, consumer.num_pending]).toEqual([consumer.name, 0, 0]);

    const store = await new Objm(env.js).open(ARTIFACTS_BUCKET);
    // The publisher marks a run's artifacts just after storing its run.published: wait for the last run's.
    const objects = await until(
      'every artifact left in the store marked published',
      async () => {
        const listed = await store.list();
        return listed.every((info) => info.metadata?.[PUBLISHED_META] === 'true') ? listed : undefined;
      },
      30_000,
      250,
    );
    const storeInfo = await env.jsm.streams.info(`OBJ_${ARTIFACTS_BUCKET}`);
    expect(storeInfo.state.bytes).toBeLessThanOrEqual(RETENTION.artifacts.maxBytes);
    const runsWithArtifacts = new Set(objects.map((info) => info.name.split('/')[0]));
    // What went are the artifacts of the runs published first; the latest run's are kept.
    const kept = byPublication.map(({ runId }) => runsWithArtifacts.has(runId));
    expect(kept.indexOf(true), 'some artifacts were removed').toBeGreaterThan(0);
    expect(kept.slice(kept.indexOf(true)), 'only the oldest were removed').not.toContain(false);
  }, 240_000);

  it('removes a run’s artifacts from NATS as soon as it is published when they are not kept', async () => {
    await env.restartWithConfig('publisher', {
      retention: { ...RETENTION, artifacts: { ...RETENTION.artifacts, keepAfterPublish: false } },
    });
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    const [terminal] = await waitForTerminal(env.jsm, [run], 60_000);
    expect(describeTerminal(terminal!)).toMatch(/published$/);
    const store = await new Objm(env.js).open(ARTIFACTS_BUCKET);
    const runObjects = async () => (await store.list()).filter((info) => info.name.startsWith(`${run.runId}/`));
    // It stored artifacts (its results file among them) while it ran.
    const published = terminal!.stage === 'published' ? terminal!.message : undefined;
    expect(published?.execution?.benchmarks?.[0]?.results?.object).toBe(`${run.runId}/window/results`);
    // Removed just after run.published is stored (a retried delivery must still find them before).
    await until(
      'the run’s artifacts removed',
      async () => ((await runObjects()).length === 0 ? true : undefined),
      30_000,
    );
  }, 90_000);
});
