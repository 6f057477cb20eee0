import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, openContext, parseConfig, proto, publishEvent, type EventOf } from '@benchline/core';
import { InfluxClient, type Point } from '@benchline/influx';
import { benchmarkPoints } from '@benchline/publisher/internal';
import { startInfluxd, startNats } from '@benchline/servers';
import { startTrigger } from '@benchline/trigger';
import { buildWeb } from '@benchline/web';
import { chromium, type Page } from 'playwright-core';

/**
 * `node --import tsx bench/web.ts [series] [points]`: how soon the history page of a benchmark
 * with 50 series × 1,000 points (by default) is interactive, measured in Chromium. Real InfluxDB
 * and a real trigger (web.public, so no key step): the page fetches /series/history, which
 * reads the points from InfluxDB (or the trigger's cache), and draws them with uPlot. Measures
 * first views right after a trigger start, once with the history warmer off (its cache is empty:
 * InfluxDB is read in full while the page waits) and once with it on (`web.warmHistoryDays`: the
 * trigger read the history when it started, from the benchmark's last run.published), repeat
 * views (nothing new: the cache answers) and views right after a new run's points were written
 * (the trigger reads only the points newer than those it holds), and prints, per view, when the
 * charts were drawn (ms after navigation start, from the page's own performance timeline), when the
 * page asked for the history and how long the answer took, and how long one hover took to update
 * the readout.
 */
const SERIES = Number(process.argv[2] ?? 50);
const POINTS = Number(process.argv[3] ?? 1000);
const REPETITIONS = 5;
/** Time a started trigger is given to warm the history before the page opens: a full read takes about 1 s here. */
const WARM_UP_MS = 5_000;
const START_MS = Date.UTC(2026, 0, 1);
const say = (message: string) => console.log(`bench:web  ${message}`);

async function main() {
  await buildWeb();
  const [nats, influxd] = await Promise.all([startNats(), startInfluxd()]);
  const log = createLogger('bench-web', 'warn');
  const config = parseConfig({
    nats: { servers: [nats.url] },
    http: { port: 0, apiKeys: [{ id: 'bench', key: 'bench-key-0123456789' }], rateLimit: { max: 10_000 } },
    influx: { url: influxd.url, database: 'benchline' },
    schedules: [],
    web: { public: true },
  });
  const context = await openContext(config, 'bench-web', log);
  const unwarmed = { ...context, config: { ...config, web: { ...config.web, warmHistoryDays: 0 } } };
  let trigger = await startTrigger(context);
  const browser = await chromium.launch({
    executablePath: process.env.BENCHLINE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    await fetch(`${influxd.url}/query`, {
      method: 'POST',
      body: new URLSearchParams({ q: 'CREATE DATABASE benchline' }),
    });
    const influx = new InfluxClient({ ...config.influx, logger: log });
    const points: Point[] = [];
    for (let run = 0; run < POINTS; run++) points.push(...runPoints(run));
    await influx.write(points);
    // What the warmer finds at start: the benchmark's last run, as the publisher announces it.
    const lastRun = proto.RunPublished.create({
      request: { runId: `run-${POINTS - 1}`, suite: 'perf', minion: 'local' },
      publication: { benchmarks: [{ name: 'many', points: SERIES }], points: SERIES },
    }) as EventOf<'published'>['message'];
    await publishEvent(context.js, { stage: 'published', message: lastRun });
    say(`${SERIES} series × ${POINTS} points written (${points.length} points); trigger ${trigger.url}`);

    const view = async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${trigger.url}/#/history?suite=perf&benchmark=many&minion=local`);
      const measured = await measure(page);
      await page.close();
      return measured;
    };
    await view(); // warms InfluxDB, the trigger and Chromium up
    const phases: [string, Measured[]][] = [
      ['cold first view (warmer off)', []],
      ['first view after a start, warmed', []],
      ['repeat view', []],
      ['after a new run', []],
    ];
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      await trigger.stop();
      trigger = await startTrigger(unwarmed); // an empty cache: the trigger reads InfluxDB in full
      phases[0]![1].push(await view());
      await trigger.stop();
      trigger = await startTrigger(context);
      await sleep(WARM_UP_MS); // the warmer reads the history the last run.published names
      phases[1]![1].push(await view());
    }
    for (let repetition = 0; repetition < REPETITIONS; repetition++) phases[2]![1].push(await view());
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      await influx.write(runPoints(POINTS + repetition)); // as a publish would: the cache no longer holds every point
      phases[3]![1].push(await view());
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    for (const [phase, results] of phases) {
      for (const [index, result] of results.entries())
        say(
          `${phase} #${index + 1}: charts drawn ${ms(result.drawnMs)} after navigation start (API asked at ${ms(result.apiStartMs)}, answered in ${ms(result.apiMs)}; page after the answer ${ms(pageMs(result))}), hover answered in ${result.hoverMs.toFixed(1)} ms`,
        );
      say(
        `${phase}, median: interactive ${ms(median(results.map((result) => result.drawnMs + result.hoverMs)))} (drawn ${ms(median(results.map((result) => result.drawnMs)))}: API asked at ${ms(median(results.map((result) => result.apiStartMs)))}, answered in ${ms(median(results.map((result) => result.apiMs)))}, page after it ${ms(median(results.map(pageMs)))}; hover ${median(results.map((result) => result.hoverMs)).toFixed(1)} ms); budget 1000 ms`,
      );
    }
  } finally {
    await browser.close();
    await trigger.stop();
    await context.nc.close();
    await Promise.all([influxd.close(), nats.close()]);
  }
}

