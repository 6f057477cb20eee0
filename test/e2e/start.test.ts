import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, liveProcesses, makeTempDir, until, type ServerDir } from '@benchline/servers';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A local-mode command (`packages/local/bin/<script>.ts`) on `dataDir`, its output collected. */
async function spawnLocal(script: 'start' | 'demo', dataDir: string) {
  const httpPort = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', `packages/local/bin/${script}.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      BENCHLINE_DATA_DIR: dataDir,
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
      `${script} to say "${what}"`,
      async () =>
        output.includes(what) ? true : child.exitCode === null ? undefined : Promise.reject(new Error(output)),
      180_000,
    );
  return { child, httpPort, output: () => output, said };
}

/** What a local-mode command on `dataDir` runs: its servers and services name the dir on their command lines. */
function pidsOf(dataDir: string): number[] {
  return liveProcesses('cmdline', (argv) => argv.some((arg) => arg.includes(dataDir)));
}

/** Those processes as `<pid> <command line>`, for a failure message (one gone meanwhile is left out). */
function processesOf(dataDir: string): string[] {
  return pidsOf(dataDir).flatMap((pid) => {
    try {
      return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()}`];
    } catch {
      return [];
    }
  });
}

/** A command that failed to stop (a test failing) would otherwise leave its whole stack running. */
function killProcessesOf(dataDir: string): void {
  for (const pid of pidsOf(dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

/**
 * Signals a local-mode command once its servers are up (its services still starting), and checks
 * that it exits with `exitCode` and leaves nothing of its data dir running. Returns its output.
 */
async function interruptWhileStarting(
  script: 'start' | 'demo',
  dataDir: string,
  signal: NodeJS.Signals,
  exitCode: number,
): Promise<string> {
  const { child, output, said } = await spawnLocal(script, dataDir);
  await said('nats-server ');
  expect(processesOf(dataDir).length).toBeGreaterThan(0);
  child.kill(signal);
  expect(await once(child, 'exit'), output().slice(-2_000)).toEqual([exitCode, null]);
  expect(output()).toContain(`${signal}: stopping`);
  expect(processesOf(dataDir)).toEqual([]);
  return output();
}

/** A temp data dir for the enclosing describe block; what still runs on it is killed before it is removed. */
function dataDirFor(prefix: string): () => string {
  let dir: ServerDir | undefined;
  beforeAll(async () => {
    dir = await makeTempDir(prefix);
  });
  afterAll(async () => {
    if (!dir) return;
    killProcessesOf(dir.path);
    await dir.remove();
  });
  return () => dir!.path;
}

/** `npm start`: everything up until SIGTERM, the API key shown once and kept 0600. */
describe('npm start', () => {
  const dataDir = dataDirFor('start');

  const spawnStart = () => spawnLocal('start', dataDir());
  const start = async () => {
    const started = await spawnStart();
    await started.said('running; Ctrl-C');
    return started;
  };

  it('serves the trigger with a generated key until SIGTERM, then stops everything', async () => {
    const { child, httpPort, output } = await start();
    const keyFile = join(dataDir(), 'api-key');
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
    const output = await interruptWhileStarting('start', dataDir(), 'SIGTERM', 0);
    expect(output).not.toContain('running; Ctrl-C');
  }, 240_000);

  it('does not show the key again on the next start', async () => {
    const { child, output } = await start();
    expect(output()).toContain(`API key: in ${join(dataDir(), 'api-key')}`);
    expect(output()).not.toContain('shown once');
    child.kill('SIGINT');
    // The signal too: a process killed by one exits with code null, and its output says how far it got.
    expect(await once(child, 'exit'), output().slice(-2_000)).toEqual([0, null]);
  }, 240_000);
});

/** `npm run demo`, interrupted: what it started stops with it. */
describe('npm run demo, Ctrl-C', () => {
  const dataDir = dataDirFor('demo-interrupted');

  // Interrupted before its run is requested: a run under way would leave the suite's setup command
  // running on the minion (this machine) when the provisioner is killed after its grace.
  it('stops the whole stack and exits 130 when interrupted while it starts', async () => {
    const output = await interruptWhileStarting('demo', dataDir(), 'SIGINT', 130);
    expect(output).not.toContain('requested');
  }, 240_000);
});
