import { createHmac, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  initTopology,
  NATS_USERS,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  renderNatsAuthorization,
  Stage,
  TriggerSource,
  Verdict,
  type BenchlineConfig,
  type ChangeRecord,
  type NatsUser,
  type RunRequest,
  type RunningService,
  type ServiceContext,
} from '@benchline/core';
import { makeTempDir, startNats, until, type NatsServer, type ServerDir } from '@benchline/servers';
import { startTrigger } from '@benchline/trigger';
import { startNotifier } from '../src/notifier.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { startReceiver, type Receiver } from './receivers.ts';

const quiet = pino({ level: 'silent' });
const WEBHOOK_SECRET = `whsec-${randomBytes(12).toString('hex')}`;
const GITHUB_TOKEN = `ghp_${randomBytes(18).toString('hex')}`;
const SLACK_PATH = `/services/T000/B000/${randomBytes(12).toString('hex')}`;
const API_KEY = randomBytes(24).toString('base64url');
const PUBLIC_URL = 'http://benchline.example';
const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);

const request = (runId: string, suite: string, extra: Partial<RunRequest> = {}): RunRequest =>
  proto.RunRequest.create({
    runId,
    suite,
    ref: 'refs/pull/7/head',
    minion: 'm1',
    benchmarks: [],
    parameters: {},
    tags: ['ci'],
    source: TriggerSource.TRIGGER_SOURCE_HTTP,
    requestedBy: 'api-key:ci',
    requestedAt: new Date().toISOString(),
    ...extra,
  }) as RunRequest;

const verdict = (kind: Verdict, changePercent: number, size: string) =>
  proto.SeriesVerdict.create({
    series: {
      suite: 'alpha',
      benchmark: 'add',
      case: 'add',
      metric: 'time',
      unit: 'ms',
      minion: 'm1',
      params: { size },
    },
    verdict: kind,
    value: 10 * (1 + changePercent / 100),
    baseline: 10,
    changePercent,
    ciLowerPercent: changePercent - 2,
    ciUpperPercent: changePercent + 2,
    confidence: 0.95,
    direction: 'lower',
  });

function analyzed(runRequest: RunRequest, commit: string, verdicts: ReturnType<typeof verdict>[]) {
  const regressions = verdicts.filter((item) => item.verdict === Verdict.VERDICT_REGRESSION).length;
  return proto.RunAnalyzed.create({
    request: runRequest,
    provisioning: { commit },
    publication: { cid: 'QmBundle', points: 3 },
    analysis: { verdicts, regressions, improvements: 0, analyzedAt: new Date().toISOString() },
  }) as ReturnType<typeof proto.RunAnalyzed.create> & { request: RunRequest };
}

const failed = (runRequest: RunRequest) =>
  proto.RunFailed.create({
    request: runRequest,
    stage: Stage.STAGE_PROVISION,
    code: 'REF_INVALID',
    reason: 'the ref is not a branch, tag or commit',
    failedAt: new Date().toISOString(),
  }) as ReturnType<typeof proto.RunFailed.create> & { request: RunRequest };

