import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { writePublications } from '@benchline/publisher/internal';
import { InfluxClient } from '@benchline/influx';
import { peakRssKb } from './lib/peak-memory.ts';
import { benchPublication, parsedResults } from './lib/publication.ts';

/**
 * Child process of ingestion.ts: the publisher's code path alone (parse → check → points built,
 * serialized and written batch by batch), so its peak RSS is its own. Prints one JSON line with the figures.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    url: { type: 'string' },
    database: { type: 'string' },
    'batch-size': { type: 'string' },
  },
});
if (!values.file || !values.url || !values.database || !values['batch-size'])
  throw new Error('usage: ingestion-publisher.ts --file F --url U --database D --batch-size N');
const writer = new InfluxClient({
  url: values.url,
  apiVersion: 'v1',
  database: values.database,
  batchSize: Number(values['batch-size']),
  logger: pino({ level: 'warn' }),
});
await writer.ensureDatabase();
const bytes = await readFile(values.file);
const baselineKb = await peakRssKb(process.pid);
const started = performance.now();
const results = parsedResults(bytes);
const parsed = performance.now();
const written = await writePublications(writer, [benchPublication(results, 'bench-ingestion')]);
const done = performance.now();
const stepsMs = { parse: parsed - started, write: done - parsed };
console.log(
  JSON.stringify({
    points: written,
    elapsedMs: done - started,
    stepsMs,
    peakRssKb: await peakRssKb(process.pid),
    baselineKb,
  }),
);
