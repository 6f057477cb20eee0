import { createLogger, openContext, parseConfig } from '@benchline/core';
import { InfluxClient, RESULTS_MEASUREMENT, type Point } from '@benchline/influx';
import { startInfluxd, startNats } from '@benchline/servers';
import { startTrigger } from '@benchline/trigger';
import { buildWeb } from '@benchline/web';
import { chromium, type Page } from 'playwright-core';

/**
 * `node --import tsx bench/web.ts [series] [points]`: how soon the history page of a benchmark
 * with 50 series × 1,000 points (by default) is interactive, measured in Chromium. Real InfluxDB
 * and a real trigger (web.public, so no key step): the page fetches /series/history, which
 * reads the points from InfluxDB, and draws them with uPlot. Prints, per repetition, when the
 * charts were drawn (ms after navigation start, from the page's own performance timeline) and
 * how long one hover took to update the readout (from the mousemove event to the text change).
 */
const SERIES = Number(process.argv[2] ?? 50);
const POINTS = Number(process.argv[3] ?? 1000);
const REPETITIONS = 5;
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
  const trigger = await startTrigger(context);
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
    const start = Date.UTC(2026, 0, 1);
    const points: Point[] = [];
    for (let run = 0; run < POINTS; run++) {
      const commit = run.toString(16).padStart(40, '0');
      for (let series = 0; series < SERIES; series++) {
        const level = 100 + series * 3 + (run >= POINTS / 2 ? 8 : 0);
        points.push({
          measurement: RESULTS_MEASUREMENT,
          tags: {
            suite: 'perf',
            benchmark: 'many',
            case: `case-${String(series).padStart(2, '0')}`,
            metric: 'time',
            unit: series % 2 ? 'ms' : 'ns',
            minion: 'local',
            ref: 'main',
          },
          fields: {
            value: level + Math.sin(run * 0.7 + series) * 2,
            stddev: 1.5,
            samples: 10,
            run_id: `run-${run}`,
            commit,
            cid: 'Qm',
            commit_position: BigInt(run),
            on_default_branch: true,
          },
          timestamp: BigInt(start + run * 60_000) * 1_000_000n + BigInt(series),
        });
      }
    }
    await influx.write(points);
    say(`${SERIES} series × ${POINTS} points written (${points.length} points); trigger ${trigger.url}`);

    const url = `${trigger.url}/#/history?suite=perf&benchmark=many&minion=local`;
    const results: { drawnMs: number; hoverMs: number; apiMs: number }[] = [];
    for (let repetition = 0; repetition < REPETITIONS + 1; repetition++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(url);
      const measured = await measure(page);
      if (repetition > 0) results.push(measured); // the first warms InfluxDB's and the trigger's caches
      await page.close();
    }
    for (const [index, result] of results.entries())
      say(
        `#${index + 1}: charts drawn ${result.drawnMs.toFixed(0)} ms after navigation start (API answer ${result.apiMs.toFixed(0)} ms), hover answered in ${result.hoverMs.toFixed(1)} ms`,
      );
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    say(
      `median: interactive ${median(results.map((result) => result.drawnMs + result.hoverMs)).toFixed(0)} ms (drawn ${median(results.map((result) => result.drawnMs)).toFixed(0)} ms + hover ${median(results.map((result) => result.hoverMs)).toFixed(1)} ms); budget 1000 ms`,
    );
  } finally {
    await browser.close();
    await trigger.stop();
    await context.nc.close();
    await Promise.all([influxd.close(), nats.close()]);
  }
}

/** Waits for the charts, then hovers once; every figure comes from the page's own clock. */
async function measure(page: Page): Promise<{ drawnMs: number; hoverMs: number; apiMs: number }> {
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
    return { drawnMs: marks[marks.length - 1].startTime, hoverMs: window.__hover.updated - window.__hover.event, apiMs: api ? api.responseEnd - api.startTime : NaN };
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
