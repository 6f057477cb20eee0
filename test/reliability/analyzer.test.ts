import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNS_STREAM, Stage, eventSubject, getRun } from '@benchline/core';
import { RUNS_BUCKET } from '@benchline/core/internal';
import { Kvm } from '@nats-io/kv';
import { freePort } from '@benchline/servers';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import { requestOverHttp, waitForStage, type RunRef } from './support/runs.ts';
import { waitForLog } from './support/service-logs.ts';
import { FAST_SUITE } from './support/suites.ts';

/**
 * The analyzer's guarantees: killed with SIGKILL mid-analysis, the redelivered run is analyzed once;
 * with InfluxDB out of its reach, a run's analysis fails visibly after bounded retries and later
 * runs are analyzed as soon as it is back.
 */
describe('the analyzer under faults', () => {
  let env: ReliabilityStack;
  let unreachableInflux: Record<string, unknown>;

  /** How many events of a stage the RUNS stream holds for the run. */
  const stored = async (stage: 'analyzed' | 'failed', run: RunRef) => {
    const subject = eventSubject(stage, 'local', run.runId);
    const info = await env.jsm.streams.info(RUNS_STREAM, { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  };

  beforeAll(async () => {
    env = await startReliabilityStack('analyzer');
    // Nothing listens there: every query is refused at once and retried.
    unreachableInflux = { ...env.stack.config.influx, url: `http://127.0.0.1:${await freePort()}`, retryMaxSeconds: 1 };
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('killed with SIGKILL while its InfluxDB queries are retried: after the redelivery the run is analyzed once', async () => {
    await env.restartWithConfig('analyzer', { influx: { ...unreachableInflux, retryMaxSeconds: 60 } });
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    await waitForStage(env.jsm, 'published', run, 60_000);
    await waitForLog(env.stack, 'analyzer', 'failed; retrying', undefined, 30_000);
    expect(await stored('analyzed', run)).toBe(0);
    await env.stack.services.get('analyzer')!.kill();
    await env.stack.restartService('analyzer');

    await waitForStage(env.jsm, 'analyzed', run, 60_000);
    expect(await stored('analyzed', run)).toBe(1);
    expect(await stored('failed', run)).toBe(0);
    const state = await new Kvm(env.js).open(RUNS_BUCKET);
    await expect
      .poll(async () => (await getRun(state, run.runId))?.analysis?.verdicts.length, { timeout: 15_000 })
      .toBe(1);
  }, 150_000);

  it('with InfluxDB unreachable: bounded retries, then run.failed at the analyze stage; the run stays published and the next run is analyzed', async () => {
    await env.restartWithConfig('analyzer', { influx: unreachableInflux });
    const startedAt = Date.now();
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    const failed = await waitForStage(env.jsm, 'failed', run, 120_000);
    expect(failed.message).toMatchObject({ stage: Stage.STAGE_ANALYZE, code: 'RETRIES_EXHAUSTED' });
    expect(failed.message.reason).toMatch(/^analysis kept failing: /);
    // 5 attempts, 1 + 2 + 4 + 8 s apart, each retrying its query for about a second.
    expect(Date.now() - startedAt).toBeLessThan(90_000);
    const state = await new Kvm(env.js).open(RUNS_BUCKET);
    await expect.poll(async () => (await getRun(state, run.runId))?.error?.stage, { timeout: 15_000 }).toBe('analyze');
    expect((await getRun(state, run.runId))?.status).toBe('published');

    await env.stack.restartService('analyzer');
    const next = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    await waitForStage(env.jsm, 'analyzed', next, 60_000);
  }, 180_000);
});
