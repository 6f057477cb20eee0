import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openContext,
  parseConfig,
  proto,
  recordEvent,
  runRequested,
  type EventOf,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { startNats, type NatsServer } from '@benchline/servers';
import { startTrigger } from '../src/trigger.ts';
import { expectProblem } from './expect-problem.ts';

const API_KEY = 'test-api-key-0123456789';
const RUNS = 250;

interface Listed {
  runs: { runId: string; suite: string; status: string }[];
  nextCursor?: string;
}

/** Run i: suite alpha or beta by turns, every third cancelled; recorded in order, so run 249 is the newest. */
const runId = (i: number) => `run-${String(i).padStart(4, '0')}`;
const suiteOf = (i: number) => (i % 2 === 0 ? 'alpha' : 'beta');
const statusOf = (i: number) => (i % 3 === 0 ? 'cancelled' : 'requested');

describe('GET /runs pages with a cursor', () => {
  let nats: NatsServer;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  const get = (path: string) => fetch(`${trigger.url}${path}`, { headers: { authorization: `Bearer ${API_KEY}` } });

  const record = async (i: number) => {
    const request = proto.RunRequest.create({
      runId: runId(i),
      suite: suiteOf(i),
      ref: 'main',
      minion: 'm1',
      requestedBy: 'test',
      requestedAt: new Date(Date.UTC(2026, 11, 6, 0, 0, i)).toISOString(),
    }) as RunRequest;
    await recordEvent(context.buckets, runRequested(request));
    if (statusOf(i) !== 'cancelled') return;
    const cancelled = proto.RunCancelled.create({ request, cancelledAt: request.requestedAt, cancelledBy: 'test' });
    await recordEvent(context.buckets, { stage: 'cancelled', message: cancelled } as EventOf<'cancelled'>);
  };

  /** Follows nextCursor from the first page; checks each page's Link header names the same cursor. */
  const everyPage = async (query: string) => {
    const pages: Listed[] = [];
    for (let cursor: string | undefined = ''; cursor !== undefined; ) {
      const response = await get(`/runs?${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Listed;
      const link = response.headers.get('link');
      if (page.nextCursor) expect(link).toMatch(new RegExp(`[?&]cursor=${page.nextCursor}>; rel="next"$`));
      else expect(link).toBeNull();
      pages.push(page);
      cursor = page.nextCursor;
    }
    return pages;
  };
  const newestFirst = (keep: (i: number) => boolean) =>
    Array.from({ length: RUNS }, (_, i) => RUNS - 1 - i)
      .filter(keep)
      .map(runId);

  beforeAll(async () => {
    nats = await startNats();
    const config = parseConfig({
      nats: { servers: [nats.url] },
      http: { host: '127.0.0.1', port: 0, apiKeys: [{ id: 'ci', key: API_KEY }] },
      suites: { alpha: { repo: '/srv/a.git', benchmarks: [{ name: 'noop', command: ['true'] }] } },
      minions: {
        m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
      },
      schedules: [],
    });
    context = await openContext(config, 'runs-pages-test', pino({ level: 'silent' }));
    for (let i = 0; i < RUNS; i++) await record(i);
    trigger = await startTrigger(context);
  });
  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await nats?.close();
  });

  it('lists every run exactly once, newest first, in pages of 50', async () => {
    const pages = await everyPage('limit=50');
    expect(pages.map((page) => page.runs.length)).toEqual([50, 50, 50, 50, 50]);
    expect(pages.flatMap((page) => page.runs.map((run) => run.runId))).toEqual(newestFirst(() => true));
  });

  it('applies the suite and status filters across pages', async () => {
    const listed = async (query: string) =>
      (await everyPage(query)).flatMap((page) => page.runs.map((run) => run.runId));
    expect(await listed('limit=50&suite=beta')).toEqual(newestFirst((i) => suiteOf(i) === 'beta'));
    expect(await listed('limit=50&status=cancelled')).toEqual(newestFirst((i) => statusOf(i) === 'cancelled'));
    expect(await listed('limit=30&suite=alpha&status=requested')).toEqual(
      newestFirst((i) => suiteOf(i) === 'alpha' && statusOf(i) === 'requested'),
    );
    expect(await listed('limit=50&suite=gamma')).toEqual([]);
  });

  it('keeps its place when newer runs are recorded between pages', async () => {
    const first = (await (await get('/runs?limit=50')).json()) as Listed;
    await record(RUNS);
    const second = (await (await get(`/runs?limit=50&cursor=${first.nextCursor}`)).json()) as Listed;
    expect(second.runs.map((run) => run.runId)).toEqual(newestFirst((i) => i < 200 && i >= 150));
    expect((await get('/runs?limit=1').then((response) => response.json())) as Listed).toMatchObject({
      runs: [{ runId: runId(RUNS) }],
    });
  });

  it('answers a cursor it did not give with a 400 problem', async () => {
    const notANumber = Buffer.from('not-a-number').toString('base64url');
    for (const cursor of [notANumber, 'not%20base64', Buffer.from('0').toString('base64url')]) {
      const problem = await expectProblem(await get(`/runs?cursor=${cursor}`), 400, 'HTTP_BAD_REQUEST', '/runs');
      expect(problem.errors?.[0]?.field).toBe('querystring.cursor');
    }
  });
});
