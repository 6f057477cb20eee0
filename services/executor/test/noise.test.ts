import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BenchmarkStatus,
  decodeEvent,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  RUNS_STREAM,
  runLogSubject,
  suiteCheckoutDir,
  TriggerSource,
  type BenchlineConfig,
  type RunExecuted,
  type RunProvisioned,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { ownRunId, startNats, startSshd, until, type NatsServer, type Sshd } from '@benchline/servers';
import { CANARY_VERSION } from '../src/canary.ts';
import { startExecutor } from '../src/executor.ts';
import { minionFor, pidsWithRunMarker, recordSshActivity, silentLogger } from './minion-helpers.ts';

const { TUNING_STATE_APPLIED, TUNING_STATE_UNAVAILABLE } = proto.TuningState;
// Appends the benchmark's name to the shared order log and writes its place in that log as its results.
const RECORD_ORDER =
  'echo "$0" >> ../../../order.log; wc -l < ../../../order.log | tr -d " " > "$BENCHLINE_RESULTS_FILE"; echo "out $0"';
// What the benchmark process itself sees of the per-process tuning.
const REPORT_TUNING =
  'grep Cpus_allowed_list: /proc/self/status > "$BENCHLINE_RESULTS_FILE"; cat /proc/self/personality >> "$BENCHLINE_RESULTS_FILE"';

