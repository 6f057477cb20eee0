import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { stringify } from 'yaml';
import {
  eventSubject,
  proto,
  publishEvent,
  RUNS_STREAM,
  TriggerSource,
  type RunPublished,
  type RunRequest,
} from '@benchline/core';
import { InfluxClient, RESULTS_MEASUREMENT, type Point } from '@benchline/influx';
import { makeTempDir, startInfluxd, startNats, startProcess, until } from '@benchline/servers';
import { pino } from 'pino';
import { benchArgs, runAsScript, type Figures } from './lib/cli.ts';
import { megabytes, ms, table, verdict } from './lib/format.ts';

const SERIES = 1_000;
const HISTORY = 500;
const TARGET_MS = 5_000;
const TARGET_PEAK_RSS_MB = 300;
const SUITE = 'scale';
const BENCHMARK = 'many';
const REPO_ROOT = new URL('../', import.meta.url).pathname;

/** One point of series `series` at commit position `position` (1-based), with a little noise. */
function point(series: number, position: number, runId: string): Point {
  const level = 100 + series;
  const noise = Math.sin(series * 7919 + position * 104729) * 0.5;
  return {
    measurement: RESULTS_MEASUREMENT,
    tags: {
      suite: SUITE,
      benchmark: BENCHMARK,
      case: `case-${series}`,
      metric: 'latency',
      unit: 'ms',
      minion: 'local',
      ref: 'main',
    },
    fields: {
      value: level + noise,
      run_id: runId,
      commit: position.toString(16).padStart(40, '0'),
      cid: 'bafy',
      commit_position: BigInt(position),
      on_default_branch: true,
    },
    timestamp: BigInt(position) * 60_000_000_000n + BigInt(series),
  };
}

function* history(): Generator<Point> {
  for (let position = 1; position <= HISTORY + 1; position++) {
    for (let series = 0; series < SERIES; series++) yield point(series, position, `run-${position}`);
  }
}

/** Peak resident set of a process, from /proc (kB). */
async function peakRssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * The analyzer's cost at scale: a run that wrote 1,000 series, each with 500 earlier points on the
 * default branch in InfluxDB. Measures the time from `run.published` stored to `run.analyzed`
 * stored, and the analyzer process's peak RSS.
 */
async function main(argv: string[]): Promise<Figures> {
  benchArgs(argv, 1);
  const dir = await makeTempDir('bench-analysis');
  const [nats, influxd] = await Promise.all([
    startNats({ dir: join(dir.path, 'nats') }),
    startInfluxd({ dir: join(dir.path, 'influxdb') }),
  ]);
  try {
    const influx = new InfluxClient({
      url: influxd.url,
      apiVersion: 'v1',
      database: 'benchline',
      batchSize: 5_000,
      logger: pino({ level: 'silent' }),
    });
    await influx.ensureDatabase();
    const writeStarted = performance.now();
    const written = await influx.write(history());
    console.log(`wrote ${written.toLocaleString('en')} points of history in ${ms(performance.now() - writeStarted)}`);

    const configPath = join(dir.path, 'benchline.yaml');
    await writeFile(
      configPath,
      stringify({
        dataDir: dir.path,
        nats: { servers: [nats.url] },
        influx: { url: influxd.url, database: 'benchline' },
      }),
    );
    const analyzer = startProcess(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'services/analyzer/src/main.ts'), configPath],
      { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'warn' } },
    );
    const nc = await connect({ servers: nats.url });
    try {
      const js = jetstream(nc);
      const jsm = await jetstreamManager(nc);
      await until(
        'the analyzer binds its consumer',
        async () => (await jsm.consumers.info(RUNS_STREAM, 'analyzer').catch(() => undefined)) ?? undefined,
        60_000,
      );
      const runId = `run-${HISTORY + 1}`;
      const request = {
        runId,
        suite: SUITE,
        ref: 'main',
        minion: 'local',
        source: TriggerSource.TRIGGER_SOURCE_HTTP,
        requestedAt: new Date().toISOString(),
      };
      const message = proto.RunPublished.create({
        request,
        provisioning: {
          commit: (HISTORY + 1).toString(16).padStart(40, '0'),
          order: { position: HISTORY + 1, onDefaultBranch: true, defaultBranch: 'main' },
        },
        publication: {
          cid: 'bafy',
          points: SERIES,
          benchmarks: [{ name: BENCHMARK, points: SERIES, format: 'benchline' }],
        },
      }) as RunPublished & { request: RunRequest };
      const idleRssKb = await peakRssKb(analyzer.child.pid!);
      const started = performance.now();
      await publishEvent(js, { stage: 'published', message });
      const analyzed = await until(
        'run.analyzed',
        async () =>
          (await jsm.streams.getMessage(RUNS_STREAM, { last_by_subj: eventSubject('analyzed', 'local', runId) })) ??
          undefined,
        120_000,
        20,
      );
      const elapsedMs = performance.now() - started;
      const verdicts = proto.RunAnalyzed.decode(analyzed.data).analysis?.verdicts?.length ?? 0;
      const peakKb = await peakRssKb(analyzer.child.pid!);
      console.log(`\nAnalyzer at scale: ${SERIES} series × ${HISTORY} points of history, ${verdicts} verdicts`);
      console.log(
        table([
          ['run.published → run.analyzed', ms(elapsedMs)],
          ['analyzer peak RSS', `${megabytes(peakKb)} (idle before: ${megabytes(idleRssKb)})`],
        ]),
      );
      const inTime = elapsedMs < TARGET_MS && verdicts === SERIES;
      const lean = peakKb / 1024 < TARGET_PEAK_RSS_MB;
      console.log(
        `  ${verdict(inTime, `< ${TARGET_MS / 1000} s for ${SERIES} verdicts`)}; peak RSS ${verdict(lean, `< ${TARGET_PEAK_RSS_MB} MB`)}`,
      );
      return {
        benchmark: `Analyzer: ${SERIES} series × ${HISTORY} points`,
        rows: [
          { label: 'published → analyzed', value: ms(elapsedMs) },
          { label: 'peak RSS', value: megabytes(peakKb) },
        ],
        targets: [
          { what: `${SERIES} verdicts within ${TARGET_MS / 1000} s`, met: inTime },
          { what: `peak RSS < ${TARGET_PEAK_RSS_MB} MB`, met: lean },
        ],
      };
    } finally {
      await nc.close();
      await analyzer.stop(10_000);
    }
  } finally {
    await Promise.all([nats.close(), influxd.close()]);
    await dir.remove();
  }
}

runAsScript(import.meta.url, main);
