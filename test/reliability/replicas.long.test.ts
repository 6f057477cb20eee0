import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRun } from '@benchline/core';
import { RUNS_BUCKET } from '@benchline/core/internal';
import type { ServiceName, ServiceProcess } from '@benchline/local';
import { freePort, ownRunId } from '@benchline/servers';
import { Kvm } from '@nats-io/kv';
import { startReliabilityStack, type ReliabilityStack } from './support/reliability-stack.ts';
import {
  describeTerminal,
  leaseHolder,
  pointCount,
  requestOverHttp,
  requestOverNats,
  stageEvent,
  waitForTerminal,
  type RunRef,
} from './support/runs.ts';
import { deadServices, processLog } from './support/service-logs.ts';
import { FAST_SUITE, WINDOWS_FILE } from './support/suites.ts';
import { eventWindow, overlaps, readWindows, windowsPerRun } from './support/windows.ts';

const MINIONS = ['local', 'second'];
/** The stack's start and then its second processes: ~20 s idle, minutes at a load average of 40. */
const STACK_START_MS = 300_000;
/** Per minion: one HTTP request to each trigger and one RunRequested over NATS, this many times. */
const ROUNDS = 2;
/** What each stage service logs once per run it handled (with the run id). */
const HANDLED: Partial<Record<ServiceName, string>> = {
  provisioner: 'provisioned',
  executor: 'executed',
  publisher: 'published',
  analyzer: 'analyzed',
};
const STAGE_SERVICES = Object.keys(HANDLED) as ServiceName[];

/**
 * Two processes of each stage service (and of the trigger) on one NATS and one InfluxDB, as
 * `deploy.replicas` runs them (infrastructure/README.md, "More replicas of a service"): the replicas of
 * a service share its durable consumer, so each run event goes to one of them, and one run per
 * minion holds whatever the replica count, by the minion's lease.
 */
describe('two replicas of every service', () => {
  let env: ReliabilityStack;
  const replicas = new Map<ServiceName, ServiceProcess>();
  let secondTriggerUrl: string;
  const runs: RunRef[] = [];

  beforeAll(async () => {
    env = await startReliabilityStack('replicas', { extraMinions: ['second'] });
    // Ports of their own where two processes would clash on one machine (containers do not): the
    // trigger's HTTP API and the publisher's IPFS gateway. Everything else is the stack's config.
    const triggerPort = await freePort();
    secondTriggerUrl = `http://127.0.0.1:${triggerPort}`;
    const sections: Partial<Record<ServiceName, Record<string, Record<string, unknown>>>> = {
      trigger: { http: { port: triggerPort } },
      publisher: { ipfs: { gatewayPort: await freePort() } },
    };
    await Promise.all(
      (['trigger', ...STAGE_SERVICES] as ServiceName[]).map(async (service) =>
        replicas.set(service, await env.startReplica(service, '2', sections[service])),
      ),
    );
  }, STACK_START_MS);
  afterAll(async () => {
    await env?.close();
  }, 60_000);

  it('runs a burst of runs on two minions, each published once, through both triggers and NATS', async () => {
    const secondTrigger = { ...env.stack, triggerUrl: secondTriggerUrl };
    const requests = MINIONS.flatMap((minion) =>
      Array.from({ length: ROUNDS }, (_, round) => [
        requestOverHttp(env.stack, { suite: FAST_SUITE, minion }),
        requestOverHttp(secondTrigger, { suite: FAST_SUITE, minion }),
        requestOverNats(env.clientJs, { runId: ownRunId(`replicas-${minion}-${round}`), suite: FAST_SUITE, minion }),
      ]).flat(),
    );
    runs.push(...(await Promise.all(requests)));

    const finished = await waitForTerminal(env.jsm, runs, 150_000);
    expect(finished.map(describeTerminal)).toEqual(runs.map((run) => `${run.runId}: published`));
    for (const run of runs) expect(await pointCount(env.stack, run.runId), run.runId).toBe(1);
    // Both triggers' recorders (one shared consumer) brought every run's state to its end.
    const state = await new Kvm(env.js).open(RUNS_BUCKET);
    for (const run of runs)
      await expect.poll(async () => (await getRun(state, run.runId))?.status, { timeout: 15_000 }).toBe('published');
  }, 200_000);

  it.each(STAGE_SERVICES)(
    'shared the %s work: each run handled by exactly one replica, each replica handled some',
    async (service) => {
      const handledBy = async (instance: ServiceProcess) =>
        (await processLog(instance))
          .filter((line) => line.pid === instance.child.pid && line.msg === HANDLED[service])
          .map((line) => line.runId!);
      const first = await handledBy(env.stack.services.get(service)!);
      const second = await handledBy(replicas.get(service)!);
      expect([...first, ...second].sort()).toEqual(runs.map((run) => run.runId).sort());
      expect(first.length, `runs the first ${service} handled`).toBeGreaterThan(0);
      expect(second.length, `runs the second ${service} handled`).toBeGreaterThan(0);
    },
  );

  it.each(MINIONS)(
    'ran one run at a time on minion %s: one window per run, none overlapping, nor their provisioning-to-execution spans',
    async (minion) => {
      const onMinion = runs.filter((run) => run.minion === minion);
      const windows = await readWindows(join(env.workDir(minion), WINDOWS_FILE));
      const runIds = onMinion.map((run) => run.runId);
      expect(windowsPerRun(windows, runIds)).toEqual(Object.fromEntries(runIds.map((runId) => [runId, 1])));
      expect(overlaps(windows)).toEqual([]);
      const spans = await Promise.all(
        onMinion.map(async (run) =>
          eventWindow(
            run.runId,
            (await stageEvent(env.jsm, 'provisioned', run))?.message.provisioning?.startedAt,
            (await stageEvent(env.jsm, 'executed', run))?.message.execution?.finishedAt,
          ),
        ),
      );
      expect(overlaps(spans)).toEqual([]);
      expect(await leaseHolder(env.js, minion)).toBeUndefined();
    },
  );

  it('lost no process, of either replica', () => {
    expect(deadServices(env.stack)).toEqual([]);
  });
});
