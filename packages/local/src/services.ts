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

export interface ServiceStart {
  configPath: string;
  /** Its output goes to `logDir/<name>.log` (`<name>-<replica>.log` for a further replica). */
  logDir: string;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Names a further replica of the service (its log file). */
  replica?: string;
  /**
   * Start it from its bundle in this directory (`buildServiceBundles`) instead of from its sources
   * through tsx (as the production images do): the same code, loaded in well under a second of CPU
   * instead of several (see service-bundles.ts).
   */
  bundleDir?: string;
}

/**
 * Starts one service as its own process (`node <bundleDir>/<name>.mjs <config>`, or
 * `node --import tsx services/<name>/src/main.ts <config>`), with its health server (`/healthz`,
 * `/metrics`) on a free port, and waits until it has started.
 */
export async function startService(name: ServiceName, start: ServiceStart): Promise<ServiceProcess> {
  const { configPath, logDir, replica, bundleDir } = start;
  await mkdir(logDir, { recursive: true });
  const logFile = join(logDir, replica ? `${name}-${replica}.log` : `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const startedAt = Date.now();
  const entry = bundleDir
    ? [join(bundleDir, `${name}.mjs`)]
    : ['--import', 'tsx', join(REPO_ROOT, 'services', name, 'src', 'main.ts')];
  const server = startProcess(process.execPath, [...entry, configPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...start.env, BENCHLINE_HEALTH_PORT: '0' },
    onOutput: (chunk) => log.write(chunk),
  });
  server.child.once('exit', () => log.end());
  // Started, not ready: runService logs this once its health server listens; readiness (/healthz) may
  // lag (a dependency down in an outage test), and a supervisor watches it.
  const started = async () => startedLine(server.output(), name)?.health;
  // A minute and more on a loaded machine through tsx, which compiles the service's sources on its first start.
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
