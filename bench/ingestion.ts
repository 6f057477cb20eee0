import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir, startInfluxd } from '@benchline/servers';
import { parseConfig } from '@benchline/core';
import { toLineProtocol } from '@benchline/influx';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { megabytes, ms, perSecond, table, times, verdict } from './lib/format.ts';
import { parsedResults, pointsOf } from './lib/publication.ts';
import { benchlineResults, HUNDRED_THOUSAND, measurementCount } from './lib/results-file.ts';
import { median } from './lib/stats.ts';

const run = promisify(execFile);
const TARGET_RATIO = 0.7;
const TARGET_PEAK_RSS_MB = 300;
/** The publisher's default batch size: what an unconfigured deployment sends per request. */
const BATCH_SIZE = parseConfig({}).influx.batchSize;

interface PublisherRound {
  points: number;
  elapsedMs: number;
  peakRssKb: number;
  baselineKb: number;
  stepsMs: { parse: number; write: number };
}

/** Pre-built line protocol straight to /write, batch by batch, as fast as the client can send it. */
async function postRaw(url: string, database: string, lines: readonly string[]): Promise<number> {
  const target = `${url}/write?${new URLSearchParams({ db: database, precision: 'ns' })}`;
  const started = performance.now();
  for (let start = 0; start < lines.length; start += BATCH_SIZE) {
    const response = await fetch(target, {
      method: 'POST',
      body: lines.slice(start, start + BATCH_SIZE).join('\n'),
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    if (response.status !== 204) throw new Error(`raw write refused: ${response.status} ${await response.text()}`);
  }
  return performance.now() - started;
}

async function createDatabase(url: string, database: string): Promise<void> {
  const response = await fetch(`${url}/query`, {
    method: 'POST',
    body: new URLSearchParams({ q: `CREATE DATABASE "${database}"` }),
  });
  if (!response.ok) throw new Error(`CREATE DATABASE ${database}: ${response.status}`);
}

/**
 * 2. Ingestion throughput: 100 000 measurements through the publisher's code path (in a child
 * process, for its peak RSS) against the same points as pre-built line protocol, same influxd,
 * same batch size; alternating rounds, each into fresh databases.
 */
export async function ingestion(argv: string[]): Promise<Figures> {
  const { runs: rounds } = benchArgs(argv, 3);
  const say = (message: string) => console.log(`[ingestion] ${message}`);
  const dir = await makeTempDir('bench-ingestion');
  const influxd = await startInfluxd({ dir: join(dir.path, 'influxdb') });
  try {
    const file = join(dir.path, 'results.json');
    const text = benchlineResults(HUNDRED_THOUSAND);
    await writeFile(file, text);
    const count = measurementCount(HUNDRED_THOUSAND);
    say(
      `results file: ${count.toLocaleString('en')} measurements, ${(text.length / 1024 / 1024).toFixed(1)} MB; batch size ${BATCH_SIZE}; ${rounds} round(s)`,
    );
    const results = parsedResults(Buffer.from(text));
    const serializing = performance.now();
    const lines = pointsOf(results, 'bench-ingestion').map(toLineProtocol);
    const serializeMs = performance.now() - serializing;

    const raw: number[] = [];
    const publisher: PublisherRound[] = [];
    for (let round = 1; round <= rounds; round++) {
      await createDatabase(influxd.url, `raw_${round}`);
      raw.push(await postRaw(influxd.url, `raw_${round}`, lines));
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          new URL('./ingestion-publisher.ts', import.meta.url).pathname,
          '--file',
          file,
          '--url',
          influxd.url,
          '--database',
          `publisher_${round}`,
          '--batch-size',
          String(BATCH_SIZE),
        ],
        { maxBuffer: 1024 * 1024 },
      );
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as PublisherRound;
      if (result.points !== count) throw new Error(`the publisher wrote ${result.points} points, expected ${count}`);
      publisher.push(result);
      say(`round ${round}: raw ${ms(raw.at(-1)!)}, publisher ${ms(result.elapsedMs)}`);
    }
    const [stored] = await influxd.query(`publisher_${rounds}`, 'SELECT count(value) FROM benchmark_result');
    const storedCount = Number(stored?.values[0]?.[1]);
    if (storedCount !== count)
      throw new Error(`InfluxDB holds ${storedCount} points after the publisher's write, expected ${count}`);

    const rawRate = count / (median(raw) / 1000);
    const publisherRate = count / (median(publisher.map((round) => round.elapsedMs)) / 1000);
    const rateRatio = publisherRate / rawRate;
    const peakKb = Math.max(...publisher.map((round) => round.peakRssKb));
    const baselineKb = Math.max(...publisher.map((round) => round.baselineKb));
    console.log(
      `\nIngestion: ${count.toLocaleString('en')} measurements, batches of ${BATCH_SIZE}, median of ${rounds} round(s)`,
    );
    console.log(
      table([
        ['raw line protocol → /write', perSecond(rawRate)],
        ['publisher (parse → writePublications)', perSecond(publisherRate)],
        ['ratio', `${times(rateRatio)}  ${verdict(rateRatio >= TARGET_RATIO, `≥ ${TARGET_RATIO}×`)}`],
        [
          'publisher peak RSS (VmHWM)',
          `${megabytes(peakKb)} (${megabytes(baselineKb)} before parsing)  ${verdict(peakKb / 1024 < TARGET_PEAK_RSS_MB, `< ${TARGET_PEAK_RSS_MB} MB`)}`,
        ],
      ]),
    );
    const step = (name: keyof PublisherRound['stepsMs']) => ms(median(publisher.map((round) => round.stepsMs[name])));
    console.log('\nThe publisher path’s parts (median):');
    console.log(
      table([
        ['parse (JSON + schema validation)', step('parse')],
        ['writePublications (check, then points → lines → POST batch by batch)', step('write')],
        ['  results → points → lines, timed alone', ms(serializeMs)],
        ['raw POSTs of the same lines', ms(median(raw))],
      ]),
    );
    return {
      benchmark: 'ingestion (100 000 measurements)',
      rows: [
        { label: 'raw line protocol', value: perSecond(rawRate) },
        { label: 'publisher path', value: perSecond(publisherRate) },
        { label: 'ratio', value: times(rateRatio) },
        { label: 'publisher peak RSS', value: megabytes(peakKb) },
      ],
      targets: [
        { what: `ingestion ≥ ${TARGET_RATIO}× raw line protocol`, met: rateRatio >= TARGET_RATIO },
        { what: `publisher peak RSS < ${TARGET_PEAK_RSS_MB} MB`, met: peakKb / 1024 < TARGET_PEAK_RSS_MB },
      ],
    };
  } finally {
    await influxd.close();
    await dir.remove();
  }
}

runAsScript(import.meta.url, ingestion);
