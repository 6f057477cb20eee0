import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Cron } from 'croner';
import protobuf from 'protobufjs';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGES_STREAM,
  ChangeStore,
  DEAD_LETTER_STREAM,
  RUNS_STREAM,
  openContext,
  parseConfig,
  type BenchlineConfig,
  type ChangeRecord,
  type ServiceContext,
} from '@benchline/core';
import { startNats, until, type NatsServer } from '@benchline/servers';
import { buildApp } from '../src/app.ts';
import { influxReaders } from '../src/influx-readers.ts';
import { scheduledRequests } from '../src/schedule-requests.ts';
import { submitRun } from '../src/submit.ts';
import { startTrigger } from '../src/trigger.ts';
import { expectProblem } from './expect-problem.ts';

const API_KEY = 'test-api-key-0123456789';
/** A second team's key: its Idempotency-Keys are its own. */
const OTHER_API_KEY = 'other-team-key-0123456789';
const log = pino({ level: 'silent' });

function testConfig(natsUrl: string, overrides: Partial<BenchlineConfig> = {}): BenchlineConfig {
  return parseConfig({
    nats: { servers: [natsUrl] },
    http: {
      port: 0,
      apiKeys: [
        { id: 'ci', key: API_KEY },
        { id: 'other-team', key: OTHER_API_KEY },
      ],
    },
    suites: {
      demo: {
        repo: '/srv/demo.git',
        parameters: { size: { default: '1024', pattern: '[0-9]+' } },
        benchmarks: [
          { name: 'noop', command: ['true'] },
          { name: 'other', command: ['true'] },
        ],
      },
    },
    minions: {
      m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
    },
    schedules: [],
    ...overrides,
  });
}

