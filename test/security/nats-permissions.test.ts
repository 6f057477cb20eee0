import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeEvent,
  eventSubject,
  initTopology,
  MinionLeases,
  NATS_USERS,
  nowIso,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  renderNatsAuthorization,
  RUNS_STREAM,
  runRequested,
  TriggerSource,
  type BenchlineConfig,
  type NatsUser,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { makeTempDir, startNats, type NatsServer, type ServerDir } from '@benchline/servers';

const log = pino({ level: 'silent' });
const SERVICES = ['trigger', 'provisioner', 'executor', 'publisher'] as const;
const PERMISSION_DENIED = /Permissions Violation/;

const request = (runId: string): RunRequest =>
  proto.RunRequest.create({
    runId,
    suite: 'demo',
    ref: 'main',
    minion: 'local',
    benchmarks: [],
    parameters: {},
    tags: [],
    source: TriggerSource.TRIGGER_SOURCE_NATS,
    requestedBy: 'security-test',
    requestedAt: nowIso(),
  }) as RunRequest;

/** The production authorization (every user, no anonymous access) on a real nats-server. */
describe('NATS users and permissions (nats-permissions.ts) on a real nats-server', () => {
  let dir: ServerDir;
  let nats: NatsServer;
  let config: BenchlineConfig;
  const passwords = Object.fromEntries(
    NATS_USERS.map((user) => [user, randomBytes(18).toString('base64url')]),
  ) as Record<NatsUser, string>;
  const env = (user: NatsUser) => ({ BENCHLINE_NATS_USER: user, BENCHLINE_NATS_PASSWORD: passwords[user] });
  const contexts = new Map<(typeof SERVICES)[number], ServiceContext>();
  const service = (name: (typeof SERVICES)[number]) => contexts.get(name)!;
  const connections: NatsConnection[] = [];
  const connectAs = async (user: NatsUser) => {
    const nc = await connect({ servers: nats.url, user, pass: passwords[user] });
    connections.push(nc);
    return nc;
  };

  beforeAll(async () => {
    dir = await makeTempDir('security-nats');
    const configFile = join(dir.path, 'auth.conf');
    await writeFile(
      configFile,
      renderNatsAuthorization((user) => ({ literal: passwords[user] })),
      { mode: 0o600 },
    );
    nats = await startNats({ configFile });
    config = parseConfig({ nats: { servers: [nats.url], manageTopology: false }, schedules: [] });
    await initTopology(config, log, env('admin'));
    for (const name of SERVICES) contexts.set(name, await openContext(config, name, log, env(name)));
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.nc.close();
    for (const nc of connections) await nc.close();
    await nats?.close();
    await dir?.remove();
  });

  it('refuses connections without credentials or with a wrong password', async () => {
    await expect(connect({ servers: nats.url, reconnect: false })).rejects.toThrow(/Authorization Violation/);
    await expect(
      connect({ servers: nats.url, user: 'executor', pass: passwords.trigger, reconnect: false }),
    ).rejects.toThrow(/Authorization Violation/);
  });

  it('lets every service bind to the topology but none create or change it', async () => {
    expect([...contexts.keys()]).toEqual([...SERVICES]);
    const executor = service('executor');
    await expect(executor.jsm.streams.delete(RUNS_STREAM)).rejects.toThrow(PERMISSION_DENIED);
    await expect(executor.jsm.streams.add({ name: 'EVIL', subjects: ['evil.>'] })).rejects.toThrow(PERMISSION_DENIED);
    // With topology management on, the same user fails at start-up instead of half-working.
    const managing = parseConfig({ nats: { servers: [nats.url], manageTopology: true }, schedules: [] });
    await expect(openContext(managing, 'executor', log, env('executor'))).rejects.toThrow(PERMISSION_DENIED);
  });

  it('stops the executor credential from publishing a forged run.provisioned, but not its own run.executed', async () => {
    const forged = runRequested(request('forged-provisioned'));
    const executor = service('executor');
    await expect(
      executor.js.publish(eventSubject('provisioned', 'local', 'forged-provisioned'), encodeEvent(forged)),
    ).rejects.toThrow(PERMISSION_DENIED);
    await expect(
      executor.js.publish(eventSubject('requested', 'local', 'forged-provisioned'), encodeEvent(forged)),
    ).rejects.toThrow(PERMISSION_DENIED);
    const admin = await jetstreamManager(await connectAs('admin'));
    await expect(
      admin.streams.getMessage(RUNS_STREAM, {
        last_by_subj: eventSubject('provisioned', 'local', 'forged-provisioned'),
      }),
    ).resolves.toBeNull();

    const ack = await executor.js.publish(eventSubject('executed', 'local', 'own-stage'), new Uint8Array([1]));
    expect(ack.stream).toBe(RUNS_STREAM);
  });

  it('keeps each bucket to the services that use it', async () => {
    const leases = new MinionLeases(service('executor').buckets.leases);
    await expect(leases.acquire('local', { runId: 'run-1', delivery: '1:1' })).resolves.toEqual({ acquired: true });
    await service('trigger').buckets.runs.put('run-1', new TextEncoder().encode('{}'));
    // GET /runs: the trigger indexes a run (again: the conflict reads the key) and reads the index by sequence.
    const { runIndex } = service('trigger').buckets;
    for (let twice = 0; twice < 2; twice++) await runIndex.add('demo', 'run-1');
    expect((await runIndex.read([(await runIndex.bounds()).end - 1]))[0]).toMatchObject({ runId: 'run-1' });

    const publisher = service('publisher');
    await expect(publisher.buckets.leases.get('local')).rejects.toThrow(PERMISSION_DENIED);
    await expect(publisher.buckets.runs.get('run-1')).rejects.toThrow(PERMISSION_DENIED);
    await expect(publisher.buckets.runs.keys()).rejects.toThrow(PERMISSION_DENIED);
    await expect(service('trigger').buckets.leases.get('local')).rejects.toThrow(PERMISSION_DENIED);
    await expect(
      service('executor').buckets.runs.put('run-1', new TextEncoder().encode('{"status":"published"}')),
    ).rejects.toThrow(PERMISSION_DENIED);
    await expect(
      service('trigger').buckets.artifacts.putBlob({ name: 'run-1/evil' }, new Uint8Array([1])),
    ).rejects.toThrow(PERMISSION_DENIED);
  });

  it('lets the executor replace an artifact (a retried attempt stores it again) without leaving the old chunks', async () => {
    const { artifacts } = service('executor').buckets;
    await artifacts.putBlob({ name: 'run-2/results.json' }, new Uint8Array(4096).fill(1));
    await artifacts.putBlob({ name: 'run-2/results.json' }, new Uint8Array(4096).fill(2));
    const admin = await jetstreamManager(await connectAs('admin'));
    const chunks = await admin.streams.info('OBJ_benchline-artifacts', {
      subjects_filter: '$O.benchline-artifacts.C.>',
    });
    expect(Object.keys(chunks.state.subjects ?? {})).toHaveLength(1);
    expect((await service('publisher').buckets.artifacts.getBlob('run-2/results.json'))?.[0]).toBe(2);
  });

  it('lets the provisioner watch the leases (to hand a freed minion on at once), and no other service', async () => {
    const watch = await service('provisioner').buckets.leases.watch();
    watch.stop();
    await expect(service('executor').buckets.leases.watch()).rejects.toThrow(PERMISSION_DENIED);
  });

  it('lets no service subscribe to another one’s replies', async () => {
    const trigger = service('trigger');
    const sub = trigger.nc.subscribe('_INBOX_executor.>');
    await expect(sub.closed).resolves.toMatchObject({ message: expect.stringMatching(PERMISSION_DENIED) });
    const wildcard = trigger.nc.subscribe('run.>');
    await expect(wildcard.closed).resolves.toMatchObject({ message: expect.stringMatching(PERMISSION_DENIED) });
  });

  it('lets a client request and follow runs, but not take a service’s work or forge its events', async () => {
    const client = await connectAs('client');
    const js = jetstream(client);
    await publishEvent(js, runRequested(request('client-run')));
    await expect(js.publish(eventSubject('failed', 'local', 'client-run'), new Uint8Array([1]))).rejects.toThrow(
      PERMISSION_DENIED,
    );

    const follower = await js.consumers.get(RUNS_STREAM, {
      filter_subjects: eventSubject('requested', 'local', 'client-run'),
    });
    expect((await follower.next({ expires: 2_000 }))?.subject).toBe(eventSubject('requested', 'local', 'client-run'));

    // The provisioner's durable holds the request: the client may look, not pull (the server drops
    // the pull, so the client gets nothing) and the provisioner receives it as a first delivery.
    const provisionerWork = await js.consumers.get(RUNS_STREAM, 'provisioner');
    await expect(provisionerWork.next({ expires: 1_000 }).catch(() => null)).resolves.toBeNull();
    const taken = await (await service('provisioner').js.consumers.get(RUNS_STREAM, 'provisioner')).next({
      expires: 2_000,
    });
    expect(taken?.subject).toBe(eventSubject('requested', 'local', 'client-run'));
    expect(taken?.info.deliveryCount).toBe(1);
    taken?.ack();
  });
});
