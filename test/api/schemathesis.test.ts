import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRun, openContext, parseConfig, type ServiceContext } from '@benchline/core';
import { InfluxClient } from '@benchline/influx';
import { startInfluxd, startNats, until, type Influxd, type NatsServer } from '@benchline/servers';
import { startTrigger } from '@benchline/trigger';

const run = promisify(execFile);
const SCHEMATHESIS = fileURLToPath(new URL('../../.tools/schemathesis/bin/schemathesis', import.meta.url));
const CONFIG_FILE = fileURLToPath(new URL('./schemathesis.toml', import.meta.url));
const API_KEY = 'schemathesis-key-0123456789';
const log = pino({ level: 'silent' });

/** Cases per operation and phase: every documented status reached, the whole run about 15 s. */
const MAX_EXAMPLES = 25;

describe('the trigger against its own OpenAPI document (schemathesis)', () => {
  let nats: NatsServer;
  let influxd: Influxd;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  /** schemathesis's working dir: it keeps a cache of what it found in `.schemathesis/` there. */
  let workDir: string;
  const api = (path: string, body: unknown) =>
    fetch(`${trigger.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    [nats, influxd, workDir] = await Promise.all([
      startNats(),
      startInfluxd(),
      mkdtemp(join(tmpdir(), 'benchline-schemathesis-')),
    ]);
    const config = parseConfig({
      nats: { servers: [nats.url] },
      // Thousands of requests: the rate limit (test/security/http-limits.test.ts) would answer most of them.
      http: { host: '127.0.0.1', port: 0, apiKeys: [{ id: 'fuzzer', key: API_KEY }], rateLimit: { max: 1_000_000 } },
      influx: { url: influxd.url },
      suites: {
        demo: {
          repo: '/srv/demo.git',
          parameters: { size: { default: '1024', pattern: '[0-9]+' } },
          benchmarks: [{ name: 'noop', command: ['true'] }],
        },
      },
      minions: {
        m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
      },
      schedules: [],
    });
    await new InfluxClient({ ...config.influx, logger: log }).ensureDatabase();
    context = await openContext(config, 'schemathesis-trigger', log);
    trigger = await startTrigger(context);
  });

  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await Promise.all([nats?.close(), influxd?.close(), workDir && rm(workDir, { recursive: true, force: true })]);
  });

  it('answers every generated request without a 5xx, with a documented status and a body matching its schema', async () => {
    expect(existsSync(SCHEMATHESIS), 'schemathesis is not installed: run scripts/install-schemathesis.sh').toBe(true);
    expect(new URL(trigger.url).hostname).toBe('127.0.0.1');
    const { runId } = (await (await api('/runs', { suite: 'demo' })).json()) as { runId: string };
    expect((await api(`/runs/${runId}/cancel`, {})).status).toBe(202);
    await until('the run cancelled', async () =>
      (await getRun(context.buckets.runs, runId))?.status === 'cancelled' ? true : undefined,
    );

    const args = [
      '--config-file',
      CONFIG_FILE,
      'run',
      `${trigger.url}/docs/json`,
      '--checks',
      'not_a_server_error,status_code_conformance,response_schema_conformance',
      '--header',
      `Authorization: Bearer ${API_KEY}`,
      '--max-examples',
      String(MAX_EXAMPLES),
      '--phases',
      'examples,coverage,fuzzing',
      '--seed',
      '22',
      '--request-timeout',
      '5',
      '--workers',
      '2',
      '--no-color',
    ];
    const outcome = await run(SCHEMATHESIS, args, {
      cwd: workDir,
      env: { ...process.env, BENCHLINE_FUZZ_RUN_ID: runId },
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}\n${error.stderr}`,
      }),
    );
    expect(outcome.code, outcome.output).toBe(0);
    // Every operation of the document, /series/history and /environment-changes included.
    expect(outcome.output).toMatch(/Tested: +16\b/);
  }, 120_000);
});