const expectSigned = (body: string, signature: string | string[] | undefined) =>
  expect(signature).toBe(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`);

/**
 * The notifier against a real nats-server with the production users and permissions (it runs as
 * `notifier`, the API as `trigger`), receivers on loopback and a fake GitHub REST API.
 */
describe('notifier', () => {
  let dir: ServerDir;
  let nats: NatsServer;
  let config: BenchlineConfig;
  let admin: ServiceContext;
  let notifierContext: ServiceContext;
  let triggerContext: ServiceContext;
  let notifier: RunningService;
  let trigger: RunningService & { url: string };
  let hook: Receiver;
  let flaky: Receiver;
  let down: Receiver;
  let gone: Receiver;
  let slack: Receiver;
  let github: FakeGitHub;
  const logLines: string[] = [];
  let flakyCalls = 0;

  beforeAll(async () => {
    dir = await makeTempDir('notifier');
    const passwords = Object.fromEntries(
      NATS_USERS.map((user) => [user, randomBytes(18).toString('base64url')]),
    ) as Record<NatsUser, string>;
    const env = (user: NatsUser) => ({ BENCHLINE_NATS_USER: user, BENCHLINE_NATS_PASSWORD: passwords[user] });
    const authFile = join(dir.path, 'auth.conf');
    await writeFile(
      authFile,
      renderNatsAuthorization((user) => ({ literal: passwords[user] })),
      { mode: 0o600 },
    );
    [nats, hook, slack, down] = await Promise.all([
      startNats({ configFile: authFile }),
      startReceiver(),
      startReceiver(),
      startReceiver(() => 503),
    ]);
    flaky = await startReceiver(() => (++flakyCalls <= 2 ? 503 : 204));
    gone = await startReceiver(() => 410);
    github = await startFakeGitHub(GITHUB_TOKEN, 'acme', 'bench');

    const suite = (repo: string) => ({ repo, benchmarks: [{ name: 'add', command: ['true'] }] });
    config = parseConfig({
      nats: { servers: [nats.url], manageTopology: false },
      schedules: [],
      http: { host: '127.0.0.1', port: 0, publicUrl: `${PUBLIC_URL}/`, apiKeys: [{ id: 'ci', key: API_KEY }] },
      suites: {
        alpha: suite('https://github.com/acme/bench.git'),
        flaky: suite('git@github.com:acme/bench.git'),
        down: suite('/srv/suites/down'),
      },
      notifications: {
        maxAttempts: 3,
        maxDelaySeconds: 1,
        destinations: [
          { name: 'hook', type: 'webhook', url: `${hook.url}/benchline`, secret: WEBHOOK_SECRET, suites: ['alpha'] },
          {
            name: 'team-slack',
            type: 'slack',
            url: `${slack.url}${SLACK_PATH}`,
            suites: ['alpha'],
            events: ['run.analyzed', 'change.detected'],
            minChangePercent: 5,
          },
          { name: 'github', type: 'github', token: GITHUB_TOKEN, baseUrl: `${github.url}/`, suites: ['alpha'] },
          { name: 'flaky', type: 'webhook', url: flaky.url, secret: WEBHOOK_SECRET, suites: ['flaky'] },
          {
            name: 'down',
            type: 'webhook',
            url: `${down.url}/hook?token=${WEBHOOK_SECRET}`,
            secret: WEBHOOK_SECRET,
            suites: ['down'],
          },
          { name: 'gone', type: 'slack', url: `${gone.url}${SLACK_PATH}`, suites: ['down'] },
        ],
      },
    });
    await initTopology(config, quiet, env('admin'));
    const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
    [admin, notifierContext, triggerContext] = await Promise.all([
      openContext(config, 'test-admin', quiet, env('admin')),
      openContext(config, 'notifier', logger, env('notifier')),
      openContext(config, 'trigger', logger, env('trigger')),
    ]);
    notifier = await startNotifier(notifierContext);
    trigger = await startTrigger(triggerContext);
  });

  afterAll(async () => {
    await notifier?.stop();
    await trigger?.stop();
    for (const context of [admin, notifierContext, triggerContext]) await context?.nc.close();
    await Promise.all([hook, slack, down, flaky, gone, github].map((receiver) => receiver?.close()));
    await nats?.close();
    await dir?.remove();
  });

  it('signs webhook payloads, writes readable Slack messages, and sets one commit status per run and one edited comment per pull request', async () => {
    const first = request('pr7-run1', 'alpha');
    await publishEvent(admin.js, {
      stage: 'analyzed',
      message: analyzed(first, SHA1, [
        verdict(Verdict.VERDICT_REGRESSION, 12.5, '1MB'),
        verdict(Verdict.VERDICT_REGRESSION, 3, '1KB'),
        verdict(Verdict.VERDICT_UNCHANGED, 0.2, '64MB'),
      ]),
    });

    // The webhook: JSON with the delivery id, signed over the raw body.
    const [delivered] = await until('the webhook delivery', async () =>
      hook.requests.length > 0 ? hook.requests : undefined,
    );
    expect(delivered!.url).toBe('/benchline');
    expect(delivered!.headers['content-type']).toBe('application/json');
    expectSigned(delivered!.body, delivered!.headers['benchline-signature']);
    expect(delivered!.headers['benchline-delivery']).toBe('pr7-run1:analyzed:hook');
    expect(delivered!.headers['benchline-event']).toBe('run.analyzed');
    const payload = JSON.parse(delivered!.body);
    expect(
      Math.abs(Number(delivered!.headers['benchline-timestamp']) - Date.parse(payload.sentAt) / 1000),
    ).toBeLessThan(1);
    expect(payload).toMatchObject({
      deliveryId: 'pr7-run1:analyzed:hook',
      destination: 'hook',
      event: 'run.analyzed',
      eventId: 'pr7-run1:analyzed',
      suite: 'alpha',
      run: {
        id: 'pr7-run1',
        url: `${PUBLIC_URL}/runs/pr7-run1`,
        suite: 'alpha',
        commit: SHA1,
        pullRequest: 7,
        status: 'analyzed',
        regressions: 2,
        improvements: 0,
        series: 3,
        bundleCid: 'QmBundle',
      },
    });
    expect(
      payload.run.verdicts.map((item: { params: { size: string }; changePercent: number }) => [
        item.params.size,
        item.changePercent,
      ]),
    ).toEqual([
      ['1MB', 12.5],
      ['1KB', 3],
    ]);

    // Slack: text plus blocks, a link to the run; the 3 % regression is below the destination's 5 %.
    const [message] = await until('the Slack message', async () =>
      slack.requests.length > 0 ? slack.requests : undefined,
    );
    expect(message!.url).toBe(SLACK_PATH);
    const slackBody = JSON.parse(message!.body);
    expect(slackBody.text).toBe('run pr7-run1 of alpha: 1 regression (3 series)');
    expect(slackBody.blocks.every((block: { type: string }) => ['section', 'context'].includes(block.type))).toBe(true);
    const slackText = JSON.stringify(slackBody.blocks);
    expect(slackText).toContain(`<${PUBLIC_URL}/runs/pr7-run1|run pr7-run1>`);
    expect(slackText).toContain('add · time (size=1MB)');
    expect(slackText).not.toContain('size=1KB');

    // GitHub: a failing status on the commit, and one comment on pull request 7.
    await until('the commit status and the comment', async () =>
      github.statuses.length === 1 && github.comments.length === 1 ? true : undefined,
    );
    expect(github.statuses[0]).toMatchObject({
      sha: SHA1,
      state: 'failure',
      context: 'benchline/alpha',
      target_url: `${PUBLIC_URL}/runs/pr7-run1`,
      description: '2 regressions (3 series)',
    });
    expect(github.comments[0]).toMatchObject({ issue: 7, edits: 0 });
    expect(github.comments[0]!.body.startsWith('<!-- benchline:alpha -->')).toBe(true);
    expect(github.comments[0]!.body).toContain(`[Run pr7-run1](${PUBLIC_URL}/runs/pr7-run1): **2 regressions**`);

    // The second run of the pull request (tagged this time): a new status, the same comment edited.
    const second = request('pr7-run2', 'alpha', { ref: 'feature', tags: ['pr:7'] });
    await publishEvent(admin.js, {
      stage: 'analyzed',
      message: analyzed(second, SHA2, [verdict(Verdict.VERDICT_UNCHANGED, 0.1, '1MB')]),
    });
    await until('the second status and the edit', async () =>
      github.statuses.length === 2 && github.comments[0]!.edits === 1 ? true : undefined,
    );
    expect(github.statuses[1]).toMatchObject({ sha: SHA2, state: 'success', context: 'benchline/alpha' });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('[Run pr7-run2]');
    expect(github.comments[0]!.body).not.toContain('pr7-run1');
    expect(github.requests.map(({ method, url }) => `${method} ${url.split('?')[0]}`)).toEqual([
      `POST /repos/acme/bench/statuses/${SHA1}`,
      'GET /repos/acme/bench/issues/7/comments',
      'POST /repos/acme/bench/issues/7/comments',
      `POST /repos/acme/bench/statuses/${SHA2}`,
      'GET /repos/acme/bench/issues/7/comments',
      `PATCH /repos/acme/bench/issues/comments/${github.comments[0]!.id}`,
    ]);
    expect(github.violations).toEqual([]);
    // The run without a change above 5 % is not worth a Slack message.
    await until('the second webhook delivery', async () => (hook.requests.length === 2 ? true : undefined));
    expect(slack.requests).toHaveLength(1);
  });

  it('announces change events with links to the change and the run', async () => {
    const record: ChangeRecord = {
      id: '0123456789abcdef',
      seriesKey: 'k1',
      series: {
        suite: 'alpha',
        benchmark: 'add',
        case: 'add',
        metric: 'time',
        unit: 'ms',
        minion: 'm1',
        params: { size: '1MB' },
      },
      status: 'detected',
      kind: 'regression',
      direction: 'lower',
      commitBefore: SHA1,
      commitAfter: SHA2,
      positionBefore: 4,
      positionAfter: 5,
      runId: 'pr7-run1',
      timeMs: Date.now(),
      before: 10,
      after: 11.25,
      changePercent: 12.5,
      significance: 0.001,
      pointsAfter: 1,
      detectedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      history: [{ status: 'detected', at: new Date().toISOString(), by: 'analyzer' }],
    };
    const before = hook.requests.length;
    await admin.js.publish('change.detected.alpha', JSON.stringify(record), {
      msgID: `${record.id}:detected:detected:${SHA2}`,
    });
    const delivered = await until('the change delivery', async () =>
      hook.requests.find((item) => item.headers['benchline-event'] === 'change.detected'),
    );
    expect(hook.requests.length).toBe(before + 1);
    expectSigned(delivered.body, delivered.headers['benchline-signature']);
    expect(JSON.parse(delivered.body)).toMatchObject({
      deliveryId: `${record.id}:detected:detected:${SHA2}:hook`,
      event: 'change.detected',
      suite: 'alpha',
      change: {
        id: record.id,
        url: `${PUBLIC_URL}/changes/${record.id}`,
        runUrl: `${PUBLIC_URL}/runs/pr7-run1`,
        changePercent: 12.5,
      },
    });
    const message = await until('the Slack change message', async () =>
      slack.requests.find((item) => item.body.includes(record.id)),
    );
    const slackBody = JSON.parse(message.body);
    expect(slackBody.text).toBe('regression of +12.5 % in alpha: add · time (size=1MB), detected');
    expect(JSON.stringify(slackBody.blocks)).toContain(`<${PUBLIC_URL}/changes/${record.id}|change ${record.id}>`);
    // GitHub takes run events only.
    expect(github.requests).toHaveLength(6);
  });

  it('retries a failing receiver with the same delivery id until it accepts exactly one delivery', async () => {
    await publishEvent(admin.js, { stage: 'failed', message: failed(request('flaky-run', 'flaky', { ref: 'main' })) });
    await until(
      'the accepted delivery',
      async () => (flaky.requests.some((item) => item.status === 204) ? true : undefined),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(flaky.requests.map((item) => item.status)).toEqual([503, 503, 204]);
    expect(new Set(flaky.requests.map((item) => item.headers['benchline-delivery']))).toEqual(
      new Set(['flaky-run:failed:flaky']),
    );
    for (const attempt of flaky.requests) {
      expectSigned(attempt.body, attempt.headers['benchline-signature']);
      expect(JSON.parse(attempt.body)).toMatchObject({
        deliveryId: 'flaky-run:failed:flaky',
        run: { status: 'failed', failure: { stage: 'provision', code: 'REF_INVALID' } },
      });
    }
  });

  it('dead-letters deliveries that keep failing and lists them through the API', async () => {
    await publishEvent(admin.js, { stage: 'failed', message: failed(request('down-run', 'down', { ref: 'main' })) });
    const listed = async (query = '') => {
      const response = await fetch(`${trigger.url}/notifications/dead-letters${query}`, {
        headers: { authorization: `Bearer ${API_KEY}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as { total: number; deadLetters: Record<string, unknown>[] };
    };
    const all = await until(
      'two dead letters',
      async () => {
        const body = await listed();
        return body.total === 2 ? body : undefined;
      },
      30_000,
    );
    const byDestination = Object.fromEntries(all.deadLetters.map((item) => [item.destination, item]));
    expect(byDestination.down).toMatchObject({
      subject: 'deadletter.notify.down',
      deliveryId: 'down-run:failed:down',
      event: 'run.failed',
      eventId: 'down-run:failed',
      suite: 'down',
      runId: 'down-run',
      code: 'RETRIES_EXHAUSTED',
      reason: 'destination "down" answered HTTP 503',
      attempts: 3,
    });
    // A 410 is not worth retrying: dead-lettered after the first attempt.
    expect(byDestination.gone).toMatchObject({
      deliveryId: 'down-run:failed:gone',
      code: 'NOTIFICATION_REJECTED',
      reason: 'destination "gone" answered HTTP 410',
      attempts: 1,
    });
    expect(down.requests).toHaveLength(3);
    expect(gone.requests).toHaveLength(1);

    const filtered = await listed('?destination=gone&limit=5');
    expect(filtered.total).toBe(1);
    expect(filtered.deadLetters.map((item) => item.destination)).toEqual(['gone']);
    expect((await listed('?destination=hook')).deadLetters).toEqual([]);

    const invalid = await fetch(`${trigger.url}/notifications/dead-letters?limit=0`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${trigger.url}/notifications/dead-letters`)).status).toBe(401);
  });

  it('never logs or dead-letters a secret', async () => {
    const deadLetters = await fetch(`${trigger.url}/notifications/dead-letters`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    }).then((response) => response.text());
    const everything = [...logLines, deadLetters].join('\n');
    expect(logLines.some((line) => line.includes('"msg":"delivered"'))).toBe(true);
    for (const secret of [WEBHOOK_SECRET, GITHUB_TOKEN, SLACK_PATH.split('/').at(-1)!, API_KEY])
      expect(everything).not.toContain(secret);
  });
});
