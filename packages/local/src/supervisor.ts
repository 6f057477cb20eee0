import { open } from 'node:fs/promises';
import type { ServiceName, ServiceProcess } from './services.ts';

export interface SuperviseOptions {
  /** Delay before the first restart; doubles with each death in a row (1, 2, 4 … s). Default 1 s. */
  initialDelayMs?: number;
  /** The longest delay between restarts. Default 30 s. */
  maxDelayMs?: number;
  /** A service that stayed up this long is well again: its next death starts over at the first delay. Default 60 s. */
  stableAfterMs?: number;
  /** Deaths in a row (each within `stableAfterMs` of its start) after which the service is reported as one that keeps dying. Default 5. */
  reportAfter?: number;
  /** How often `/healthz` of each service is polled; a change (ready ↔ not ready) is reported. Default 10 s; 0 turns polling off. */
  healthPollMs?: number;
  /** Log lines shown with a death. Default 10. */
  logLines?: number;
}

export interface SupervisorDeps {
  services: Map<ServiceName, ServiceProcess>;
  /** Starts the service anew and puts it in `services` (the stack's restartService, which also stops a running one). */
  restart(name: ServiceName): Promise<ServiceProcess>;
  /** How often `restart` was called for the service, by anyone: a supervisor restart whose service was restarted meanwhile is dropped. */
  generation(name: ServiceName): number;
  say(message: string): void;
}

export interface Supervisor {
  /** Attaches to a service process the stack just started (each incarnation). */
  watch(service: ServiceProcess): void;
  /** No more restarts or health reports. */
  stop(): void;
}

/**
 * Keeps local mode's services alive: a service process that exits without being asked to
 * (`stop()`/`kill()` mark a process as stopped on purpose, so tests' fault injection and the
 * stack's own stop never race it) is reported on the console with its exit code or signal and
 * its last log lines, then restarted after 1, 2, 4 … s (capped); one that keeps dying is reported
 * as such and still restarted at the capped delay. `/healthz` is polled, and a service that turns
 * not ready (a stuck worker, NATS or InfluxDB unreachable) or ready again is reported too.
 */
export function startSupervisor(deps: SupervisorDeps, options: SuperviseOptions = {}): Supervisor {
  const {
    initialDelayMs = 1_000,
    maxDelayMs = 30_000,
    stableAfterMs = 60_000,
    reportAfter = 5,
    healthPollMs = 10_000,
    logLines = 10,
  } = options;
  const { say } = deps;
  let stopped = false;
  const deathsInARow = new Map<ServiceName, number>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const restartAfter = (name: ServiceName, delayMs: number, generation: number) =>
    later(delayMs, () => {
      if (stopped || deps.generation(name) !== generation) return;
      deps.restart(name).then(
        (service) => {
          if (!stopped) say(`${name} restarted (pid ${service.child.pid})`);
        },
        (error: unknown) => {
          if (stopped || deps.generation(name) !== generation + 1) return;
          // Died while starting: one more death in a row.
          died(name, `could not start: ${firstLine((error as Error).message)}`, '');
        },
      );
    });

  const died = (name: ServiceName, how: string, lastLines: string) => {
    const inARow = (deathsInARow.get(name) ?? 0) + 1;
    deathsInARow.set(name, inARow);
    const delayMs = Math.min(initialDelayMs * 2 ** (inARow - 1), maxDelayMs);
    say(`${name} ${how}${lastLines ? `; its last log lines:\n${lastLines}` : ''}`);
    if (inARow >= reportAfter)
      say(
        `${name} keeps dying: ${inARow} times in a row, each within ${stableAfterMs / 1000} s of its start; restarting every ${delayMs / 1000} s — see its log`,
      );
    say(`restarting ${name} in ${delayMs / 1000} s`);
    restartAfter(name, delayMs, deps.generation(name));
  };

  const ready = new Map<ServiceName, boolean>();
  const poll = async () => {
    for (const service of deps.services.values()) {
      if (stopped || !service.healthUrl || service.child.exitCode !== null || service.child.signalCode !== null)
        continue;
      const report = await fetch(`${service.healthUrl}/healthz`, { signal: AbortSignal.timeout(3_000) })
        .then(async (response) => ({
          ok: response.ok,
          body: (await response.json().catch(() => ({}))) as { checks?: Record<string, string> },
        }))
        .catch((error: unknown) => ({
          ok: false,
          body: { checks: { health: `no answer: ${(error as Error).message}` } },
        }));
      if (stopped || deps.services.get(service.name) !== service) continue;
      const was = ready.get(service.name) ?? true;
      if (was && !report.ok) {
        const problems = Object.entries(report.body.checks ?? {})
          .filter(([, verdict]) => verdict !== 'ok')
          .map(([check, verdict]) => `${check}: ${verdict}`);
        say(`${service.name} is not ready: ${problems.join('; ') || 'unhealthy'}`);
      } else if (!was && report.ok) say(`${service.name} is ready again`);
      ready.set(service.name, report.ok);
    }
  };
  const polling = healthPollMs > 0 ? setInterval(() => void poll(), healthPollMs) : undefined;
  polling?.unref();

  return {
    watch(service) {
      const startedAt = service.startedAt ?? Date.now();
      ready.delete(service.name);
      service.child.once('exit', (code, signal) => {
        if (stopped || service.stoppedOnPurpose || deps.services.get(service.name) !== service) return;
        const upMs = Date.now() - startedAt;
        if (upMs >= stableAfterMs) deathsInARow.set(service.name, 0);
        const how = `(pid ${service.child.pid}) exited ${signal ? `on ${signal}` : `with code ${code}`} after ${formatDuration(upMs)}`;
        void lastLogLines(service.logFile, logLines).then((lines) => {
          if (!stopped) died(service.name, how, lines);
        });
      });
    },
    stop() {
      stopped = true;
      if (polling) clearInterval(polling);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** The last `count` lines of a service log (pino JSON, or whatever else the process printed), each made readable and indented for the console. */
export async function lastLogLines(file: string, count: number): Promise<string> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-count);
    return lines.map((line) => `             │ ${readable(line).slice(0, 300)}`).join('\n');
  } finally {
    await handle.close();
  }
}

function readable(line: string): string {
  try {
    const entry = JSON.parse(line) as { level?: number; time?: number; msg?: string; err?: { message?: string } };
    if (typeof entry !== 'object' || entry === null || typeof entry.msg !== 'string') return line;
    const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 23) : '';
    const error = entry.err?.message ? `: ${entry.err.message}` : '';
    return `${time} ${LEVELS[entry.level ?? 30] ?? entry.level} ${entry.msg}${error}`;
  } catch {
    return line;
  }
}
