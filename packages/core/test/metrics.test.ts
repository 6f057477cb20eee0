import type { JetStreamClient } from '@nats-io/jetstream';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHealthServer } from '../src/health.ts';
import { metricsRegistry } from '../src/metrics.ts';
import { readinessCheck } from '../src/service.ts';
import { startWorker, waitingFor, type MessageHandler, type Worker } from '../src/worker.ts';
import { fakeMsg, silentLog, type FakeMsg } from './fakes.ts';

// A consumer that hands out the queued messages, then nothing (or never answers when `stalled`), with counts in its info.
function fakeConsumer(messages: FakeMsg[], options: { stalled?: boolean } = {}) {
  const queue = [...messages];
  const consumer = {
    info: vi.fn(async () => ({
      config: { ack_wait: 30_000_000_000 },
      num_pending: 3,
      num_ack_pending: 1,
      num_redelivered: 1,
      num_waiting: 0,
    })),
    next: vi.fn(async () => {
      if (options.stalled) return new Promise<null>(() => undefined);
      return queue.shift() ?? (await new Promise<null>((resolve) => setTimeout(() => resolve(null), 5)));
    }),
  };
  return { consumers: { get: vi.fn(async () => consumer) } } as unknown as JetStreamClient;
}

const healthyNats = { isClosed: () => false, rtt: async () => 1 };
const handler = (handle: MessageHandler['handle']): MessageHandler => ({ handle, giveUp: async () => undefined });
const forever = () => new Promise<void>(() => undefined);

let workers: Worker[] = [];
let server: Server | undefined;
afterEach(async () => {
  server?.close();
  server = undefined;
  // Workers whose handler never returns cannot be stopped: forget them without waiting.
  for (const worker of workers) void worker.stop();
  workers = [];
});

async function serve(check: ReturnType<typeof readinessCheck>) {
  server = await startHealthServer({ port: 0, check, metrics: metricsRegistry });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
}

describe("a worker's liveness and /healthz", () => {
  it('is ready while the consumer is bound and messages progress; 503 naming the message once one is held without progress too long', async () => {
    const msg = fakeMsg();
    const worker = startWorker({
      js: fakeConsumer([msg]),
      durable: 'wedged',
      handler: handler(forever),
      log: silentLog,
      concurrency: 2,
      stuckAfterMs: 400,
    });
    workers.push(worker);
    const get = await serve(readinessCheck({ nc: healthyNats, connected: () => true, stopping: () => false }));
    await vi.waitFor(() => expect(worker.liveness().inHand).toBe(1));
    const ready = await get('/healthz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, checks: { nats: 'ok', 'worker wedged': 'ok' } });

    await vi.waitFor(async () => expect((await get('/healthz')).status).toBe(503), { timeout: 3_000, interval: 100 });
    const body = (await (await get('/healthz')).json()) as { ok: boolean; checks: Record<string, string> };
    expect(body.ok).toBe(false);
    expect(body.checks['worker wedged']).toMatch(/^wedged holds run\.requested\.m1\.run-1 without progress for \d+ s$/);
    expect(worker.liveness().stuck).toBe(body.checks['worker wedged']);
  });

  it('reports a pull loop that does not turn, though nothing is in hand', async () => {
    const worker = startWorker({
      js: fakeConsumer([], { stalled: true }),
      durable: 'stalled',
      handler: handler(async () => undefined),
      log: silentLog,
      concurrency: 1,
      pullStallMs: 300,
    });
    workers.push(worker);
    expect(worker.liveness().stuck).toBeUndefined();
    await vi.waitFor(
      () => expect(worker.liveness().stuck).toMatch(/^the pull loop of stalled has not turned for \d+ s$/),
      { timeout: 3_000 },
    );
  });

  it("does not count waiting for someone else (a busy minion's lease) as being stuck", async () => {
    const msg = fakeMsg();
    const worker = startWorker({
      js: fakeConsumer([msg]),
      durable: 'waiting',
      handler: handler((m) => waitingFor(m, forever)),
      log: silentLog,
      concurrency: 1,
      stuckAfterMs: 100,
    });
    workers.push(worker);
    await vi.waitFor(() => expect(worker.liveness().inHand).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    // The loop is full (waiting for its slot), the message waits for a lease: alive.
    expect(worker.liveness().stuck).toBeUndefined();
  });

  it('is not ready while NATS is disconnected, while stopping, or with a dependency unreachable', async () => {
    const check = readinessCheck({
      nc: healthyNats,
      connected: () => false,
      stopping: () => true,
      dependencies: { influxdb: async () => Promise.reject(new Error('connect ECONNREFUSED')) },
    });
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.checks).toMatchObject({
      service: 'stopping',
      nats: 'disconnected; reconnecting',
      influxdb: 'unreachable: connect ECONNREFUSED',
    });
  });
});

describe('/metrics', () => {
  it("serves the consumer's counts, the worker's outcomes and liveness in Prometheus text", async () => {
    const msg = fakeMsg({ deliveryCount: 2 });
    const worker = startWorker({
      js: fakeConsumer([msg]),
      durable: 'counted',
      handler: handler(async () => undefined),
      log: silentLog,
      concurrency: 1,
    });
    workers.push(worker);
    await vi.waitFor(() => expect(msg.ackAck).toHaveBeenCalled());
    const get = await serve(readinessCheck({ nc: healthyNats, connected: () => true, stopping: () => false }));
    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const labels = 'stream="RUNS",consumer="counted"';
    expect(text).toContain(`benchline_consumer_pending_messages{${labels}} 3`);
    expect(text).toContain(`benchline_consumer_ack_pending_messages{${labels}} 1`);
    expect(text).toContain(`benchline_consumer_redelivered_messages{${labels}} 1`);
    expect(text).toContain('benchline_worker_messages_total{consumer="counted",outcome="acked"} 1');
    expect(text).toContain('benchline_worker_redeliveries_total{consumer="counted"} 1');
    expect(text).toContain(`benchline_worker_stuck{${labels}} 0`);
    expect(text).toMatch(new RegExp(`benchline_worker_last_turn_timestamp_seconds\\{${labels}\\} \\d+`));
  });
});