const SAMPLES = Array.from({ length: 10 }, (_, index) => index);

/**
 * One run's points of every series, as the publisher writes them: a level shift half-way, and a
 * kernel upgrade of the minion at 70 % of the runs (the environment change the charts mark).
 */
function runPoints(run: number): Point[] {
  return benchmarkPoints({
    runId: `run-${run}`,
    suite: 'perf',
    benchmark: 'many',
    minion: 'local',
    ref: 'main',
    commit: run.toString(16).padStart(40, '0'),
    order: { position: run + 1, onDefaultBranch: true },
    host: { cpuModel: 'Bench CPU', cores: 2, kernel: run >= POINTS * 0.7 ? '6.8.0' : '6.1.0', os: 'Debian 12' },
    cid: 'Qm',
    requestedAtMs: START_MS + run * 60_000,
    runParameters: {},
    results: Array.from({ length: SERIES }, (_, series) => ({
      benchmark: `case-${String(series).padStart(2, '0')}`,
      params: {},
      metric: 'time',
      unit: series % 2 ? 'ms' : 'ns',
      value: 100 + series * 3 + (run >= POINTS / 2 ? 8 : 0) + Math.sin(run * 0.7 + series) * 2,
      stddev: 1.5,
      samples: SAMPLES,
    })),
  });
}

interface Measured {
  drawnMs: number;
  hoverMs: number;
  /** When the page asked for /series/history, and how long the answer took (Resource Timing). */
  apiStartMs: number;
  apiMs: number;
}

/** Parse, alignment and drawing: from the end of the API's answer to the second chart. */
const pageMs = (result: Measured) => result.drawnMs - result.apiStartMs - result.apiMs;

/** Waits for the charts, then hovers once; every figure comes from the page's own clock. */
async function measure(page: Page): Promise<Measured> {
  await waitUntil(page, 'performance.getEntriesByName("benchline:chart-drawn").length >= 2');
  const box = (await page.locator('.chart .u-over').first().boundingBox())!;
  await page.evaluate(`(() => {
    const readout = document.querySelector('.readout');
    window.__hover = {};
    document.querySelector('.chart .u-over').addEventListener('mousemove', () => { window.__hover.event ??= performance.now(); }, { capture: true });
    new MutationObserver(() => { window.__hover.updated ??= performance.now(); }).observe(readout, { childList: true, characterData: true, subtree: true });
  })()`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await waitUntil(page, 'window.__hover.updated !== undefined');
  return page.evaluate(`(() => {
    const marks = performance.getEntriesByName('benchline:chart-drawn');
    const api = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/series/history'));
    return { drawnMs: marks[marks.length - 1].startTime, hoverMs: window.__hover.updated - window.__hover.event, apiStartMs: api ? api.startTime : NaN, apiMs: api ? api.responseEnd - api.startTime : NaN };
  })()`);
}

/** page.waitForFunction evaluates with eval, which the page's CSP forbids; page.evaluate goes through the debugger protocol. */
async function waitUntil(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
