import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEvent,
  eventSubject,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  RUNS_STREAM,
  runLogSubject,
  type BenchlineConfig,
  type EventOf,
  type RunEvent,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { startNats, until, type NatsServer } from '@benchline/servers';
import { startTrigger } from '../src/trigger.ts';
import { expectProblem } from './expect-problem.ts';

const API_KEY = 'test-api-key-0123456789';
const log = pino({ level: 'silent' });

function testConfig(natsUrl: string): BenchlineConfig {
  return parseConfig({
    nats: { servers: [natsUrl] },
    http: { port: 0, apiKeys: [{ id: 'ci', key: API_KEY }] },
    suites: { demo: { repo: '/srv/demo.git', benchmarks: [{ name: 'noop', command: ['true'] }] } },
    minions: {
      m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
    },
    schedules: [],
  });
}

interface SseMessage {
  event: string;
  id?: string;
  data: unknown;
}

/** Reads an SSE response until it ends (or `stopAfter` messages), parsing `event`, `id` and `data` fields. */
async function readEvents(
  response: Response,
  onMessage?: (message: SseMessage) => void | Promise<void>,
): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        if (line.startsWith(':') || line === '') continue;
        const colon = line.indexOf(':');
        fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
      }
      if (!fields.has('data')) continue;
      const message = {
        event: fields.get('event') ?? 'message',
        ...(fields.has('id') ? { id: fields.get('id') } : {}),
        data: JSON.parse(fields.get('data')!),
      };
      messages.push(message);
      await onMessage?.(message);
    }
  }
  return messages;
}

