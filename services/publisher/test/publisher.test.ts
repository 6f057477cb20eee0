import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BenchmarkStatus,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  RUNS_STREAM,
  storeArtifact,
  TriggerSource,
  type RunExecuted,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { makeTempDir, startInfluxd, startNats, until, type Influxd, type NatsServer } from '@benchline/servers';
import { startPublisher } from '../src/publisher.ts';
import { publishedEvent } from './published-event.ts';

const log = pino({ level: 'silent' });
const DB = 'benchline_test';
const goodResults = JSON.stringify({
  benchmarks: [
    { name: 'add', params: { size: '1KB' }, unit: 'ms', value: 1.5, stddev: 0.25, samples: [1.25, 1.5, 1.75] },
    { name: 'add', params: { size: '1MB' }, unit: 'ms', value: 12.5, min: 11, max: 14 },
  ],
});
const corruptResults = '{"benchmarks": [{"name": "fetch", "unit": "ms", "value": "fast"}]}';

describe('publisher', () => {
  let nats: NatsServer;
  let influxd: Influxd;
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let context: ServiceContext;
  let publisher: Awaited<ReturnType<typeof startPublisher>>;

  const executed = async (
    runId: string,
    files: Record<string, string>,
  ): Promise<RunExecuted & { request: RunRequest }> => {
    const request = proto.RunRequest.create({
      runId,
      suite: 'ipfs',
      ref: 'main',
      minion: 'm1',
      source: TriggerSource.TRIGGER_SOURCE_HTTP,
      requestedAt: '2026-11-25T10:00:00.000Z',
      parameters: { iterations: '3' },
    }) as RunRequest;
    const benchmarks = [];
    for (const [name, content] of Object.entries(files)) {
      benchmarks.push(
        proto.BenchmarkExecution.create({
          name,
          status: BenchmarkStatus.BENCHMARK_STATUS_OK,
          format: 'benchline',
          results: await storeArtifact(context.buckets.artifacts, runId, `${name}/results`, content),
          stdout: await storeArtifact(context.buckets.artifacts, runId, `${name}/stdout.log`, `${name} ran\n`),
        }),
      );
    }
    const provisioning = proto.Provisioning.create({
      commit: 'c0ffee',
      host: { cpuModel: 'Xeon', cores: 8, kernel: '6.1.0', memoryMb: 16_000, os: 'Debian 12', hostname: 'b1' },
      ansibleLog: await storeArtifact(context.buckets.artifacts, runId, 'ansible.log', 'PLAY RECAP\n'),
    });
    return proto.RunExecuted.create({ request, provisioning, execution: { benchmarks } }) as RunExecuted & {
      request: RunRequest;
    };
  };
  const points = async (runId: string) => {
    const series = await influxd.query(DB, `SELECT * FROM benchmark_result WHERE run_id = '${runId}'`);
    const [first] = series;
    return first
      ? first.values.map((row) => Object.fromEntries(first.columns.map((column, index) => [column, row[index]])))
      : [];
  };
  const gatewayFile = async (cid: string, path: string) => {
    const response = await fetch(`${publisher.gatewayUrl}/ipfs/${cid}/${path}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer()).toString();
  };

  beforeAll(async () => {
    [nats, influxd, dir] = await Promise.all([startNats(), startInfluxd(), makeTempDir('publisher')]);
    const config = parseConfig({
      dataDir: dir.path,
      nats: { servers: [nats.url] },
      influx: { url: influxd.url, database: DB, batchSize: 1 },
      ipfs: { gatewayPort: 0 },
    });
    context = await openContext(config, 'publisher-test', log);
    publisher = await startPublisher(context);
  });
  afterAll(async () => {
    await publisher?.stop();
    await context?.nc.close();
    await Promise.all([nats?.close(), influxd?.close()]);
    await dir?.remove();
  });

  it('writes each result with run id, commit and CID, and archives byte-identical files', async () => {
    const message = await executed('run-1', { add: goodResults });
    await publishEvent(context.js, { stage: 'executed', message });
    const published = await publishedEvent(context.jsm, 'run-1');
    const cid = published.publication?.cid ?? '';
    expect(published.publication?.points).toBe(2);

    const rows = await points('run-1');
    expect(rows.map((row) => [row.case, row.param_size, row.value, row.commit, row.cid, row.param_iterations])).toEqual(
      [
        ['add', '1KB', 1.5, 'c0ffee', cid, '3'],
        ['add', '1MB', 12.5, 'c0ffee', cid, '3'],
      ],
    );
    expect(rows[0]).toMatchObject({
      stddev: 0.25,
      samples: 3,
      suite: 'ipfs',
      benchmark: 'add',
      metric: 'latency',
      unit: 'ms',
      minion: 'm1',
      ref: 'main',
    });
    // The host facts as the manifest shows them (uint64 as a number, defaults filled in), and their hash.
    expect(JSON.parse(rows[0]!.host as string)).toEqual({
      cores: 8,
      cpuModel: 'Xeon',
      governor: '',
      hostname: 'b1',
      kernel: '6.1.0',
      memoryMb: 16_000,
      os: 'Debian 12',
    });
    expect(rows[0]!.env).toMatch(/^[0-9a-f]{12}$/);

    expect(await gatewayFile(cid, 'add/results')).toBe(goodResults);
    expect(await gatewayFile(cid, 'ansible.log')).toBe('PLAY RECAP\n');
    const manifest = JSON.parse(await gatewayFile(cid, 'manifest.json')) as {
      request: { runId: string };
      provisioning: { commit: string };
    };
    expect(manifest.request.runId).toBe('run-1');
    expect(manifest.provisioning.commit).toBe('c0ffee');
  });

  it('stores results under the CID that Debian’s ipfs_cid computes for the same bytes', async () => {
    const listing = (await (
      await fetch(`${publisher.gatewayUrl}/ipfs/${(await publishedEvent(context.jsm, 'run-1')).publication?.cid}/add`)
    ).json()) as { entries: { name: string; cid: string }[] };
    const file = join(dir.path, 'results-copy');
    await writeFile(file, goodResults);
    const { stdout } = await promisify(execFile)('ipfs_cid', [file]);
    const { CIDv0 } = JSON.parse(stdout.split('\n').find((line) => line.startsWith('{'))!) as { CIDv0: string };
    expect(listing.entries.find((entry) => entry.name === 'results')?.cid).toBe(CIDv0);
  });

  it('rewrites the same points when a run is published again', async () => {
    // As if the publisher died after writing but before its `run.published` was stored.
    await context.jsm.streams.purge(RUNS_STREAM, { filter: 'run.published.m1.run-1' });
    const { seq } = await context.js.publish(
      'run.executed.m1.run-1',
      proto.RunExecuted.encode(await executed('run-1', { add: goodResults })).finish(),
      { msgID: 'again' },
    );
    await until('the redelivery handled', async () =>
      (await context.jsm.consumers.info(RUNS_STREAM, 'publisher')).ack_floor.stream_seq >= seq ? true : undefined,
    );
    expect(await points('run-1')).toHaveLength(2);
  });

  it('fails only the benchmark whose results do not parse, keeping its raw bytes', async () => {
    const message = await executed('run-2', { add: goodResults, fetch: corruptResults });
    await publishEvent(context.js, { stage: 'executed', message });
    const publication = (await publishedEvent(context.jsm, 'run-2')).publication!;
    const fetchOutcome = publication.benchmarks?.find((benchmark) => benchmark.name === 'fetch');
    expect(fetchOutcome?.points).toBe(0);
    expect(fetchOutcome?.error).toMatch(/fetch\/results.*\$\.benchmarks\[0\]\.value/);
    expect(await gatewayFile(publication.cid ?? '', 'fetch/results')).toBe(corruptResults);
    expect(await points('run-2')).toHaveLength(2);
  });

  it('waits out an InfluxDB outage and writes every point once', async () => {
    await influxd.stop();
    await publishEvent(context.js, { stage: 'executed', message: await executed('run-3', { add: goodResults }) });
    await sleep(10_000);
    await influxd.start();
    const published = await publishedEvent(context.jsm, 'run-3');
    expect(published.publication?.points).toBe(2);
    expect(await points('run-3')).toHaveLength(2);
  }, 90_000);
});
