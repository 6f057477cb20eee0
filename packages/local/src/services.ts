import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, waitFor } from '@benchline/testing';

export const SERVICE_NAMES = ['trigger', 'provisioner', 'executor', 'publisher'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

export interface ServiceProcess {
  readonly name: ServiceName;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** SIGTERM (graceful: drain, then exit), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** kill -9: for fault-injection tests. */
  kill(): Promise<void>;
}

/**
 * Starts one service as its own process, exactly as production runs it
 * (`node --import tsx services/<name>/src/main.ts <config>`), logging to `logDir/<name>.log`,
 * and waits until its health check answers.
 */
export async function startService(name: ServiceName, configPath: string, logDir: string, env: NodeJS.ProcessEnv = {}): Promise<ServiceProcess> {
  await mkdir(logDir, { recursive: true });
  const logFile = join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const healthPort = name === 'trigger' ? undefined : await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'services', name, 'src', 'main.ts'), configPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, ...(healthPort ? { BENCHLINE_HEALTH_PORT: String(healthPort) } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    output = (output + chunk.toString()).slice(-16 * 1024);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit').then(() => log.end());
  const signal = async (sig: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const handle: ServiceProcess = {
    name,
    child,
    logFile,
    stop: (graceMs = 15_000) => signal('SIGTERM', graceMs),
    kill: () => signal('SIGKILL', 0),
  };
  const server = { child, output: () => output, stop: () => handle.stop(), kill: () => handle.kill() };
  if (healthPort) {
    await waitFor(name, async () => ((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).ok ? true : undefined), server, 60_000);
  } else {
    await waitFor(name, async () => (output.includes(`${name} started`) ? true : undefined), server, 60_000);
  }
  return handle;
}