describe('GET /runs/:id/events and POST /runs/:id/cancel', () => {
  let nats: NatsServer;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  let client: NatsConnection;
  const api = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const { key = API_KEY, ...rest } = init;
    return fetch(`${trigger.url}${path}`, {
      ...rest,
      headers: {
        ...(rest.body ? { 'content-type': 'application/json' } : {}),
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...rest.headers,
      },
    });
  };
  const requestRun = async (): Promise<{ runId: string; request: RunRequest }> => {
    const response = await api('/runs', { method: 'POST', body: JSON.stringify({ suite: 'demo' }) });
    expect(response.status).toBe(202);
    const { runId } = (await response.json()) as { runId: string };
    const jsm = await jetstreamManager(client);
    const stored = await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('requested', 'm1', runId) });
    return { runId, request: decodeEvent('requested', stored!.data).message.request };
  };
  const publish = (event: RunEvent) => publishEvent(jetstream(client), event);
  const provisioned = (request: RunRequest): RunEvent => ({
    stage: 'provisioned',
    message: proto.RunProvisioned.create({
      request,
      provisioning: { commit: 'abc123', finishedAt: new Date().toISOString() },
    }) as EventOf<'provisioned'>['message'],
  });
  const executed = (request: RunRequest): RunEvent => ({
    stage: 'executed',
    message: proto.RunExecuted.create({
      request,
      execution: { benchmarks: [{ name: 'noop', status: 1 }], finishedAt: new Date().toISOString() },
    }) as EventOf<'executed'>['message'],
  });
  const published = (request: RunRequest): RunEvent => ({
    stage: 'published',
    message: proto.RunPublished.create({
      request,
      publication: { cid: 'QmTest', points: 1, publishedAt: new Date().toISOString() },
    }) as EventOf<'published'>['message'],
  });
  const analyzed = (request: RunRequest): RunEvent => ({
    stage: 'analyzed',
    message: proto.RunAnalyzed.create({
      request,
      analysis: {
        regressions: 1,
        analyzedAt: new Date().toISOString(),
        verdicts: [
          {
            series: { benchmark: 'noop', case: 'noop', metric: 'time', unit: 'ms' },
            verdict: 1,
            value: 11,
            baseline: 10,
            changePercent: 10,
            ciLowerPercent: 5,
            ciUpperPercent: 15,
            direction: 'lower',
            baselinePoints: 5,
          },
        ],
      },
    }) as EventOf<'analyzed'>['message'],
  });

  beforeAll(async () => {
    nats = await startNats();
    context = await openContext(testConfig(nats.url), 'trigger-events-test', log);
    trigger = await startTrigger(context);
    client = await connect({ servers: nats.url });
  });
  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await client?.close();
    await nats?.close();
  });

  it("streams a run's stages with stream sequences as ids, its live log lines and the verdict, then ends", async () => {
    const { runId, request } = await requestRun();
    const response = await api(`/runs/${runId}/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const messages = await readEvents(response, async (message) => {
      // Drive the run from the client side as the stages would, each step once the previous one was seen.
      if (message.event !== 'stage') return;
      const stage = (message.data as { stage: string }).stage;
      if (stage === 'requested') await publish(provisioned(request));
      if (stage === 'provisioned') {
        client.publish(runLogSubject(runId), JSON.stringify({ benchmark: 'noop', stream: 'stdout', line: 'hello' }));
        await client.flush();
        await sleep(200);
        await publish(executed(request));
      }
      if (stage === 'executed') await publish(published(request));
      if (stage === 'published') await publish(analyzed(request));
    });
    expect(
      messages.map((message) =>
        message.event === 'stage' ? (message.data as { stage: string }).stage : message.event,
      ),
    ).toEqual(['requested', 'provisioned', 'log', 'executed', 'published', 'analyzed', 'end']);
    const stages = messages.filter((message) => message.event === 'stage');
    const ids = stages.map((message) => Number(message.id));
    expect(ids.every((id, i) => Number.isInteger(id) && (i === 0 || id > ids[i - 1]!))).toBe(true);
    expect(stages.map((message) => (message.data as { seq: number }).seq)).toEqual(ids);
    expect(messages.find((message) => message.event === 'log')).toMatchObject({
      data: { benchmark: 'noop', stream: 'stdout', line: 'hello' },
    });
    expect(messages.find((message) => message.event === 'log')!.id).toBeUndefined();
    const verdict = stages.at(-1)!.data as {
      state: {
        status: string;
        commit: string;
        analysis: { regressions: number; verdicts: { verdict: string; changePercent: number }[] };
      };
    };
    expect(verdict.state).toMatchObject({
      status: 'published',
      commit: 'abc123',
      analysis: { regressions: 1, verdicts: [{ verdict: 'regression', changePercent: 10 }] },
    });
    expect(messages.at(-1)).toEqual({ event: 'end', data: { status: 'published' } });

    // Resuming after the provisioned event replays only what followed it (stored events only).
    const resumed = await readEvents(
      await api(`/runs/${runId}/events`, { headers: { 'last-event-id': String(ids[1]) } }),
    );
    expect(
      resumed.map((message) => (message.event === 'stage' ? (message.data as { stage: string }).stage : message.event)),
    ).toEqual(['executed', 'published', 'analyzed', 'end']);
    expect(resumed[0]!.id).toBe(String(ids[2]));
    // A finished run replays whole and ends at once.
    expect(await readEvents(await api(`/runs/${runId}/events`))).toHaveLength(6);
  });

  it('answers problems: 401 without a key, 404 for an unknown run, 400 for a bad Last-Event-ID', async () => {
    await expectProblem(await api('/runs/nope/events', { key: null }), 401, 'HTTP_UNAUTHORIZED', '/runs/nope/events');
    await expectProblem(await api('/runs/nope/events'), 404, 'HTTP_NOT_FOUND', '/runs/nope/events');
    const { runId } = await requestRun();
    await expectProblem(
      await api(`/runs/${runId}/events`, { headers: { 'last-event-id': 'x' } }),
      400,
      'HTTP_BAD_REQUEST',
      `/runs/${runId}/events`,
    );
  });

  it('cancels a queued run: run.cancelled stored, state cancelled, the event stream ends; repeating it changes nothing', async () => {
    const { runId } = await requestRun();
    const events = api(`/runs/${runId}/events`).then((response) => readEvents(response));
    const response = await api(`/runs/${runId}/cancel`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'wrong ref' }),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ runId, status: 'cancelled', previousStatus: 'requested' });
    const state = await (await api(`/runs/${runId}`)).json();
    expect(state).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'api-key:ci', reason: 'wrong ref' },
      stages: { cancelled: expect.any(String) },
    });
    const jsm = await jetstreamManager(client);
    const stored = await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('cancelled', 'm1', runId) });
    expect(decodeEvent('cancelled', stored!.data).message).toMatchObject({
      cancelledBy: 'api-key:ci',
      reason: 'wrong ref',
      request: { runId },
    });
    const streamed = await events;
    expect(
      streamed.map((message) =>
        message.event === 'stage' ? (message.data as { stage: string }).stage : message.event,
      ),
    ).toEqual(['requested', 'cancelled', 'end']);
    expect(streamed.at(-1)!.data).toEqual({ status: 'cancelled' });

    const again = await api(`/runs/${runId}/cancel`, { method: 'POST' });
    expect(again.status).toBe(202);
    expect(await again.json()).toMatchObject({ status: 'cancelled', previousStatus: 'cancelled' });
  });

  it('refuses to cancel a run that already ended (409) or does not exist (404)', async () => {
    const { runId, request } = await requestRun();
    await publish(provisioned(request));
    await publish(executed(request));
    await publish(published(request));
    await until(
      'the run published',
      async () =>
        ((await (await api(`/runs/${runId}`)).json()) as { status: string }).status === 'published' || undefined,
      5_000,
    );
    const problem = await expectProblem(
      await api(`/runs/${runId}/cancel`, { method: 'POST' }),
      409,
      'HTTP_CONFLICT',
      `/runs/${runId}/cancel`,
    );
    expect(problem.detail).toMatch(/already ended \(published\)/);
    await expectProblem(await api('/runs/nope/cancel', { method: 'POST' }), 404, 'HTTP_NOT_FOUND', '/runs/nope/cancel');
  });
});
