import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsMsg } from '@nats-io/jetstream';
import {
  BenchmarkStatus,
  decodeEvent,
  encodeEvent,
  eventSubject,
  MinionLeases,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  RUNS_STREAM,
  runLogSubject,
  suiteCheckoutDir,
  STAGE_BACKOFF,
  stageHandler,
  Superseded,
  TriggerSource,
  type BenchlineConfig,
  type RunProvisioned,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { ownRunId, startNats, startSshd, until, type NatsServer, type Sshd } from '@benchline/servers';
import { startExecutor } from '../src/executor.ts';
import { executeStage } from '../src/handler.ts';
import { connectMinion } from '../src/ssh/connect.ts';
import { MinionConnectionPool } from '../src/ssh/connection-pool.ts';
import { minionFor, pidsWithRunMarker, recordSshActivity, silentLogger } from './minion-helpers.ts';

describe('executor service', () => {
  let nats: NatsServer;
  let sshd: Sshd;
  let config: BenchlineConfig;
  let context: ServiceContext;
  let executor: Awaited<ReturnType<typeof startExecutor>>;
  let workDir: string;

  const provisioned = (
    runId: string,
    minion: string,
    parameters: Record<string, string> = {},
    benchmarks: string[] = [],
    suite = 'trio',
  ) =>
    proto.RunProvisioned.create({
      request: {
        runId,
        suite,
        ref: 'main',
        minion,
        parameters,
        benchmarks,
        source: TriggerSource.TRIGGER_SOURCE_NATS,
        requestedAt: new Date().toISOString(),
      },
      provisioning: { commit: 'abc123' },
    }) as RunProvisioned & { request: RunRequest };
  const outcome = async (runId: string, minion = 'local') =>
    until(
      `run ${runId} executed or failed`,
      async () => {
        for (const stage of ['executed', 'failed'] as const) {
          const stored = await context.jsm.streams.getMessage(RUNS_STREAM, {
            last_by_subj: `run.${stage}.${minion}.${runId}`,
          });
          if (stored) return { stage, message: decodeEvent(stage, stored.data).message };
        }
        return undefined;
      },
      60_000,
    );

  // What the exec of each kind contains: cleanupRun's kill-then-remove, and run-wrapper.sh's start of the benchmark.
  const isFullCleanup = (command: string) => command.includes('benchline-kill-run "$@" && rm -rf -- "$3"');
  const isBenchmark = (command: string) => command.includes('setsid -f -w');
  const isCanary = (command: string) => command.includes('noise canary (services/executor/src/canary.ts)');

  const blob = (artifact?: { object?: string | null } | null) =>
    context.buckets.artifacts.getBlob(artifact?.object ?? '');

  beforeAll(async () => {
    [nats, sshd] = await Promise.all([startNats(), startSshd()]);
    workDir = join(sshd.dir, 'work');
    const checkout = suiteCheckoutDir(workDir, 'trio');
    await mkdir(checkout, { recursive: true });
    await mkdir(suiteCheckoutDir(workDir, 'relay'), { recursive: true });
    await mkdir(suiteCheckoutDir(workDir, 'expiring'), { recursive: true });
    await writeFile(
      join(checkout, 'echo-params.sh'),
      'printf "%s" "$BENCHLINE_PARAM_label" > "$BENCHLINE_RESULTS_FILE"\n',
    );
    const minion = minionFor(sshd, workDir);
    config = parseConfig({
      nats: { servers: [nats.url] },
      lease: { ttlSeconds: 30 },
      suites: {
        trio: {
          repo: '/unused',
          parameters: { label: { default: 'plain' } },
          benchmarks: [
            {
              name: 'writes',
              command: [
                'sh',
                '-c',
                'echo starting; sleep 1.5; head -c 3000 /dev/urandom | base64 > "$BENCHLINE_RESULTS_FILE"; cp "$BENCHLINE_RESULTS_FILE" "$BENCHLINE_RESULTS_FILE.copy"; echo profile > "$BENCHLINE_OUTPUT_DIR/profile.txt"; cp "$BENCHLINE_RESULTS_FILE" ../../../kept-copy',
              ],
              artifacts: ['profile.txt'],
            },
            { name: 'fails', command: ['sh', '-c', 'echo broken >&2; exit 3'] },
            { name: 'hangs', command: ['sh', '-c', 'sleep 300 & sleep 300'], timeoutSeconds: 1 },
            { name: 'params', command: ['sh', 'echo-params.sh'] },
          ],
        },
        expiring: {
          repo: '/unused',
          benchmarks: [
            { name: 'long', command: ['sh', '-c', 'sleep 60; echo 1 > "$BENCHLINE_RESULTS_FILE"'] },
            { name: 'next', command: ['sh', '-c', 'touch ../../../next-started; echo 2 > "$BENCHLINE_RESULTS_FILE"'] },
          ],
        },
        relay: {
          repo: '/unused',
          benchmarks: [
            { name: 'first', command: ['sh', '-c', 'sleep 2; echo 1 > "$BENCHLINE_RESULTS_FILE"'] },
            { name: 'second', command: ['sh', '-c', 'echo 2 > "$BENCHLINE_RESULTS_FILE"'] },
          ],
        },
      },
      minions: {
        local: minion,
        imposter: {
          ...minion,
          hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
        },
      },
    });
    context = await openContext(config, 'executor-test', silentLogger);
    executor = await startExecutor(context);
  });
  afterAll(async () => {
    await executor?.stop();
    await context?.nc.close();
    await Promise.all([nats?.close(), sshd?.close()]);
  });

  it('reports each benchmark’s outcome, archives exact bytes, streams output live and leaves nothing behind', async () => {
    const runId = ownRunId('trio');
    const ssh = recordSshActivity();
    const lines: { benchmark: string; line: string; at: number }[] = [];
    const subscription = context.nc.subscribe(runLogSubject(runId), {
      callback: (_, msg) => {
        lines.push({ ...(msg.json() as { benchmark: string; line: string }), at: Date.now() });
      },
    });
    await publishEvent(context.js, {
      stage: 'provisioned',
      message: provisioned(runId, 'local', {}, ['writes', 'fails', 'hangs']),
    });
    const result = await outcome(runId);
    ssh.stop();
    subscription.unsubscribe();
    expect(result.stage).toBe('executed');
    const benchmarks =
      decodeEvent('executed', proto.RunExecuted.encode(result.message).finish()).message.execution?.benchmarks ?? [];
    expect(benchmarks.map((b) => [b.name, b.status])).toEqual([
      ['writes', BenchmarkStatus.BENCHMARK_STATUS_OK],
      ['fails', BenchmarkStatus.BENCHMARK_STATUS_FAILED],
      ['hangs', BenchmarkStatus.BENCHMARK_STATUS_TIMED_OUT],
    ]);
    expect(benchmarks[1]).toMatchObject({ exitCode: 3, message: 'exited with code 3' });

    const results = benchmarks[0]!.results!;
    const stored = await blob(results);
    const onMinion = await readFile(join(workDir, 'kept-copy'));
    expect(createHash('sha256').update(stored!).digest('hex')).toBe(
      createHash('sha256').update(onMinion).digest('hex'),
    );
    expect(results.sha256).toBe(createHash('sha256').update(onMinion).digest('hex'));
    expect(benchmarks[0]!.extra?.map((artifact) => artifact.path)).toEqual(['writes/artifacts/profile.txt']);
    expect(new TextDecoder().decode((await blob(benchmarks[1]!.stderr))!)).toBe('broken\n');

    // `writes` sleeps 1.5 s after its first line: that line must arrive while it still runs.
    const started = lines.find((line) => line.benchmark === 'writes' && line.line === 'starting');
    const nextBenchmark = lines.find((line) => line.benchmark === 'fails');
    expect(nextBenchmark!.at - started!.at).toBeGreaterThan(1_000);

    expect(pidsWithRunMarker(runId)).toEqual([]);
    expect(existsSync(join(workDir, 'runs', runId))).toBe(false);
    expect(await context.buckets.leases.get('local').then((entry) => entry?.operation ?? 'none')).not.toBe('PUT');
    // `hangs` timed out, so the wrappers cannot vouch for the whole run: the full cleanup ran, once, last.
    expect(ssh.execs.filter(isBenchmark)).toHaveLength(3);
    expect(ssh.execs.filter(isFullCleanup)).toHaveLength(1);
    expect(isFullCleanup(ssh.execs.at(-1)!)).toBe(true);
  });

  it('runs a normal run in one exec for the canary and one per benchmark on the kept connection, without a cleanup exec, and still leaves nothing', async () => {
    const ssh = recordSshActivity();
    try {
      const plain = [ownRunId('plain-1'), ownRunId('plain-2')];
      for (const runId of plain) {
        const connectsBefore = ssh.connects;
        const execsBefore = ssh.execs.length;
        await publishEvent(context.js, {
          stage: 'provisioned',
          message: provisioned(runId, 'local', {}, ['fails', 'params']),
        });
        const result = await outcome(runId);
        expect(result.stage).toBe('executed');
        const benchmarks =
          decodeEvent('executed', proto.RunExecuted.encode(result.message).finish()).message.execution?.benchmarks ??
          [];
        expect(benchmarks.map((b) => b.status)).toEqual([
          BenchmarkStatus.BENCHMARK_STATUS_FAILED,
          BenchmarkStatus.BENCHMARK_STATUS_OK,
        ]);
        const execs = ssh.execs.slice(execsBefore);
        expect(execs).toHaveLength(3);
        expect(isCanary(execs[0]!)).toBe(true);
        expect(execs.slice(1).every(isBenchmark)).toBe(true);
        expect(pidsWithRunMarker(runId)).toEqual([]);
        expect(existsSync(join(workDir, 'runs', runId))).toBe(false);
        // The first run may find no kept connection (when run alone); the second one must reuse it.
        expect(ssh.connects - connectsBefore).toBeLessThanOrEqual(runId === plain[0] ? 1 : 0);
      }
    } finally {
      ssh.stop();
    }
  });

  it('fails a run whose minion presents another host key at once, after one attempt, before running anything', async () => {
    // The failing side counts the attempts: every delivery of the message opens one SSH connection to the imposter.
    const ssh = recordSshActivity();
    try {
      const publishedAt = Date.now();
      await publishEvent(context.js, { stage: 'provisioned', message: provisioned('imposter-1', 'imposter') });
      const result = await outcome('imposter-1', 'imposter');
      const elapsedMs = Date.now() - publishedAt;
      expect(result.stage).toBe('failed');
      const failure = decodeEvent('failed', proto.RunFailed.encode(result.message).finish()).message;
      expect(failure.reason).toMatch(/host key/i);
      expect(failure.code).toBe('MINION_HOST_KEY_MISMATCH');
      // No retry: one connection, and run.failed sooner than the first backoff (a retry comes 1 s after the
      // first attempt at the earliest; the retried path would take 5 attempts and 15 s).
      expect(ssh.connects).toBe(1);
      expect(elapsedMs).toBeLessThan(STAGE_BACKOFF.initialDelayMs);
      // Nor a retry after the failure was reported (the message was acknowledged, not nak'ed).
      await sleep(STAGE_BACKOFF.initialDelayMs * 1.5);
      expect(ssh.connects).toBe(1);
      expect(ssh.execs).toEqual([]);
      expect(existsSync(join(workDir, 'runs', 'imposter-1'))).toBe(false);
    } finally {
      ssh.stop();
    }
  });

  it('passes hostile parameter values as literal data', async () => {
    const canary = `/tmp/pwned-${randomBytes(4).toString('hex')}`;
    const label = `$(touch ${canary}); rm -rf ~ \`touch ${canary}\``;
    await publishEvent(context.js, {
      stage: 'provisioned',
      message: provisioned('params-1', 'local', { label }, ['params']),
    });
    const result = await outcome('params-1');
    expect(result.stage).toBe('executed');
    const [benchmark] =
      decodeEvent('executed', proto.RunExecuted.encode(result.message).finish()).message.execution?.benchmarks ?? [];
    expect(new TextDecoder().decode((await blob(benchmark!.results))!)).toBe(label);
    expect(existsSync(canary)).toBe(false);
  });

  it('hands a run over to a newer delivery of its message: the older one starts nothing more, removes nothing, reports nothing', async () => {
    const runId = ownRunId('relay');
    const message = provisioned(runId, 'local', {}, [], 'relay');
    // Two deliveries of one message, as after a broker outage longer than the ack wait while the first still works.
    const delivery = (deliveryCount: number) =>
      ({
        subject: eventSubject('provisioned', 'local', runId),
        data: encodeEvent({ stage: 'provisioned', message }),
        seq: 4242,
        info: { deliveryCount, deliverySequence: deliveryCount, redelivered: deliveryCount > 1 },
      }) as unknown as JsMsg;
    const connections = new MinionConnectionPool({
      connect: (minion) => connectMinion(minion, { logger: silentLogger }),
      logger: silentLogger,
    });
    const stage = executeStage({
      nc: context.nc,
      config,
      connections,
      artifacts: context.buckets.artifacts,
      leases: new MinionLeases(context.buckets.leases),
    });
    const handler = stageHandler(stage, { js: context.js, jsm: context.jsm, log: silentLogger });
    try {
      const first = handler.handle(delivery(1));
      const firstOutcome = first.then(
        () => 'completed',
        (error: unknown) => error,
      );
      await until(
        'the first delivery’s benchmark runs',
        async () => (pidsWithRunMarker(runId).length > 0 ? true : undefined),
        10_000,
      );
      await handler.handle(delivery(2));

      expect(await firstOutcome).toBeInstanceOf(Superseded);
      const result = await outcome(runId);
      expect(result.stage).toBe('executed');
      const benchmarks =
        decodeEvent('executed', proto.RunExecuted.encode(result.message).finish()).message.execution?.benchmarks ?? [];
      expect(benchmarks.map((b) => [b.name, b.status])).toEqual([
        ['first', BenchmarkStatus.BENCHMARK_STATUS_OK],
        ['second', BenchmarkStatus.BENCHMARK_STATUS_OK],
      ]);
      const stream = await context.jsm.streams.info(RUNS_STREAM, {
        subjects_filter: eventSubject('executed', 'local', runId),
      });
      expect(stream.state.subjects).toEqual({ [eventSubject('executed', 'local', runId)]: 1 });
      expect(pidsWithRunMarker(runId)).toEqual([]);
      expect(existsSync(join(workDir, 'runs', runId))).toBe(false);
      expect(await context.buckets.leases.get('local').then((entry) => entry?.operation ?? 'none')).not.toBe('PUT');
    } finally {
      connections.close();
    }
  });

  it('stops at once when its lease is lost mid-run: kills the running benchmark, starts no other, publishes nothing', async () => {
    const runId = ownRunId('expiring');
    const message = provisioned(runId, 'local', {}, [], 'expiring');
    const delivery = {
      subject: eventSubject('provisioned', 'local', runId),
      data: encodeEvent({ stage: 'provisioned', message }),
      seq: 77,
      info: { deliveryCount: 1, deliverySequence: 1, redelivered: false },
    } as unknown as JsMsg;
    const connections = new MinionConnectionPool({
      connect: (minion) => connectMinion(minion, { logger: silentLogger }),
      logger: silentLogger,
    });
    // Renewed every 500 ms, so the loss is noticed within half a second.
    const stage = executeStage({
      nc: context.nc,
      config: { ...config, lease: { ttlSeconds: 2 } },
      connections,
      artifacts: context.buckets.artifacts,
      leases: new MinionLeases(context.buckets.leases),
    });
    const handler = stageHandler(stage, { js: context.js, jsm: context.jsm, log: silentLogger });
    try {
      const handling = handler.handle(delivery).then(
        () => undefined,
        (error: unknown) => error,
      );
      await until(
        'the long benchmark runs',
        async () => (pidsWithRunMarker(runId).length > 0 ? true : undefined),
        10_000,
      );
      await context.buckets.leases.delete('local');
      const lostAt = Date.now();

      const error = await handling;
      expect(error).toMatchObject({ code: 'LEASE_LOST', retryable: true });
      expect(Date.now() - lostAt).toBeLessThan(5_000);
      expect(pidsWithRunMarker(runId)).toEqual([]);
      expect(existsSync(join(workDir, 'next-started'))).toBe(false);
      for (const stage of ['executed', 'failed']) {
        expect(
          await context.jsm.streams
            .getMessage(RUNS_STREAM, { last_by_subj: `run.${stage}.local.${runId}` })
            .catch(() => null),
        ).toBeNull();
      }
    } finally {
      connections.close();
    }
  });
});
