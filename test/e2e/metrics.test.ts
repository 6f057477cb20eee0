import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, RECORDER_CONSUMER } from '@benchline/core';
import { requestRun, SERVICE_NAMES, startStack, type ServiceName, type Stack } from '@benchline/local';
import { liveProcesses, makeTempDir, until, type ServerDir } from '@benchline/servers';
import { SUITE, sleepySuite, waitForPublished } from './support/sleepy-suite.ts';

/** The sum of a metric's samples whose labels include all of `labels`, in Prometheus text format. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const values = text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
  return values.length ? values.reduce((sum, value) => sum + value, 0) : undefined;
}

/**
 * Issue 19: Benchline's own metrics and readiness. Every service of the stack serves `/metrics`
 * and `/healthz` on its health port; a run is counted and its stage durations observed by the
 * stage that did the work, and a worker that holds a message without progress makes its service 503.
 */
describe('metrics and readiness of every service', () => {
  let dir: ServerDir;
  let stack: Stack;
  const scrape = async (service: ServiceName) => {
    const response = await fetch(`${stack.services.get(service)!.healthUrl}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const health = async (service: ServiceName) => {
    const response = await fetch(`${stack.services.get(service)!.healthUrl}/healthz`);
    return { status: response.status, ...((await response.json()) as { ok: boolean; checks: Record<string, string> }) };
  };
  const analyzed = async (runId: string) =>
    (
      (await (
        await fetch(`${stack.triggerUrl}/runs/${runId}`, { headers: { authorization: `Bearer ${stack.apiKey.key}` } })
      ).json()) as { analysis?: unknown }
    ).analysis !== undefined;

  beforeAll(async () => {
    dir = await makeTempDir('metrics');
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
      extraSuites: { [SUITE]: await sleepySuite(dir.path) },
      configOverrides: { defaultMinion: 'local' },
      // The executor counts as stuck once it holds a message 4 s without progress (an hour by default).
      serviceEnv: { executor: { BENCHLINE_WORKER_STUCK_SECONDS: '4' } },
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await dir?.remove();
  }, 60_000);

  it("counts the run and observes each stage's duration, in the service that did the stage", async () => {
    const { runId } = await requestRun(stack, { suite: SUITE, parameters: { sleep: '2' } });
    // During the run: the executor holds it, the provisioner has counted its stage and the lease wait.
    await until(
      'the benchmark to run',
      async () =>
        liveProcesses('environ', (environment) => environment.includes(`BENCHLINE_RUN_ID=${runId}`)).length > 0
          ? true
          : undefined,
      60_000,
      100,
    );
    const executing = await scrape('executor');
    expect(sample(executing, 'benchline_worker_in_hand_messages', { consumer: CONSUMERS.executor.durable })).toBe(1);
    const provisioner = await scrape('provisioner');
    expect(sample(provisioner, 'benchline_stage_runs_total', { stage: 'provision', outcome: 'completed' })).toBe(1);
    expect(
      sample(provisioner, 'benchline_stage_duration_seconds_count', { stage: 'provision', outcome: 'completed' }),
    ).toBe(1);
    expect(sample(provisioner, 'benchline_lease_wait_seconds_count', { stage: 'provision', minion: 'local' })).toBe(1);
    expect(
      sample(provisioner, 'benchline_consumer_pending_messages', { consumer: CONSUMERS.provisioner.durable }),
    ).toBe(0);

    await waitForPublished(stack, runId, 90_000);
    await until('the run to be analyzed', async () => ((await analyzed(runId)) ? true : undefined), 60_000, 250);
    const stages = {
      provisioner: 'provision',
      executor: 'execute',
      publisher: 'publish',
      analyzer: 'analyze',
    } as const;
    for (const [service, stage] of Object.entries(stages) as [keyof typeof stages, string][]) {
      const text = await scrape(service);
      expect(
        sample(text, 'benchline_stage_runs_total', { stage, outcome: 'completed', service }),
        `${service}: runs completed`,
      ).toBe(1);
      const count = sample(text, 'benchline_stage_duration_seconds_count', { stage, outcome: 'completed' });
      const sum = sample(text, 'benchline_stage_duration_seconds_sum', { stage, outcome: 'completed' });
      expect(count, `${service}: durations observed`).toBe(1);
      expect(sum, `${service}: duration`).toBeGreaterThan(0);
      expect(
        sample(text, 'benchline_worker_messages_total', { consumer: CONSUMERS[service].durable, outcome: 'acked' }),
        `${service}: acked`,
      ).toBe(1);
      for (const gauge of ['pending', 'ack_pending', 'redelivered']) {
        expect(
          sample(text, `benchline_consumer_${gauge}_messages`, { consumer: CONSUMERS[service].durable }),
          `${service}: ${gauge}`,
        ).toBe(0);
      }
    }
    // The executor's stage lasts at least the benchmark's 2 s.
    expect(
      sample(await scrape('executor'), 'benchline_stage_duration_seconds_sum', { stage: 'execute' }),
    ).toBeGreaterThanOrEqual(2);
    // The trigger records every event of the run (requested … analyzed).
    expect(
      sample(await scrape('trigger'), 'benchline_worker_messages_total', {
        consumer: RECORDER_CONSUMER,
        outcome: 'acked',
      }),
    ).toBeGreaterThanOrEqual(5);
    for (const service of SERVICE_NAMES) {
      const text = await scrape(service);
      expect(text, service).toContain(`service="${service}"`);
      expect(sample(text, 'benchline_worker_stuck', { service }), service).toBe(0);
      expect(await health(service), service).toMatchObject({ status: 200, ok: true });
    }
  }, 180_000);

  it('reports a service whose worker holds a message without progress as not ready (503), and ready again after', async () => {
    const { runId } = await requestRun(stack, { suite: SUITE, parameters: { sleep: '8' } });
    await until(
      'the benchmark to run',
      async () =>
        liveProcesses('environ', (environment) => environment.includes(`BENCHLINE_RUN_ID=${runId}`)).length > 0
          ? true
          : undefined,
      60_000,
      100,
    );
    const wedged = await until(
      'the executor to report itself stuck',
      async () => {
        const report = await health('executor');
        return report.status === 503 ? report : undefined;
      },
      15_000,
      250,
    );
    expect(wedged.ok).toBe(false);
    expect(wedged.checks[`worker ${CONSUMERS.executor.durable}`]).toMatch(
      new RegExp(`^executor holds run\\.provisioned\\.local\\.${runId} without progress for \\d+ s$`),
    );
    expect(wedged.checks.nats).toBe('ok');
    expect(sample(await scrape('executor'), 'benchline_worker_stuck', { consumer: CONSUMERS.executor.durable })).toBe(
      1,
    );
    expect(
      sample(await scrape('executor'), 'benchline_health_check', { check: `worker ${CONSUMERS.executor.durable}` }),
    ).toBe(0);
    // Another service is not concerned.
    expect((await health('publisher')).status).toBe(200);

    await waitForPublished(stack, runId, 60_000);
    expect(await health('executor')).toMatchObject({ status: 200, ok: true });
  }, 120_000);
});
