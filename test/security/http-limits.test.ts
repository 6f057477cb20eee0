import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, parseConfig, type ServiceContext } from '@benchline/core';
import { startNats, type NatsServer } from '@benchline/servers';
import { startTrigger } from '@benchline/trigger';
import { expectProblem } from '../../services/trigger/test/expect-problem.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CI_KEY = 'ci-key-0123456789abcdef';
const OTHER_KEY = 'other-key-0123456789abcdef';
const RATE_LIMIT = 3;
const BODY_LIMIT = 1024;

/** `hash-key.ts` with `input` on stdin: its exit code and output. */
function hashKeyCli(input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'services/trigger/bin/hash-key.ts'],
      { cwd: ROOT },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('trigger HTTP limits', () => {
  let nats: NatsServer;
  let context: ServiceContext;
  let trigger: Awaited<ReturnType<typeof startTrigger>>;
  const get = (key: string | undefined, path = '/runs/nothing-here') =>
    fetch(`${trigger.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

  beforeAll(async () => {
    nats = await startNats();
    const { stdout } = await hashKeyCli(`${CI_KEY}\n`);
    const config = parseConfig({
      nats: { servers: [nats.url] },
      http: {
        port: 0,
        bodyLimitBytes: BODY_LIMIT,
        rateLimit: { max: RATE_LIMIT, timeWindowSeconds: 60 },
        // The CI key is configured only by the hash the CLI printed.
        apiKeys: [
          { id: 'ci', sha256: stdout.trim() },
          { id: 'other', key: OTHER_KEY },
        ],
      },
      suites: { demo: { repo: '/srv/demo.git', benchmarks: [{ name: 'noop', command: ['true'] }] } },
      minions: {
        m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
      },
      schedules: [],
    });
    context = await openContext(config, 'trigger-limits-test', pino({ level: 'silent' }));
    trigger = await startTrigger(context);
  });
  afterAll(async () => {
    await trigger?.stop();
    await context?.nc.close();
    await nats?.close();
  });

  it('hash-key prints the SHA-256 of the key on stdin and refuses a short key', async () => {
    expect((await hashKeyCli(`${CI_KEY}\n`)).stdout.trim()).toBe(createHash('sha256').update(CI_KEY).digest('hex'));
    const short = await hashKeyCli('too-short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 16 characters/);
  });

  it('answers a 413 problem to a body over http.bodyLimitBytes, before looking at it', async () => {
    const response = await fetch(`${trigger.url}/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OTHER_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ suite: 'demo', tags: ['x'.repeat(BODY_LIMIT)] }),
    });
    const problem = await expectProblem(response, 413, 'HTTP_PAYLOAD_TOO_LARGE', '/runs');
    expect(problem.detail).toBe(`the body is larger than the limit of ${BODY_LIMIT} bytes`);
  });

  it('limits requests per API key with a 429 problem and Retry-After, without affecting other keys', async () => {
    // The hashed key authenticates (404: an unknown run, not 401).
    for (let attempt = 0; attempt < RATE_LIMIT; attempt++) expect((await get(CI_KEY)).status).toBe(404);
    const limited = await get(CI_KEY);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = await expectProblem(limited, 429, 'HTTP_RATE_LIMITED', '/runs/nothing-here');
    expect(problem.detail).toMatch(/^rate limit exceeded: at most 3 requests per 60 s; retry in /);
    // Another key has its own budget (it spent one request on the 413 above).
    expect((await get(OTHER_KEY)).status).toBe(404);
    // A wrong key is still told 401, whatever the budget of the key it tried to guess.
    expect((await get('wrong-key-0123456789abcdef')).status).toBe(401);
  });
});
