import type { JsMsg } from '@nats-io/jetstream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEvent,
  encodeEvent,
  eventSubject,
  LeaseReleases,
  MinionLeases,
  openContext,
  parseConfig,
  runRequested,
  RUNS_STREAM,
  stageHandler,
  Superseded,
  TriggerSource,
  type BenchlineConfig,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { startNats, until, type NatsServer } from '@benchline/servers';
import { oneDeliveryPerRun, provisionStage, type ProvisionOutcome } from '../src/handler.ts';
import type { CommitOrder } from '../src/history/commit-order.ts';
import { WaitingLines } from '../src/waiting-lines.ts';

const log = pino({ level: 'silent' });

function orderOf(commit: string): CommitOrder {
  const details = { commitTime: '2026-01-02T03:04:05Z', subject: `commit ${commit}`, author: 'A <a@b.invalid>' };
  return { defaultBranch: 'main', position: 7, onDefaultBranch: true, mergeBase: '', ...details };
}

function outcomeAt(commit: string): ProvisionOutcome {
  const facts = { cpuModel: 'test', cores: 2, kernel: 'test', memoryMb: 1024, os: 'test', governor: null };
  return {
    commit,
    facts,
    tasks: { ok: 1, changed: 0, failed: 0, skipped: 0, unreachable: 0 },
    durationMs: 1,
    log: '',
    skipped: true,
  };
}

describe('provisioner handler', () => {
  let nats: NatsServer;
  let config: BenchlineConfig;
  let context: ServiceContext;
  let releases: LeaseReleases;

  beforeAll(async () => {
    nats = await startNats();
    config = parseConfig({
      nats: { servers: [nats.url] },
      suites: { s: { repo: '/unused', benchmarks: [{ name: 'b', command: ['true'] }] } },
      minions: {
        m: {
          host: '127.0.0.1',
          port: 22,
          user: 'bench',
          privateKeyFile: '/unused',
          hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
          workDir: '/unused',
        },
      },
    });
    context = await openContext(config, 'provisioner-test', log);
    releases = await LeaseReleases.watch(context.buckets.leases, log);
  });
  afterAll(async () => {
    releases?.stop();
    await context?.nc.close();
    await nats?.close();
  });

  const request = (runId: string) =>
    ({
      runId,
      suite: 's',
      ref: 'main',
      minion: 'm',
      parameters: {},
      benchmarks: [],
      source: TriggerSource.TRIGGER_SOURCE_NATS,
      requestedAt: new Date().toISOString(),
    }) as unknown as RunRequest;
  /** A delivery of the run's request, as the worker hands it over; `deliveryCount` > 1 is a redelivery. */
  const delivery = (runId: string, deliveryCount: number) =>
    ({
      subject: eventSubject('requested', 'm', runId),
      data: encodeEvent(runRequested(request(runId))),
      seq: 99,
      info: { deliveryCount, deliverySequence: deliveryCount, redelivered: deliveryCount > 1 },
    }) as unknown as JsMsg;
  /**
   * A provisioner replica whose playbooks report these commits (placed by `orderOf`), the first one
   * only when `firstPlaybookEnds` settles.
   */
  const replica = (commits: string[], firstPlaybookEnds: Promise<void> = Promise.resolve()) => {
    const leases = new MinionLeases(context.buckets.leases);
    let playbooks = 0;
    const stage = provisionStage({
      config,
      leases,
      artifacts: context.buckets.artifacts,
      lines: new WaitingLines({ leases, releases, pollMs: 1_000 }),
      provision: async () => {
        const playbook = playbooks++;
        if (playbook === 0) await firstPlaybookEnds;
        return outcomeAt(commits[playbook]!);
      },
      commitOrder: async (_suite, commit) => orderOf(commit),
    });
    const handler = oneDeliveryPerRun(stageHandler(stage, { js: context.js, jsm: context.jsm, log }));
    return { handler, leases, playbooks: () => playbooks };
  };
  const provisioned = async (runId: string) => {
    const subject = eventSubject('provisioned', 'm', runId);
    const stream = await context.jsm.streams.info(RUNS_STREAM, { subjects_filter: subject });
    const stored = await context.jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: subject });
    const provisioning = stored && decodeEvent('provisioned', stored.data).message.provisioning;
    const count = stream.state.subjects?.[subject] ?? 0;
    const order = provisioning?.order;
    return { count, commit: provisioning?.commit, position: Number(order?.position), commitSubject: order?.subject };
  };
  /** What `provisioned` finds after one run.provisioned at `commit`, placed by `orderOf`. */
  const provisionedOnce = (commit: string) => ({ count: 1, commit, position: 7, commitSubject: `commit ${commit}` });

  it('lets a newer delivery on another replica take the run over: the older one, when its playbook ends, publishes nothing', async () => {
    const runId = 'taken-over';
    let finishFirstPlaybook!: () => void;
    const a = replica(['a'.repeat(40)], new Promise<void>((resolve) => (finishFirstPlaybook = resolve)));
    const b = replica(['b'.repeat(40)]);

    const first = a.handler.handle(delivery(runId, 1)).then(
      () => 'completed',
      (error: unknown) => error,
    );
    await until('the first delivery provisions', async () => (a.playbooks() === 1 ? true : undefined), 5_000);
    await b.handler.handle(delivery(runId, 2));
    finishFirstPlaybook();

    expect(await first).toBeInstanceOf(Superseded);
    expect(await provisioned(runId)).toEqual(provisionedOnce('b'.repeat(40)));
    expect(await b.leases.holder('m')).toBe(runId);
    await b.leases.release('m', { runId, delivery: '99:2' });
  });

  it('leaves a second delivery of a request this replica already holds to the first one', async () => {
    const runId = 'held-twice';
    let finishFirstPlaybook!: () => void;
    const a = replica(
      ['c'.repeat(40), 'd'.repeat(40)],
      new Promise<void>((resolve) => (finishFirstPlaybook = resolve)),
    );

    const first = a.handler.handle(delivery(runId, 1));
    await until('the first delivery provisions', async () => (a.playbooks() === 1 ? true : undefined), 5_000);
    await expect(a.handler.handle(delivery(runId, 2))).rejects.toBeInstanceOf(Superseded);
    finishFirstPlaybook();
    await first;

    expect(a.playbooks()).toBe(1);
    expect(await provisioned(runId)).toEqual(provisionedOnce('c'.repeat(40)));
  });
});
