import { access, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BenchmarkStatus,
  DEAD_LETTER_STREAM,
  encodeEvent,
  nowIso,
  proto,
  runRequested,
  Stage,
  TriggerSource,
  type RunRequest,
} from '@benchline/core';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import { describeTerminal, pointCount, requestOverHttp, waitForTerminal } from './support/runs.ts';
import { deadServices } from './support/service-logs.ts';
import { FAST_SUITE, HOSTILE_SUITE } from './support/suites.ts';

const deeplyNested = (depth: number) => `{"suite":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** Request bodies a careless or hostile client might send, each to be refused with a 4xx. */
const MALFORMED_BODIES: [string, string, string][] = [
  ['not JSON', 'application/json', '{"suite": "fast"'],
  ['empty', 'application/json', ''],
  ['null', 'application/json', 'null'],
  ['an array', 'application/json', '[{"suite":"fast"}]'],
  ['a string', 'application/json', '"fast"'],
  ['wrong type', 'application/json', '{"suite":42}'],
  ['unknown field', 'application/json', '{"suite":"fast","shell":"rm -rf /"}'],
  ['suite with a path', 'application/json', '{"suite":"../../etc/passwd"}'],
  ['unknown suite', 'application/json', '{"suite":"nope"}'],
  ['unknown minion', 'application/json', '{"suite":"fast","minion":"nope"}'],
  ['ref that is an option', 'application/json', '{"suite":"fast","ref":"--upload-pack=touch /tmp/benchline-pwned"}'],
  ['parameter outside its pattern', 'application/json', '{"suite":"fast","parameters":{"sleep":"1; rm -rf /"}}'],
  ['undeclared parameter', 'application/json', '{"suite":"fast","parameters":{"LD_PRELOAD":"/tmp/x.so"}}'],
  ['parameter that is not a string', 'application/json', '{"suite":"fast","parameters":{"sleep":1}}'],
  ['NUL bytes', 'application/json', '{"suite":"fast\\u0000"}'],
  ['invalid UTF-8', 'application/json', '{"suite":"\xff\xfe"}'],
  ['deeply nested', 'application/json', deeplyNested(10_000)],
  [
    'prototype pollution',
    'application/json',
    '{"suite":"fast","__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
  ],
  ['form body', 'application/x-www-form-urlencoded', 'suite=fast'],
  ['text body', 'text/plain', 'suite=fast'],
];

/**
 * Guarantee 5: bad input at every entry point is refused cleanly (4xx, run.failed, the dead-letter
 * stream, parse errors in run.published), never crashes a service, and the pipeline keeps going.
 */
describe('bad input', () => {
  let env: ReliabilityStack;
  const post = (body: string, contentType: string) =>
    fetch(`${env.stack.triggerUrl}/runs`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${env.stack.apiKey.key}` },
      body,
    });
  const deadLetterCount = async (filter: string) => {
    const info = await env.jsm.streams.info(DEAD_LETTER_STREAM, { subjects_filter: filter });
    return Object.values(info.state.subjects ?? {}).reduce((sum, count) => sum + count, 0);
  };
  const pipelineStillWorks = async () => {
    const run = await requestOverHttp(env.stack, { suite: FAST_SUITE });
    const [event] = await waitForTerminal(env.jsm, [run], 60_000);
    expect(describeTerminal(event!)).toBe(`${run.runId}: published`);
    expect(deadServices(env.stack)).toEqual([]);
  };

  beforeAll(async () => {
    env = await startReliabilityStack('bad-input');
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it.each(MALFORMED_BODIES)('HTTP: %s → 4xx with a message', async (_, contentType, body) => {
    const response = await post(body, contentType);
    expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    // An RFC 9457 problem: a sentence for the user and the stable code.
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { detail?: string; code?: string; status?: number };
    expect(problem.detail).toBeTruthy();
    expect(problem.code).toMatch(/^HTTP_[A-Z_]+$/);
    expect(problem.status).toBe(response.status);
  });

  it('HTTP: a body above http.bodyLimitBytes → 413, and the trigger still answers', async () => {
    const limit = env.stack.config.http.bodyLimitBytes;
    const response = await post(JSON.stringify({ suite: FAST_SUITE, tags: ['x'.repeat(limit)] }), 'application/json');
    expect(response.status).toBe(413);
    expect((await fetch(`${env.stack.triggerUrl}/healthz`)).status).toBe(200);
  });

  it('NATS: undecodable run.requested → run.failed naming the problem, and the bytes in the dead-letter stream', async () => {
    const valid = encodeEvent(
      runRequested(
        proto.RunRequest.create({
          runId: 'x',
          suite: FAST_SUITE,
          minion: 'local',
          requestedAt: nowIso(),
          source: TriggerSource.TRIGGER_SOURCE_NATS,
        }) as RunRequest,
      ),
    );
    const payloads: Record<string, Uint8Array> = {
      garbage: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x08, 0x96]),
      truncated: valid.subarray(0, valid.length - 5),
      json: new TextEncoder().encode(
        JSON.stringify({ request: { runId: 'bad-json', suite: FAST_SUITE, minion: 'local' } }),
      ),
      empty: new Uint8Array(),
    };
    const runs = Object.keys(payloads).map((kind) => ({ runId: `bad-request-${kind}`, minion: 'local' }));
    for (const [kind, bytes] of Object.entries(payloads))
      await env.clientJs.publish(`run.requested.local.bad-request-${kind}`, bytes);

    const failures = await waitForTerminal(env.jsm, runs, 30_000);
    for (const event of failures) {
      expect(event.stage, describeTerminal(event)).toBe('failed');
      if (event.stage === 'failed') expect(event.message.stage).toBe(Stage.STAGE_REQUEST);
    }
    expect(await deadLetterCount('deadletter.run.requested.>')).toBe(runs.length);
    await pipelineStillWorks();
  }, 90_000);

  it('NATS: undecodable run.provisioned and run.executed → dead-letter stream; nothing runs, nothing is published', async () => {
    const subjects = ['run.provisioned.local.forged-provisioned', 'run.executed.local.forged-executed'];
    for (const subject of subjects) {
      await env.js.publish(subject, new Uint8Array([0x0a, 0xff, 0xff, 0x01, 0x02]));
      await env.js.publish(subject.replace('forged', 'forged-json'), new TextEncoder().encode('{"request":{}}'));
    }
    await expect
      .poll(
        async () =>
          (await deadLetterCount('deadletter.run.provisioned.>')) +
          (await deadLetterCount('deadletter.run.executed.>')),
        { timeout: 15_000 },
      )
      .toBe(4);
    const dead = await env.jsm.streams.getMessage(DEAD_LETTER_STREAM, { last_by_subj: `deadletter.${subjects[0]}` });
    expect(dead?.header.get('Benchline-Reason')).toMatch(/not a valid RunProvisioned/);
    await pipelineStillWorks();
    for (const runId of ['forged-provisioned', 'forged-executed', 'forged-json-provisioned', 'forged-json-executed']) {
      expect(
        await env.jsm.streams.getMessage('RUNS', { last_by_subj: `run.published.local.${runId}` }).catch(() => null),
      ).toBeNull();
    }
  }, 90_000);

  it('results files truncated, empty, binary, huge, hostile: parse errors and an artifact error in run.published, memory bounded', async () => {
    const run = await requestOverHttp(env.stack, { suite: HOSTILE_SUITE });
    const [event] = await waitForTerminal(env.jsm, [run], 90_000);
    expect(event?.stage, describeTerminal(event!)).toBe('published');
    if (event?.stage !== 'published') return;

    const executed = new Map(event.message.execution!.benchmarks!.map((benchmark) => [benchmark.name, benchmark]));
    expect(executed.get('huge')?.status).toBe(BenchmarkStatus.BENCHMARK_STATUS_ARTIFACT_ERROR);
    expect(executed.get('huge')?.message).toMatch(/104857600 bytes, above the limit of 8388608 bytes/);
    const published = new Map(event.message.publication!.benchmarks!.map((benchmark) => [benchmark.name, benchmark]));
    expect(published.get('truncated')?.error).toMatch(/truncated\/results: at line 1 column \d+/);
    expect(published.get('empty')?.error).toMatch(/empty\/results: at line 1 column 1/);
    expect(published.get('binary')?.error).toMatch(/binary\/results: at line \d+ column \d+/);
    expect(published.get('nested')?.error ?? '').toMatch(/nested\/results/);
    // A hostile name is data: it becomes a tag value, never a path.
    expect(published.get('traversal')?.error).toBeFalsy();
    expect(published.get('traversal')?.points).toBe(1);
    await expect(access('/tmp/benchline-traversal')).rejects.toThrow();
    expect(await pointCount(env.stack, run.runId)).toBe(1);

    for (const service of ['executor', 'publisher'] as const) {
      const status = await readFile(`/proc/${env.stack.services.get(service)!.child.pid}/status`, 'utf8');
      const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
      expect(peakMb, `${service} peak RSS`).toBeLessThan(400);
    }
    await pipelineStillWorks();
  }, 120_000);
});
