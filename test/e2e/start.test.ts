import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, liveProcesses, makeTempDir, until } from '@benchline/servers';

const ROOT = new URL('../../', import.meta.url).pathname;

/** `npm start`: everything up until SIGTERM, the API key shown once and kept 0600. */
describe('npm start', () => {
  let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    dataDir = await makeTempDir('start');
  });
  // What a start of this data dir runs (its servers and services name the dir on their command lines).
  const ofThisStart = () =>
    dataDir ? liveProcesses('cmdline', (argv) => argv.some((arg) => arg.includes(dataDir.path))) : [];
  afterAll(async () => {
    // A start that failed to stop (a test failing) would otherwise leave its whole stack running.
    for (const pid of ofThisStart()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    await dataDir?.remove();
  });

  const spawnStart = async () => {
    const httpPort = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/bin/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCHLINE_DATA_DIR: dataDir.path,
        BENCHLINE_HTTP_PORT: String(httpPort),
        BENCHLINE_GATEWAY_PORT: String(await freePort()),
        BENCHLINE_INFLUX_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const said = (what: string) =>
      until(
        `npm start to say "${what}"`,
        async () =>
          output.includes(what) ? true : child.exitCode === null ? undefined : Promise.reject(new Error(output)),
        180_000,
      );
    return { child, httpPort, output: () => output, said };
  };
  const start = async () => {
    const started = await spawnStart();
    await started.said('running; Ctrl-C');
    return started;
  };

  it('serves the trigger with a generated key until SIGTERM, then stops everything', async () => {
    const { child, httpPort, output } = await start();
    const keyFile = join(dataDir.path, 'api-key');
    const key = (await readFile(keyFile, 'utf8')).trim();
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(output()).toContain(`API key (shown once; also in ${keyFile}, mode 0600): ${key}`);
    const runs = await fetch(`http://127.0.0.1:${httpPort}/suites`, { headers: { authorization: `Bearer ${key}` } });
    expect(runs.status).toBe(200);
    expect(output()).toMatch(/schedule +nightly: 0 0 \* \* \* UTC/);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).toContain('stopped');
    await expect(fetch(`http://127.0.0.1:${httpPort}/healthz`)).rejects.toThrow();
  }, 240_000);

  it('stops the servers it already started when stopped while it starts, and leaves none behind', async () => {
    const { child, output, said } = await spawnStart();
    // The servers are up; the services are not yet.
    await said('nats-server ');
    expect(ofThisStart().length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await once(child, 'exit'), output().slice(-2_000)).toEqual([0, null]);
    expect(output()).toContain('SIGTERM: stopping');
    expect(output()).not.toContain('running; Ctrl-C');
    expect(ofThisStart()).toEqual([]);
  }, 240_000);

  it('does not show the key again on the next start', async () => {
    const { child, output } = await start();
    expect(output()).toContain(`API key: in ${join(dataDir.path, 'api-key')}`);
    expect(output()).not.toContain('shown once');
    child.kill('SIGINT');
    // The signal too: a process killed by one exits with code null, and its output says how far it got.
    expect(await once(child, 'exit'), output().slice(-2_000)).toEqual([0, null]);
  }, 240_000);
});
