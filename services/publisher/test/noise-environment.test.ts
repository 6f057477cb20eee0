import { jetstreamManager } from '@nats-io/jetstream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BenchmarkStatus,
  CHANGES_STREAM,
  openContext,
  parseConfig,
  proto,
  publishEvent,
  storeArtifact,
  TriggerSource,
  type RunExecuted,
  type RunRequest,
  type ServiceContext,
} from '@benchline/core';
import { makeTempDir, startInfluxd, startNats, type Influxd, type NatsServer } from '@benchline/servers';
import { startPublisher } from '../src/publisher.ts';
import { publishedEvent } from './published-event.ts';

const log = pino({ level: 'silent' });
const DB = 'benchline_noise';
const RESULTS = JSON.stringify({ benchmarks: [{ name: 'loop', unit: 'ms', value: 10 }] });
const START_MS = Date.parse('2026-03-01T00:00:00.000Z');

/** The publisher on real servers, fed hand-built run.executed events of one minion, one a minute. */
describe('publisher: the noise canary and environment changes of a minion', () => {
  let nats: NatsServer;
  let influxd: Influxd;
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let context: ServiceContext;
  let publisher: Awaited<ReturnType<typeof startPublisher>>;
  let runs = 0;

  const publishRun = async (options: { canarySeconds?: number; node?: string; repetitions?: number[] }) => {
    runs += 1;
    const runId = `noise-${runs}`;
    const request = proto.RunRequest.create({
      runId,
      suite: 'loops',
      ref: 'main',
      minion: 'm1',
      source: TriggerSource.TRIGGER_SOURCE_HTTP,
      requestedAt: new Date(START_MS + runs * 60_000).toISOString(),
    }) as RunRequest;
    const values = options.repetitions ?? [];
    const benchmarks = [];
    for (const [index, value] of (values.length > 0 ? values : [10]).entries()) {
      const repetition = values.length > 0 ? index + 1 : 0;
      const path = repetition ? `loop/repetition-${repetition}/results` : 'loop/results';
      const content = JSON.stringify({ benchmarks: [{ name: 'loop', unit: 'ms', value }] });
      benchmarks.push(
        proto.BenchmarkExecution.create({
          name: 'loop',
          status: BenchmarkStatus.BENCHMARK_STATUS_OK,
          format: 'benchline',
          repetition,
          results: await storeArtifact(context.buckets.artifacts, runId, path, values.length > 0 ? content : RESULTS),
        }),
      );
    }
    const provisioning = proto.Provisioning.create({
      commit: 'c0ffee',
      host: {
        cpuModel: 'Xeon',
        cores: 2,
        kernel: '6.1.0',
        os: 'Debian 12',
        hostname: 'b1',
        packages: { 'bin:node': options.node ?? 'v20.11.0' },
      },
    });
    const execution = proto.Execution.create({
      benchmarks,
      ...(options.canarySeconds !== undefined && {
        canary: { seconds: options.canarySeconds, roundSeconds: [options.canarySeconds], version: '1' },
      }),
    });
    const message = proto.RunExecuted.create({ request, provisioning, execution }) as RunExecuted & {
      request: RunRequest;
    };
    await publishEvent(context.js, { stage: 'executed', message });
    return { runId, publication: (await publishedEvent(context.jsm, runId)).publication! };
  };
  const rows = async (query: string) => {
    const [series] = await influxd.query(DB, query);
    return (series?.values ?? []).map((row) =>
      Object.fromEntries(series!.columns.map((column, index) => [column, row[index]])),
    );
  };

  beforeAll(async () => {
    [nats, influxd, dir] = await Promise.all([startNats(), startInfluxd(), makeTempDir('publisher-noise')]);
    const config = parseConfig({
      dataDir: dir.path,
      nats: { servers: [nats.url] },
      influx: { url: influxd.url, database: DB },
      noise: { judgement: { minHistory: 5 } },
    });
    context = await openContext(config, 'publisher-noise-test', log);
    publisher = await startPublisher(context);
  }, 60_000);
  afterAll(async () => {
    await publisher?.stop();
    await context?.nc.close();
    await Promise.all([nats?.close(), influxd?.close()]);
    await dir?.remove();
  });

  it('judges nothing before the minion has minHistory canaries, then marks only an out-of-line run noisy', async () => {
    const early = [];
    for (const seconds of [0.5, 0.52, 0.49, 0.51, 0.5]) early.push(await publishRun({ canarySeconds: seconds }));
    expect(early.map(({ publication }) => publication.noise?.noisy)).toEqual([false, false, false, false, false]);
    expect(early.at(-1)!.publication.noise?.reason).toMatch(/4 earlier canaries, 5 are needed/);

    const quiet = await publishRun({ canarySeconds: 0.6 });
    expect(quiet.publication.noise).toMatchObject({ noisy: false, historyCanaries: 5, historyMedian: 0.5 });
    const noisy = await publishRun({ canarySeconds: 1.6 });
    expect(noisy.publication.noise).toMatchObject({ noisy: true, canarySeconds: 1.6 });
    expect(noisy.publication.noise?.reason).toMatch(/^noisy: canary 1.600 s/);

    expect(await rows(`SELECT "noisy" FROM benchmark_result WHERE run_id = '${noisy.runId}'`)).toMatchObject([
      { noisy: true },
    ]);
    expect(await rows(`SELECT "value", "noisy" FROM benchmark_result WHERE run_id = '${quiet.runId}'`)).toMatchObject([
      { noisy: null },
    ]);
    const canaries = await rows(
      `SELECT "seconds", "noisy", "run_id" FROM benchline_canary WHERE "minion" = 'm1' AND "version" = '1'`,
    );
    expect(canaries.map((row) => [row.run_id, row.seconds, row.noisy])).toEqual([
      ...early.map(({ runId }, index) => [runId, [0.5, 0.52, 0.49, 0.51, 0.5][index], false]),
      [quiet.runId, 0.6, false],
      [noisy.runId, 1.6, true],
    ]);
  });

  it('never judges a run without a canary', async () => {
    const { publication } = await publishRun({});
    expect(publication.noise).toBeNull();
  });

  it('records exactly one environment change where a runtime version changed, and announces it once', async () => {
    await publishRun({ canarySeconds: 0.5 });
    const changed = await publishRun({ canarySeconds: 0.5, node: 'v22.1.0' });
    const after = await publishRun({ canarySeconds: 0.5, node: 'v22.1.0' });
    expect(changed.publication.environmentChange).toMatchObject({ changed: ['bin:node'] });
    expect(changed.publication.environmentChange?.previousRunId).toBe(`noise-${runs - 2}`);
    expect(after.publication.environmentChange).toBeNull();

    const recorded = await rows(`SELECT * FROM benchline_environment_change WHERE "minion" = 'm1'`);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      run_id: changed.runId,
      changed: '["bin:node"]',
      change_id: changed.publication.environmentChange!.id,
    });
    expect(JSON.parse(recorded[0]!.after as string)).toMatchObject({ 'bin:node': 'v22.1.0' });

    const jsm = await jetstreamManager(context.nc);
    const event = await jsm.streams.getMessage(CHANGES_STREAM, { last_by_subj: 'environment.changed.m1' });
    expect(event?.json()).toMatchObject({
      id: changed.publication.environmentChange!.id,
      runId: changed.runId,
      changed: ['bin:node'],
    });
    expect((await jsm.streams.info(CHANGES_STREAM, { subjects_filter: 'environment.>' })).state.subjects).toEqual({
      'environment.changed.m1': 1,
    });
  });

  it("turns a benchmark's repetitions into one point whose samples are the repetitions' values", async () => {
    const { runId, publication } = await publishRun({ repetitions: [10, 12, 14] });
    expect(publication.benchmarks).toMatchObject([{ name: 'loop', points: 1 }]);
    expect(
      await rows(
        `SELECT "value", "stddev", "samples", "sample_values" FROM benchmark_result WHERE run_id = '${runId}'`,
      ),
    ).toMatchObject([{ value: 12, stddev: 2, samples: 3, sample_values: '10,12,14' }]);
  });
});
