import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATS_USERS, nowIso, proto, publishEvent, runRequested, TriggerSource, type RunRequest } from '@benchline/core';
import { describeEvent, requestRun, startStack, watchRun, type Stack } from '@benchline/local';
import { makeTempDir, type ServerDir } from '@benchline/servers';

const SUITE = 'tiny';
const RESULTS = JSON.stringify({ version: 1, benchmarks: [{ name: 'noop', value: 1.5, unit: 'ms' }] });
const INFLUX_PASSWORD = `influx-${randomBytes(12).toString('hex')}`;

/**
 * The whole pipeline in local mode (NATS users and permissions on, services at debug level), then
 * every log line and everything shown to the user is searched for each secret.
 */
describe('a full run in local mode', () => {
  let dir: ServerDir;
  let stack: Stack;
  let client: NatsConnection;
  const shown: string[] = [];

  const follow = async (runId: string) => {
    const watcher = await watchRun(
      client,
      runId,
      (event) => shown.push(describeEvent(event)),
      ({ line }) => shown.push(line),
    );
    const final = await watcher.finished.finally(() => watcher.stop());
    return final.stage;
  };

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'debug';
    dir = await makeTempDir('security-stack');
    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: (message) => shown.push(message),
      extraSuites: {
        [SUITE]: {
          repo: join(dir.path, 'example-suite'),
          benchmarks: [
            {
              name: 'noop',
              format: 'benchline',
              command: ['sh', '-c', `printf '%s' '${RESULTS}' > "$BENCHLINE_RESULTS_FILE"`],
            },
          ],
        },
      },
      // influxd in the test harness has authentication off: the password is sent and ignored, which is enough to see where it goes.
      configOverrides: { influx: { username: 'benchline_writer', password: INFLUX_PASSWORD } },
    });
    // Without credentials: local mode maps anonymous connections to the `client` user.
    client = await connect({ servers: stack.nats.url });
  }, 120_000);
  afterAll(async () => {
    await client?.close();
    await stack?.stop();
    await dir?.remove();
    delete process.env.LOG_LEVEL;
  });

  it('publishes runs requested over HTTP and directly on NATS, with no permission violation', async () => {
    const { runId } = await requestRun(stack, { suite: SUITE, tags: ['security'] });
    expect(await follow(runId)).toBe('published');

    const direct = proto.RunRequest.create({
      runId: `direct-${Date.now()}`,
      suite: SUITE,
      ref: '',
      benchmarks: [],
      parameters: {},
      minion: 'local',
      tags: ['security'],
      source: TriggerSource.TRIGGER_SOURCE_NATS,
      requestedBy: 'security-test',
      requestedAt: nowIso(),
    }) as RunRequest;
    await publishEvent(jetstream(client), runRequested(direct));
    expect(await follow(direct.runId)).toBe('published');

    // The trigger lists runs from its bucket (an ordered consumer under its own permissions).
    const listed = await fetch(`${stack.triggerUrl}/runs`, { headers: { 'x-api-key': stack.apiKey.key } });
    expect(((await listed.json()) as { runs: { runId: string }[] }).runs.map((run) => run.runId)).toEqual(
      expect.arrayContaining([runId, direct.runId]),
    );
    // A wrong key is refused; the attempt is logged without the key.
    expect(
      (await fetch(`${stack.triggerUrl}/runs`, { headers: { authorization: 'Bearer wrong-key-0123456789abcdef' } }))
        .status,
    ).toBe(401);

    const natsLog = await readFile(join(dir.path, 'logs', 'nats-server.log'), 'utf8');
    expect(natsLog).toMatch(/Server is ready/);
    expect(natsLog).not.toMatch(/Violation/);
  });

  it('writes no secret to any log file or to the output shown to the user', async () => {
    const privateKey = await readFile(stack.sshd.clientKey.privateKeyPath, 'utf8');
    const secrets: Record<string, string> = {
      'API key': stack.apiKey.key,
      'InfluxDB password': INFLUX_PASSWORD,
      ...Object.fromEntries(NATS_USERS.map((user) => [`NATS password of ${user}`, stack.natsCredentials(user).pass])),
      ...Object.fromEntries(
        privateKey
          .split('\n')
          .filter((line) => line.length >= 16 && !line.startsWith('-----'))
          .map((line, index) => [`SSH private key line ${index + 1}`, line]),
      ),
    };
    expect(Object.keys(secrets).length).toBeGreaterThan(2 + NATS_USERS.length);

    const logDir = join(dir.path, 'logs');
    const logFiles = await readdir(logDir);
    expect(logFiles).toEqual(
      expect.arrayContaining(['trigger.log', 'provisioner.log', 'executor.log', 'publisher.log', 'nats-server.log']),
    );
    const texts: Record<string, string> = { 'output shown to the user': shown.join('\n') };
    for (const file of logFiles) texts[file] = await readFile(join(logDir, file), 'utf8');
    // The services did log their work, the refused request included (so an empty grep proves nothing).
    expect(texts['executor.log']).toMatch(/running benchmark/);
    expect(texts['trigger.log']).toMatch(/"statusCode":401/);

    const leaks = Object.entries(texts).flatMap(([where, text]) =>
      Object.entries(secrets)
        .filter(([, secret]) => text.includes(secret))
        .map(([what]) => `${what} in ${where}`),
    );
    expect(leaks).toEqual([]);
  });

  it('keeps the generated secrets readable by their owner only', async () => {
    const mode = async (path: string) => ((await stat(join(dir.path, path))).mode & 0o777).toString(8);
    expect(await mode('nats-credentials')).toBe('700');
    for (const user of NATS_USERS) expect(await mode(join('nats-credentials', user))).toBe('600');
    expect(await mode('nats-server.conf')).toBe('600');
    expect(await mode('api-key')).toBe('600');
  });
});
