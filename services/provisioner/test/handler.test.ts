import type { JsMsg } from '@nats-io/jetstream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEvent, encodeEvent, eventSubject, LeaseReleases, MinionLeases, openContext, parseConfig, proto, runRequested, RUNS_STREAM, Superseded, TriggerSource,
  type BenchlineConfig, type RunRequest, type ServiceContext,
} from '@benchline/core';
import { startNats, until, type NatsServer } from '@benchline/servers';
import { provisionerHandler, type ProvisionOutcome } from '../src/handler.ts';
import { WaitingLines } from '../src/waiting-lines.ts';

const log = pino({ level: 'silent' });

function outcomeAt(commit: string): ProvisionOutcome {
  const facts = { cpuModel: 'test', cores: 2, kernel: 'test', memoryMb: 1024, os: 'test', governor: null };
  return { commit, facts, tasks: { ok: 1, changed: 0, failed: 0, skipped: 0, unreachable: 0 }, durationMs: 1, log: '', skipped: true };
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
      minions: { m: { host: '127.0.0.1', port: 22, user: 'bench', privateKeyFile: '/unused', hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl', workDir: '/unused' } },
    });
    context = await openContext(config, 'provisioner-test', log);
    releases = await LeaseReleases.watch(context.buckets.leases, log);
  });
  afterAll(async () => {
    releases?.stop();
    await context?.nc.close();
    await nats?.close();
  });

  it('lets a newer delivery of a request take the run over: the older one, when its playbook ends, publishes nothing', async () => {
    const runId = 'taken-over';
    const request = { runId, suite: 's', ref: 'main', minion: 'm', parameters: {}, benchmarks: [], source: TriggerSource.TRIGGER_SOURCE_NATS, requestedAt: new Date().toISOString() } as unknown as RunRequest;
    const delivery = (deliveryCount: number) => ({
      subject: eventSubject('requested', 'm', runId),
      data: encodeEvent(runRequested(request)),
      seq: 99,
      info: { deliveryCount, redelivered: deliveryCount > 1 },
    }) as unknown as JsMsg;
    let finishFirstPlaybook!: () => void;
    const firstPlaybookEnds = new Promise<void>((resolve) => (finishFirstPlaybook = resolve));
    let playbooks = 0;
    const leases = new MinionLeases(context.buckets.leases);
    const handler = provisionerHandler({
      js: context.js, jsm: context.jsm, config, log, leases,
      artifacts: context.buckets.artifacts,
      lines: new WaitingLines({ leases, releases, pollMs: 1_000 }),
      provision: async () => {
        if (++playbooks === 1) {
          await firstPlaybookEnds;
          return outcomeAt('a'.repeat(40));
        }
        return outcomeAt('b'.repeat(40));
      },
      reportable: () => undefined,
    });

    const first = handler.handle(delivery(1)).then(() => 'completed', (error: unknown) => error);
    await until('the first delivery provisions', async () => (playbooks === 1 ? true : undefined), 5_000);
    await handler.handle(delivery(2));
    finishFirstPlaybook();

    expect(await first).toBeInstanceOf(Superseded);
    const stored = await context.jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('provisioned', 'm', runId) });
    expect(decodeEvent('provisioned', stored!.data).message.provisioning?.commit).toBe('b'.repeat(40));
    const stream = await context.jsm.streams.info(RUNS_STREAM, { subjects_filter: eventSubject('provisioned', 'm', runId) });
    expect(stream.state.subjects).toEqual({ [eventSubject('provisioned', 'm', runId)]: 1 });
    expect(await leases.holder('m')).toBe(runId);
  });
});
