import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { freePort, startProcess, waitFor } from '@benchline/servers';

export const SERVICE_NAMES = ['trigger', 'provisioner', 'executor', 'publisher', 'analyzer', 'bisector', 'notifier'] as const;
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
  const server = startProcess(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'services', name, 'src', 'main.ts'), configPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, ...(healthPort ? { BENCHLINE_HEALTH_PORT: String(healthPort) } : {}) },
    onOutput: (chunk) => log.write(chunk),
  });
  server.child.once('exit', () => log.end());
  const ready = healthPort
    ? async () => ((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).ok ? true : undefined)
    : async () => (server.output().includes(`${name} started`) ? true : undefined);
  await waitFor(name, ready, server, 60_000);
  return { name, child: server.child, logFile, stop: (graceMs = 15_000) => server.stop(graceMs), kill: () => server.kill() };
}
