import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startProcess, waitFor } from '@benchline/servers';

export const SERVICE_NAMES = [
  'trigger',
  'provisioner',
  'executor',
  'publisher',
  'analyzer',
  'bisector',
  'notifier',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

export interface ServiceProcess {
  readonly name: ServiceName;
  readonly child: ChildProcess;
  readonly logFile: string;
  // The next three are set by startService (optional so that tests can hand in stand-ins).
  /** Its health server (every service has one in local mode): `${healthUrl}/healthz`, `${healthUrl}/metrics`. */
  readonly healthUrl?: string;
  /** When it was started (ms since the epoch). */
  readonly startedAt?: number;
  /** True once `stop()` or `kill()` was called: its exit was asked for, and a supervisor leaves it alone. */
  readonly stoppedOnPurpose?: boolean;
  /** SIGTERM (graceful: drain, then exit), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** kill -9: for fault-injection tests. */
  kill(): Promise<void>;
}

/**
 * Starts one service as its own process, exactly as production runs it
 * (`node --import tsx services/<name>/src/main.ts <config>`), logging to `logDir/<name>.log`
 * (`<name>-<replica>.log` for a further replica of it), with its health server (`/healthz`,
 * `/metrics`) on a free port, and waits until it has started.
 */
export async function startService(
  name: ServiceName,
  configPath: string,
  logDir: string,
  env: NodeJS.ProcessEnv = {},
  replica?: string,
): Promise<ServiceProcess> {
  await mkdir(logDir, { recursive: true });
  const logFile = join(logDir, replica ? `${name}-${replica}.log` : `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const startedAt = Date.now();
  const server = startProcess(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'services', name, 'src', 'main.ts'), configPath],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, BENCHLINE_HEALTH_PORT: '0' },
      onOutput: (chunk) => log.write(chunk),
    },
  );
  server.child.once('exit', () => log.end());
  // Started, not ready: runService logs this once its health server listens; readiness (/healthz) may
  // lag (a dependency down in an outage test), and a supervisor watches it.
  const started = async () => startedLine(server.output(), name)?.health;
  // A minute and more on a loaded machine: tsx compiles the service's sources on its first start.
  const healthUrl = await waitFor(name, started, server, 120_000);
  let stoppedOnPurpose = false;
  return {
    name,
    child: server.child,
    logFile,
    startedAt,
    healthUrl,
    get stoppedOnPurpose() {
      return stoppedOnPurpose;
    },
    stop: (graceMs = 15_000) => {
      stoppedOnPurpose = true;
      return server.stop(graceMs);
    },
    kill: () => {
      stoppedOnPurpose = true;
      return server.kill();
    },
  };
}

/** The `<name> started` log line of a service, with the address its health server bound. */
function startedLine(output: string, name: ServiceName): { health: string } | undefined {
  const line = output.split('\n').find((text) => text.includes(`"msg":"${name} started"`));
  return line ? (JSON.parse(line) as { health: string }) : undefined;
}