describe('executor: noise canary, repetitions and per-process tuning', { timeout: 180_000 }, () => {
  let nats: NatsServer;
  let sshd: Sshd;
  let workDir: string;
  const contexts: ServiceContext[] = [];
  const executors: Awaited<ReturnType<typeof startExecutor>>[] = [];

  const lastCpu = String(cpus().length - 1);

  async function startWith(canary: boolean): Promise<ServiceContext> {
    const config: BenchlineConfig = parseConfig({
      nats: { servers: [nats.url] },
      noise: { canary },
      suites: {
        reps: {
          repo: '/unused',
          benchmarks: [
            { name: 'b1', command: ['sh', '-c', RECORD_ORDER, 'b1'], repetitions: 3 },
            { name: 'b2', command: ['sh', '-c', RECORD_ORDER, 'b2'], repetitions: 2 },
            { name: 'b3', command: ['sh', '-c', RECORD_ORDER, 'b3'] },
          ],
        },
        tuned: { repo: '/unused', benchmarks: [{ name: 'sees', command: ['sh', '-c', REPORT_TUNING] }] },
      },
      minions: { local: minionFor(sshd, workDir) },
    });
    const context = await openContext(config, `executor-noise-${canary}`, silentLogger);
    contexts.push(context);
    executors.push(await startExecutor(context));
    return context;
  }

  const provisioned = (runId: string, suite: string, host: RunProvisioned['provisioning'] = {}) =>
    proto.RunProvisioned.create({
      request: {
        runId,
        suite,
        ref: 'main',
        minion: 'local',
        source: TriggerSource.TRIGGER_SOURCE_NATS,
        requestedAt: new Date().toISOString(),
      },
      provisioning: { commit: 'abc123', ...host },
    }) as RunProvisioned & { request: RunRequest };

  const executed = (context: ServiceContext, runId: string) =>
    until(
      `run ${runId} executed`,
      async () => {
        const stored = await context.jsm.streams.getMessage(RUNS_STREAM, {
          last_by_subj: `run.executed.local.${runId}`,
        });
        const execution = stored && (decodeEvent('executed', stored.data).message as RunExecuted).execution;
        return execution ? { benchmarks: execution.benchmarks ?? [], canary: execution.canary } : undefined;
      },
      120_000,
    );
  const text = async (context: ServiceContext, object?: string | null) =>
    new TextDecoder().decode((await context.buckets.artifacts.getBlob(object ?? ''))!);

  beforeAll(async () => {
    [nats, sshd] = await Promise.all([startNats(), startSshd()]);
    workDir = join(sshd.dir, 'work');
    await mkdir(suiteCheckoutDir(workDir, 'reps'), { recursive: true });
    await mkdir(suiteCheckoutDir(workDir, 'tuned'), { recursive: true });
  });
  afterAll(async () => {
    for (const executor of executors) await executor.stop();
    for (const context of contexts) await context.nc.close();
    await Promise.all([nats?.close(), sshd?.close()]);
  });

  it('times the canary first, then runs the repetitions interleaved and keeps every repetition’s results', async () => {
    const runId = ownRunId('reps');
    const context = await startWith(true);
    await writeFile(join(workDir, 'order.log'), '');
    const ssh = recordSshActivity();
    const lines: { benchmark: string; repetition?: number; line: string }[] = [];
    const subscription = context.nc.subscribe(runLogSubject(runId), {
      callback: (_, msg) => {
        lines.push(msg.json());
      },
    });
    try {
      await publishEvent(context.js, { stage: 'provisioned', message: provisioned(runId, 'reps') });
      const execution = await executed(context, runId);

      const order = ['b1', 'b2', 'b3', 'b1', 'b2', 'b1'];
      expect((await readFile(join(workDir, 'order.log'), 'utf8')).trim().split('\n')).toEqual(order);
      expect(execution.benchmarks.map((benchmark) => [benchmark.name, benchmark.repetition])).toEqual([
        ['b1', 1],
        ['b2', 1],
        ['b3', 0],
        ['b1', 2],
        ['b2', 2],
        ['b1', 3],
      ]);
      expect(execution.benchmarks.every((b) => b.status === BenchmarkStatus.BENCHMARK_STATUS_OK)).toBe(true);
      // Each repetition's own files, under its own path in the bundle.
      expect(execution.benchmarks.map((benchmark) => benchmark.results?.path)).toEqual([
        'b1/repetition-1/results',
        'b2/repetition-1/results',
        'b3/results',
        'b1/repetition-2/results',
        'b2/repetition-2/results',
        'b1/repetition-3/results',
      ]);
      const places = await Promise.all(
        execution.benchmarks.map(async (benchmark) => (await text(context, benchmark.results?.object)).trim()),
      );
      expect(places).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(execution.benchmarks[3]!.stdout?.path).toBe('b1/repetition-2/stdout.log');
      expect(lines.filter((line) => line.line === 'out b1').map((line) => line.repetition)).toEqual([1, 2, 3]);
      expect(lines.find((line) => line.line === 'out b3')).toEqual({
        benchmark: 'b3',
        stream: 'stdout',
        line: 'out b3',
      });

      const canary = execution.canary!;
      const rounds = canary.roundSeconds ?? [];
      expect(canary.version).toBe(CANARY_VERSION);
      expect(rounds).toHaveLength(5);
      expect(rounds.every((seconds) => seconds > 0 && seconds < 30)).toBe(true);
      const sorted = [...rounds].sort((a, b) => a - b);
      expect(canary.seconds).toBe(sorted[2]);
      // The canary ran before the first benchmark, in one exec.
      expect(ssh.execs[0]).toContain('noise canary (services/executor/src/canary.ts)');
      expect(ssh.execs.slice(1).every((command) => !command.includes('noise canary'))).toBe(true);
      expect(pidsWithRunMarker(runId)).toEqual([]);
    } finally {
      ssh.stop();
      subscription.unsubscribe();
    }
  });

  it('pins the benchmark and the canary to the reserved CPUs and runs them without ASLR when the provisioner found both applicable', async () => {
    const context = contexts[0]!;
    const ssh = recordSshActivity();
    try {
      const host = {
        host: {
          tuning: [
            { name: 'swappiness', state: TUNING_STATE_APPLIED, value: '10' },
            { name: 'aslr', state: TUNING_STATE_APPLIED, value: 'off' },
            { name: 'reserved_cpus', state: TUNING_STATE_APPLIED, value: lastCpu },
          ],
        },
      };
      await publishEvent(context.js, { stage: 'provisioned', message: provisioned('tuned-1', 'tuned', host) });
      const execution = await executed(context, 'tuned-1');

      const [allowed, personality] = (await text(context, execution.benchmarks[0]!.results?.object)).trim().split('\n');
      expect(allowed).toMatch(new RegExp(`^Cpus_allowed_list:\\s+${lastCpu}$`));
      expect(Number.parseInt(personality!, 16) & 0x0040000).toBe(0x0040000);
      expect(ssh.execs[0]).toContain(`exec env -- 'BENCHLINE_RUN_ID=tuned-1'`);
      expect(ssh.execs[0]).toMatch(new RegExp(`'taskset' '--cpu-list' '${lastCpu}' 'setarch' '-R' 'sh' '-c'`));
      expect(execution.canary?.seconds).toBeGreaterThan(0);
    } finally {
      ssh.stop();
    }
  });

  it('leaves a benchmark alone when the tuning was unavailable, and runs no canary when noise.canary is off', async () => {
    await Promise.all(executors.splice(0).map((executor) => executor.stop()));
    const context = await startWith(false);
    const ssh = recordSshActivity();
    try {
      const host = {
        host: {
          tuning: [
            { name: 'aslr', state: TUNING_STATE_UNAVAILABLE, detail: 'setarch is not installed' },
            { name: 'reserved_cpus', state: TUNING_STATE_UNAVAILABLE, detail: 'CPU 9 not online' },
          ],
        },
      };
      await publishEvent(context.js, { stage: 'provisioned', message: provisioned('plain-1', 'tuned', host) });
      const execution = await executed(context, 'plain-1');

      const [allowed, personality] = (await text(context, execution.benchmarks[0]!.results?.object)).trim().split('\n');
      expect(allowed).toBe(
        `Cpus_allowed_list:\t${(await readFile('/proc/self/status', 'utf8')).match(/Cpus_allowed_list:\s+(.*)/)![1]}`,
      );
      expect(Number.parseInt(personality!, 16) & 0x0040000).toBe(0);
      expect(execution.canary).toBeNull();
      expect(ssh.execs).toHaveLength(1);
      expect(ssh.execs[0]).not.toContain('taskset');
    } finally {
      ssh.stop();
    }
  });
});
