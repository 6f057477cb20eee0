import { performance } from 'node:perf_hooks';
import {
  applyEvent,
  createLogger,
  listRuns,
  openContext,
  parseConfig,
  proto,
  runRequested,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { startNats } from '@benchline/servers';
import { startTrigger } from '@benchline/trigger';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { percentile } from './lib/stats.ts';

/**
 * `npm run bench:runs [-- --runs N]`: GET /runs with 100,000 stored runs, over HTTP through a real
 * trigger: N requests (default 200) for the first page of 50, then as many following the cursor
 * page after page, and the first page of a suite (a quarter of the runs) and of a status (a tenth).
 * The baseline is the full read GET /runs did before the run index (listRuns: every key, every
 * state), timed in the same process against the same store.
 */
const STORED = 100_000;
const BATCH = 1_000;
const BASELINE_SAMPLES = 3;
const API_KEY = 'bench-key-0123456789';
const TARGET_P95_MS = 50;
const say = (message: string) => console.log(`bench:runs  ${message}`);

/** Stores run i as the recorder does: its state under its run id, and its index entry. */
async function storeRun({ buckets }: ServiceContext, i: number) {
  const requestedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  const runId = `${requestedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${i.toString(16).padStart(12, '0')}`;
  const request = proto.RunRequest.create({
    runId,
    suite: `suite-${i % 4}`,
    ref: 'main',
    minion: 'm1',
    benchmarks: ['noop'],
    requestedBy: 'bench',
    requestedAt: requestedAt.toISOString(),
  }) as RunRequest;
  const state = { ...applyEvent(undefined, runRequested(request)), status: i % 10 === 0 ? 'failed' : 'published' };
  await buckets.runIndex.add(state.suite, runId);
  await buckets.runs.put(runId, JSON.stringify(state));
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

const percentiles = (samples: number[]) =>
  [50, 95, 99].map((p) => `p${p} ${percentile(samples, p).toFixed(1)}`).join(' / ');
const row = (label: string, samples: number[]) => ({
  label,
  value: `${percentiles(samples)} ms (n=${samples.length})`,
});

async function main(argv: string[]): Promise<Figures> {
  const { runs: requests } = benchArgs(argv, 200);
  const nats = await startNats();
  const config = parseConfig({
    nats: { servers: [nats.url] },
    http: { host: '127.0.0.1', port: 0, apiKeys: [{ id: 'bench', key: API_KEY }], rateLimit: { max: 100_000 } },
    schedules: [],
  });
  const context = await openContext(config, 'bench-runs', createLogger('bench-runs', 'warn'));
  try {
    const [storing] = await timed(async () => {
      for (let start = 0; start < STORED; start += BATCH)
        await Promise.all(Array.from({ length: BATCH }, (_, offset) => storeRun(context, start + offset)));
    });
    say(`${STORED} runs stored in ${(storing / 1000).toFixed(1)} s`);
    const trigger = await startTrigger(context);
    const get = async (query: string) => {
      const response = await fetch(`${trigger.url}/runs?${query}`, { headers: { authorization: `Bearer ${API_KEY}` } });
      if (response.status !== 200) throw new Error(`GET /runs?${query}: ${response.status}`);
      return (await response.json()) as { runs: unknown[]; nextCursor?: string };
    };
    const sample = async (query: () => string, count = requests) => {
      const samples: number[] = [];
      for (let n = 0; n < count; n++) samples.push((await timed(() => get(query())))[0]);
      return samples;
    };
    try {
      await sample(() => 'limit=50', 20); // warms the trigger and the connection up
      const first = await sample(() => 'limit=50');
      let cursor: string | undefined;
      const later: number[] = [];
      for (let n = 0; n < requests; n++) {
        const [ms, page] = await timed(() => get(`limit=50${cursor ? `&cursor=${cursor}` : ''}`));
        if (cursor) later.push(ms);
        cursor = page.nextCursor;
      }
      const bySuite = await sample(() => 'limit=50&suite=suite-1', requests / 4);
      const byStatus = await sample(() => 'limit=50&status=failed', requests / 4);
      const baseline: number[] = [];
      for (let n = 0; n < BASELINE_SAMPLES; n++)
        baseline.push((await timed(() => listRuns(context.buckets.runs, { limit: 50 })))[0]);
      const rows = [
        row('first page, limit=50', first),
        row('later pages (following nextCursor)', later),
        row('first page, suite=… (1 in 4 runs)', bySuite),
        row('first page, status=failed (1 in 10 runs)', byStatus),
        row('baseline: full read (listRuns), limit=50', baseline),
      ];
      for (const { label, value } of rows) say(`${label}: ${value}`);
      const p95 = Math.max(...[first, later, bySuite, byStatus].map((samples) => percentile(samples, 95)));
      return {
        benchmark: `Runs API, GET /runs with ${STORED} stored runs`,
        rows,
        targets: [{ what: `p95 < ${TARGET_P95_MS} ms (worst: ${p95.toFixed(1)} ms)`, met: p95 < TARGET_P95_MS }],
      };
    } finally {
      await trigger.stop();
    }
  } finally {
    await context.nc.close();
    await nats.close();
  }
}

runAsScript(import.meta.url, main);
