import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEvent,
  eventSubject,
  initTopology,
  NATS_USERS,
  openContext,
  parseConfig,
  renderNatsAuthorization,
  RUNS_STREAM,
  type BenchlineConfig,
  type ChangeRecord,
  type NatsUser,
  type ServiceContext,
} from '@benchline/core';
import { makeTempDir, startNats, type NatsServer, type ServerDir } from '@benchline/servers';
import { measureRun, StopWaiting } from '../src/runs.ts';

const quiet = pino({ level: 'silent' });
const change = {
  id: 'c0ffee',
  series: { suite: 'alpha', benchmark: 'add', case: 'add', metric: 'time', unit: 'ms', minion: 'm1', params: {} },
} as unknown as ChangeRecord;

/** The bisector's run port against a real nats-server with the production users: it runs as `bisector`. */
describe("the bisector's runs", () => {
  let dir: ServerDir;
  let nats: NatsServer;
  let config: BenchlineConfig;
  let bisector: ServiceContext;
  let admin: ServiceContext;

  beforeAll(async () => {
    dir = await makeTempDir('bisector-runs');
    const passwords = Object.fromEntries(
      NATS_USERS.map((user) => [user, randomBytes(18).toString('base64url')]),
    ) as Record<NatsUser, string>;
    const env = (user: NatsUser) => ({ BENCHLINE_NATS_USER: user, BENCHLINE_NATS_PASSWORD: passwords[user] });
    const authFile = join(dir.path, 'auth.conf');
    await writeFile(
      authFile,
      renderNatsAuthorization((user) => ({ literal: passwords[user] })),
      { mode: 0o600 },
    );
    nats = await startNats({ configFile: authFile });
    config = parseConfig({
      nats: { servers: [nats.url], manageTopology: false },
      schedules: [],
      suites: { alpha: { repo: '/srv/suites/alpha', benchmarks: [{ name: 'add', command: ['true'] }] } },
    });
    await initTopology(config, quiet, env('admin'));
    bisector = await openContext(config, 'bisector', quiet, env('bisector'));
    admin = await openContext(config, 'bisector-runs-test', quiet, env('admin'));
  });

  afterAll(async () => {
    await bisector?.nc.close();
    await admin?.nc.close();
    await nats?.stop();
    await dir?.remove();
  });

  it('cancels the run it waits for when its change is dismissed, so the run does not hold the minion for nothing', async () => {
    const run = { runId: 'bisect-c0ffee-1', commit: 'a'.repeat(40), role: 'mid' as const };
    let polls = 0;
    const waiting = measureRun(
      {
        ...bisector,
        influx: { query: async () => [] },
        config,
        timeoutMs: 60_000,
        pollMs: 50,
        shouldStop: async () => (++polls >= 3 ? 'the change was dismissed' : undefined),
      },
      change,
      run,
    );
    await expect(waiting).rejects.toBeInstanceOf(StopWaiting);

    const stored = await bisector.jsm.streams.getMessage(RUNS_STREAM, {
      last_by_subj: eventSubject('cancelled', 'm1', run.runId),
    });
    expect(stored).not.toBeNull();
    const { message } = decodeEvent('cancelled', stored!.data);
    expect(message).toMatchObject({ cancelledBy: 'bisector', reason: 'the change was dismissed' });
    expect(message.request).toMatchObject({ runId: run.runId, ref: run.commit, benchmarks: ['add'], minion: 'm1' });
  });

  it("does not take a noisy run's value as evidence: the run counts as failed, like git bisect skip", async () => {
    const measure = async (runId: string, noisy: boolean) => {
      // measureRun only asks whether the run has a run.published event, then reads InfluxDB.
      await admin.js.publish(eventSubject('published', 'm1', runId), new Uint8Array());
      const group = {
        tags: { case: 'add', metric: 'time', unit: 'ms' },
        columns: ['time', 'value', 'noisy'],
        values: [[0, 12.5, noisy]],
        rows: [{ time: 0, value: 12.5, noisy }],
      };
      return measureRun(
        { ...bisector, influx: { query: async () => [group] }, config, timeoutMs: 10_000, pollMs: 50 },
        change,
        { runId, commit: 'b'.repeat(40), role: 'mid' },
      );
    };
    expect(await measure('bisect-c0ffee-quiet', false)).toEqual({ value: 12.5 });
    expect(await measure('bisect-c0ffee-noisy', true)).toEqual({
      failed: { stage: 'noise', reason: 'the minion was noisy during the run: its value is no evidence' },
    });
  });
});