describe('trigger service', () => {
  let nats: NatsServer;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  let client: NatsConnection;
  const api = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const { key = API_KEY, ...rest } = init;
    return fetch(`${trigger.url}${path}`, {
      ...rest,
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...rest.headers,
      },
    });
  };
  const post = (body: unknown, headers: Record<string, string> = {}, key?: string | null) =>
    api('/runs', { method: 'POST', body: JSON.stringify(body), headers, key });
  const runState = async (runId: string) => {
    const response = await api(`/runs/${runId}`);
    return response.status === 200
      ? ((await response.json()) as { status: string; error?: { reason: string } })
      : undefined;
  };
  const storedRequests = async (subject: string) => {
    const jsm = await jetstreamManager(client);
    const info = await jsm.streams.info(RUNS_STREAM, { subjects_filter: subject });
    return Object.values(info.state.subjects ?? {}).reduce((sum, count) => sum + count, 0);
  };

  beforeAll(async () => {
    nats = await startNats();
    context = await openContext(testConfig(nats.url), 'trigger-test', log);
    trigger = await startTrigger(context);
    client = await connect({ servers: nats.url });
  });
  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await client?.close();
    await nats?.close();
  });

  it('answers 401 problems without an API key or with a wrong one, and accepts either header', async () => {
    const missing = await post({ suite: 'demo' }, {}, null);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await expectProblem(missing, 401, 'HTTP_UNAUTHORIZED', '/runs')).detail).toMatch(/X-API-Key/);
    await expectProblem(await post({ suite: 'demo' }, {}, 'wrong-key-0123456789'), 401, 'HTTP_UNAUTHORIZED', '/runs');
    await expectProblem(await api('/runs?limit=1', { key: null }), 401, 'HTTP_UNAUTHORIZED', '/runs');
    await expectProblem(await api('/no-such-route', { key: null }), 401, 'HTTP_UNAUTHORIZED', '/no-such-route');
    expect((await api('/runs', { key: null, headers: { 'x-api-key': API_KEY } })).status).toBe(200);
  });

  it('answers 400 problems naming each invalid field', async () => {
    const badRequest = async (response: Response | Promise<Response>) =>
      expectProblem(await response, 400, 'HTTP_BAD_REQUEST', '/runs');
    const wrongType = await badRequest(post({ suite: 42 }));
    expect(wrongType.field).toBe('body.suite');
    expect(wrongType.errors).toEqual([{ field: 'body.suite', message: 'must be string' }]);
    expect(wrongType.detail).toBe('body.suite must be string');
    expect((await badRequest(post({ suite: 'demo', bogus: true }))).errors).toEqual([
      { field: 'body.bogus', message: 'is not an accepted field' },
    ]);
    expect((await badRequest(post({}))).errors).toEqual([{ field: 'body.suite', message: 'is required' }]);
    expect((await badRequest(api('/runs?limit=0'))).field).toBe('querystring.limit');

    const badParameter = await badRequest(post({ suite: 'demo', parameters: { size: 'big' } }));
    expect(badParameter.detail).toContain('parameter "size" must match');
    const unknownSuite = await badRequest(post({ suite: 'nope' }));
    expect(unknownSuite.errors).toEqual([{ field: 'body', message: expect.stringContaining('unknown suite "nope"') }]);
  });

  it('answers 404 problems for an unknown run and an unknown route', async () => {
    const run = await expectProblem(await api('/runs/no-such-run'), 404, 'HTTP_NOT_FOUND', '/runs/no-such-run');
    expect(run.detail).toBe('no run no-such-run');
    const unknownRoute = await api('/no-such-route?x=1', { method: 'PUT', body: '{}' });
    const route = await expectProblem(unknownRoute, 404, 'HTTP_NOT_FOUND', '/no-such-route');
    expect(route.detail).toBe('no route matches PUT /no-such-route');
  });

  it('answers 415 as a bad-request problem for a body that is not JSON', async () => {
    const xml = await api('/runs', { method: 'POST', body: '<run/>', headers: { 'content-type': 'application/xml' } });
    await expectProblem(xml, 415, 'HTTP_BAD_REQUEST', '/runs');
  });

  it('answers a 500 problem that keeps the failure in the log', async () => {
    const logged: string[] = [];
    const config = testConfig(nats.url);
    const app = await buildApp({
      ...influxReaders(config, pino({ level: 'silent' })),
      config,
      runs: context.buckets.runs,
      runIndex: context.buckets.runIndex,
      changes: new ChangeStore(context.buckets.changes),
      announceChange: async () => undefined,
      submit: async () => {
        throw new Error('jetstream at nats://secret-host refused');
      },
      healthy: () => true,
      log: pino({ level: 'error' }, { write: (line: string) => logged.push(line) }),
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${url}/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ suite: 'demo' }),
    });
    const problem = await expectProblem(response, 500, 'HTTP_INTERNAL', '/runs');
    await app.close();
    expect(problem.detail).toBe('internal error');
    expect(JSON.stringify(problem)).not.toContain('secret-host');
    expect(logged.join('')).toContain('secret-host');
  });

  it('documents both key schemes and the problem responses in OpenAPI', async () => {
    const document = (await (await api('/docs/json', { key: null })).json()) as {
      components: { securitySchemes: Record<string, unknown> };
      security: Record<string, string[]>[];
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    expect(Object.values(document.components.securitySchemes)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'http', scheme: 'bearer' }),
        expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
      ]),
    );
    expect(document.security).toHaveLength(2);
    const problemStatuses = (path: string, method: string) =>
      Object.entries(document.paths[path]?.[method]?.responses ?? {})
        .filter(([, response]) => response.content?.['application/problem+json'])
        .map(([status]) => status);
    expect(problemStatuses('/runs', 'post')).toEqual(expect.arrayContaining(['400', '401', '413', '429', '500']));
    expect(problemStatuses('/runs/{id}', 'get')).toEqual(expect.arrayContaining(['401', '404', '429', '500']));
    expect(problemStatuses('/suites', 'get')).toEqual(['401', '429', '500']);
  });

  it('lists change points and triages one with PATCH, recording who and when, and announcing it', async () => {
    const record: ChangeRecord = {
      id: '0123456789abcdef',
      seriesKey: 'series1',
      status: 'detected',
      kind: 'regression',
      direction: 'lower',
      series: {
        suite: 'demo',
        benchmark: 'noop',
        case: 'noop',
        metric: 'latency',
        unit: 'ms',
        minion: 'm1',
        params: {},
      },
      commitBefore: 'a'.repeat(40),
      commitAfter: 'b'.repeat(40),
      positionBefore: 6,
      positionAfter: 7,
      runId: 'r7',
      timeMs: 1,
      before: 10,
      after: 11.5,
      changePercent: 15,
      significance: 0.0001,
      pointsAfter: 5,
      detectedAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      history: [{ status: 'detected', at: '2026-12-01T00:00:00.000Z', by: 'analyzer' }],
    };
    await new ChangeStore(context.buckets.changes).update(record, () => record);

    const listed = await api('/changes?suite=demo&status=detected');
    expect(((await listed.json()) as { changes: ChangeRecord[] }).changes.map((change) => change.id)).toEqual([
      record.id,
    ]);
    const patch = (id: string, body: unknown) =>
      api(`/changes/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const dismissed = await patch(record.id, { status: 'dismissed', note: 'a noisy neighbour' });
    expect(dismissed.status).toBe(200);
    const changed = (await dismissed.json()) as ChangeRecord;
    expect(changed.status).toBe('dismissed');
    expect(changed.history.at(-1)).toMatchObject({ status: 'dismissed', by: 'api-key:ci', note: 'a noisy neighbour' });
    expect(Date.parse(changed.history.at(-1)!.at)).toBeGreaterThan(Date.parse(record.detectedAt));
    expect(((await (await api(`/changes/${record.id}`)).json()) as ChangeRecord).status).toBe('dismissed');
    expect(((await (await api('/changes?status=detected')).json()) as { changes: unknown[] }).changes).toEqual([]);
    const announced = await context.jsm.streams.getMessage(CHANGES_STREAM, { last_by_subj: 'change.updated.demo' });
    expect(JSON.parse(new TextDecoder().decode(announced!.data))).toMatchObject({ id: record.id, status: 'dismissed' });

    await expectProblem(
      await patch(record.id, { status: 'confirmed' }),
      400,
      'HTTP_BAD_REQUEST',
      `/changes/${record.id}`,
    );
    await expectProblem(
      await patch(record.id, { status: 'fixed', extra: 1 }),
      400,
      'HTTP_BAD_REQUEST',
      `/changes/${record.id}`,
    );
    await expectProblem(
      await patch('fedcba9876543210', { status: 'fixed' }),
      404,
      'HTTP_NOT_FOUND',
      '/changes/fedcba9876543210',
    );
    await expectProblem(await patch('not-an-id', { status: 'fixed' }), 400, 'HTTP_BAD_REQUEST', '/changes/not-an-id');
  });

  it('accepts a valid request with 202 and shows it as requested', async () => {
    const response = await post({ suite: 'demo', ref: 'v1.2.3', benchmarks: ['noop'], tags: ['nightly'] });
    expect(response.status).toBe(202);
    const body = (await response.json()) as { runId: string; statusUrl: string };
    expect(body.statusUrl).toBe(`http://127.0.0.1:0/runs/${body.runId}`);
    const state = await api(`/runs/${body.runId}`).then((r) => r.json());
    expect(state).toMatchObject({
      runId: body.runId,
      status: 'requested',
      suite: 'demo',
      ref: 'v1.2.3',
      minion: 'm1',
      source: 'http',
      tags: ['nightly'],
    });
    expect(await storedRequests(`run.requested.m1.${body.runId}`)).toBe(1);
  });

  it('makes one run of two requests with the same Idempotency-Key', async () => {
    const first = (await (await post({ suite: 'demo' }, { 'idempotency-key': 'build-77' })).json()) as {
      runId: string;
      duplicate: boolean;
    };
    const second = (await (await post({ suite: 'demo' }, { 'idempotency-key': 'build-77' })).json()) as {
      runId: string;
      duplicate: boolean;
    };
    expect(second.runId).toBe(first.runId);
    expect([first.duplicate, second.duplicate]).toEqual([false, true]);
    expect(await storedRequests(`run.requested.*.${first.runId}`)).toBe(1);
  });

  it('scopes an Idempotency-Key to its API key: the same key from another API key names another run', async () => {
    const ours = (await (await post({ suite: 'demo' }, { 'idempotency-key': 'build-78' })).json()) as { runId: string };
    const theirs = (await (await post({ suite: 'demo' }, { 'idempotency-key': 'build-78' }, OTHER_API_KEY)).json()) as {
      runId: string;
      duplicate: boolean;
    };
    expect(theirs.runId).not.toBe(ours.runId);
    expect(theirs.duplicate).toBe(false);
    expect(await storedRequests(`run.requested.*.${theirs.runId}`)).toBe(1);
  });

  it('lists runs and suites', async () => {
    const { runs } = (await (await api('/runs?suite=demo&limit=2')).json()) as { runs: { suite: string }[] };
    expect(runs).toHaveLength(2);
    const { suites } = (await (await api('/suites')).json()) as {
      suites: { name: string; benchmarks: { name: string }[] }[];
    };
    expect(suites[0]?.benchmarks.map((b) => b.name)).toEqual(['noop', 'other']);
    expect((await api('/healthz', { key: null })).status).toBe(200);
    expect((await api('/docs/json', { key: null })).status).toBe(200);
  });

  it('accepts a run.requested that a plain NATS client built from proto/ alone', async () => {
    const root = await protobuf.load('proto/benchline/v1/run.proto');
    const RunRequested = root.lookupType('benchline.v1.RunRequested');
    const bytes = RunRequested.encode(
      RunRequested.fromObject({
        request: {
          runId: 'from-nats-1',
          suite: 'demo',
          ref: 'main',
          minion: 'm1',
          source: 3,
          requestedBy: 'a script',
          requestedAt: new Date().toISOString(),
        },
      }),
    ).finish();
    await jetstream(client).publish('run.requested.m1.from-nats-1', bytes, { msgID: 'from-nats-1:requested' });
    const state = await until('run from-nats-1', () => runState('from-nats-1'));
    expect(state).toMatchObject({ status: 'requested', source: 'nats', requestedBy: 'a script' });
  });

  it('rejects garbage and invalid requests visibly and keeps consuming', async () => {
    const js = jetstream(client);
    await js.publish('run.requested.m1.garbage-1', new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]));
    await js.publish(
      'run.requested.m1.unknown-suite-1',
      (await protobuf.load('proto/benchline/v1/run.proto'))
        .lookupType('benchline.v1.RunRequested')
        .encode({ request: { runId: 'unknown-suite-1', suite: 'nope', minion: 'm1' } })
        .finish(),
    );
    await js.publish(
      'run.requested.m1.after-garbage',
      (await protobuf.load('proto/benchline/v1/run.proto'))
        .lookupType('benchline.v1.RunRequested')
        .encode({
          request: { runId: 'after-garbage', suite: 'demo', minion: 'm1', requestedAt: new Date().toISOString() },
        })
        .finish(),
    );

    expect(await until('run after-garbage', () => runState('after-garbage'))).toMatchObject({ status: 'requested' });
    const garbage = await until('garbage-1 failed', async () =>
      (await runState('garbage-1'))?.status === 'failed' ? runState('garbage-1') : undefined,
    );
    expect(garbage?.error?.reason).toMatch(/undecodable request/);
    const unknown = await until('unknown-suite-1 failed', async () =>
      (await runState('unknown-suite-1'))?.status === 'failed' ? runState('unknown-suite-1') : undefined,
    );
    expect(unknown?.error?.reason).toContain('unknown suite "nope"');

    const dead = await (await jetstreamManager(client)).streams.getMessage(DEAD_LETTER_STREAM, {
      last_by_subj: 'deadletter.run.requested.m1.garbage-1',
    });
    expect(dead?.header.get('Benchline-Reason')).toMatch(/protobuf/);
    expect([...(dead?.data ?? [])]).toEqual([0xff, 0xff, 0xff, 0x01, 0x02]);
  });

  it('makes exactly one run per schedule slot with two trigger replicas, both deriving the same run id for it', async () => {
    const config = testConfig(nats.url, {
      schedules: [
        { name: 'tick', cron: '* * * * * *', timezone: 'UTC', suites: ['demo'], tags: ['tick'], catchUp: true },
      ],
    });
    // What each replica submitted, from its own log: the run id and when.
    const submitted = [1, 2].map(() => [] as { runId: string; at: number }[]);
    const replicas = await Promise.all(
      [1, 2].map(async (n) => {
        const replicaLog = pino(
          { level: 'info' },
          {
            write: (line: string) => {
              const entry = JSON.parse(line) as { msg?: string; runId?: string; time: number };
              if (entry.msg?.startsWith('scheduled run') && entry.runId)
                submitted[n - 1]!.push({ runId: entry.runId, at: entry.time });
            },
          },
        );
        const replicaContext = await openContext(config, `replica-${n}`, replicaLog);
        return { replicaContext, service: await startTrigger(replicaContext), startedAt: Date.now() };
      }),
    );
    const bothRunningFrom = Math.max(...replicas.map(({ startedAt }) => startedAt));
    await sleep(4_500);
    const bothRunningUntil = Date.now();
    for (const { replicaContext, service } of replicas) {
      await service.stop();
      await replicaContext.nc.close();
    }
    const jsm = await jetstreamManager(client);
    const info = await jsm.streams.info(RUNS_STREAM, { subjects_filter: 'run.requested.m1.*' });
    const perSlot = Object.entries(info.state.subjects ?? {})
      .filter(([subject]) => subject.startsWith('run.requested.m1.tick-demo-'))
      .map(([, count]) => count);
    expect(perSlot.length).toBeGreaterThanOrEqual(3);
    expect(perSlot.every((count) => count === 1)).toBe(true);
    // A slot that came while both replicas ran (a second clear of either end) was submitted by both
    // under one id: replicas deriving different ids would each store their own run for the slot. The
    // slot's time is in its id, so a replica that fired late under load still counts for its slot.
    const slotTime = (runId: string) => {
      const stamp = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(runId);
      return stamp ? Date.UTC(+stamp[1]!, +stamp[2]! - 1, +stamp[3]!, +stamp[4]!, +stamp[5]!, +stamp[6]!) : Number.NaN;
    };
    const [first, second] = submitted.map((entries) =>
      entries
        .map(({ runId }) => runId)
        .filter((runId) => slotTime(runId) > bothRunningFrom + 1_000 && slotTime(runId) < bothRunningUntil - 1_000),
    );
    expect(first!.length).toBeGreaterThanOrEqual(2);
    expect(new Set(first)).toEqual(new Set(second));
  });

  it('runs the slot it missed while no replica was up, once, when two replicas start; a later start adds none', async () => {
    // Monthly: its latest slot does not change while the test runs (unless at midnight on the 1st).
    const monthly = {
      name: 'monthly',
      cron: '0 0 1 * *',
      timezone: 'UTC',
      suites: ['demo'],
      tags: ['monthly'],
      catchUp: true,
    };
    const config = testConfig(nats.url, { schedules: [monthly] });
    const [latest, earlier] = new Cron(monthly.cron, { paused: true }).previousRuns(2, new Date(Date.now() + 1));
    // The month before ran: the schedule was live, and its latest slot came while the trigger was down.
    const [ran] = scheduledRequests(config, config.schedules[0]!, earlier!);
    await submitRun(context.js, context.buckets, ran!);
    const [missed] = scheduledRequests(config, config.schedules[0]!, latest!);
    const startReplica = async (name: string) => {
      const said: { msg: string; runIds?: string[]; duplicate?: boolean }[] = [];
      const replicaLog = pino({ level: 'info' }, { write: (line: string) => said.push(JSON.parse(line)) });
      const replicaContext = await openContext(config, name, replicaLog);
      const service = await startTrigger(replicaContext);
      const lookedUp = await until(`${name} to look for missed slots`, async () =>
        said.find(({ msg }) => msg === 'catching up a missed slot' || msg === 'no missed slot'),
      );
      const submitted = () => said.filter(({ msg }) => msg.endsWith('(missed slot caught up)'));
      if (lookedUp.runIds?.length)
        await until(`${name} to submit`, async () => (submitted().length > 0 ? true : undefined));
      await service.stop();
      await replicaContext.nc.close();
      return { lookedUp, submitted: submitted() };
    };

    const together = await Promise.all([startReplica('late-1'), startReplica('late-2')]);
    expect(await storedRequests(`run.requested.m1.${missed!.runId}`)).toBe(1);
    expect(await runState(missed!.runId)).toMatchObject({ status: 'requested' });
    // Each replica submitted it unless it found it recorded already; JetStream kept one.
    for (const { lookedUp, submitted } of together) expect(submitted.length).toBe(lookedUp.runIds?.length ?? 0);
    expect(together.flatMap(({ submitted }) => submitted).filter(({ duplicate }) => !duplicate)).toHaveLength(1);

    const later = await startReplica('later');
    expect(later.lookedUp).toMatchObject({ msg: 'no missed slot', runIds: [] });
    expect(await storedRequests(`run.requested.m1.${missed!.runId}`)).toBe(1);
  });
});
