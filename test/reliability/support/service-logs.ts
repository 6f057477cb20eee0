import { readFile } from 'node:fs/promises';
import type { ServiceName, ServiceProcess, Stack } from '@benchline/local';
import { until } from '@benchline/servers';

interface LogLine {
  msg?: string;
  runId?: string;
  /** pino's timestamp: ms since the epoch. */
  time?: number;
  [key: string]: unknown;
}

/** The JSON lines a service process wrote to its log (all its incarnations: the file is appended to). */
export async function serviceLog(stack: Stack, service: ServiceName): Promise<LogLine[]> {
  const running = stack.services.get(service);
  if (!running) throw new Error(`no ${service} in the stack`);
  return processLog(running);
}

/** The JSON lines in a service process's log file: also one started beside the stack's own (a second replica). */
export async function processLog({ name, logFile }: Pick<ServiceProcess, 'name' | 'logFile'>): Promise<LogLine[]> {
  // A missing log is missing data, not an empty log: every service writes its start-up line.
  const text = await readFile(logFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`the ${name} log ${logFile} cannot be read: ${error.code ?? error.message}`);
  });
  return text.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
}

/** Waits until the service logged `message` (a substring), for one of the runs when they are given. */
export function waitForLog(
  stack: Stack,
  service: ServiceName,
  message: string,
  runIds: string[] | undefined,
  timeoutMs: number,
): Promise<LogLine> {
  return until(
    `${service} to log "${message}"${runIds ? ` for run ${runIds.join(' or ')}` : ''}`,
    async () =>
      (await serviceLog(stack, service)).find(
        (line) => (runIds === undefined || runIds.includes(line.runId ?? '')) && (line.msg ?? '').includes(message),
      ),
    timeoutMs,
    100,
  );
}

/** One failed delivery of a run's message as the worker logged it: when it failed, its delivery count, and whether the worker gave up. */
export interface FailedAttempt {
  at: number;
  attempt: number;
  gaveUp: boolean;
  /** The error as pino serialized it: its message with its causes'. */
  error: string;
}

/**
 * Every failed delivery of the run's message the service's worker logged ("handler failed; will
 * retry", then "giving up"), in order, with pino's timestamps: the real times of the attempts, not
 * the delays the worker meant to wait.
 */
export async function failedAttempts(stack: Stack, service: ServiceName, runId: string): Promise<FailedAttempt[]> {
  return (await serviceLog(stack, service))
    .filter(
      (line) =>
        (line.msg === 'handler failed; will retry' || line.msg === 'giving up') &&
        String(line.subject).endsWith(`.${runId}`),
    )
    .map((line) => {
      if (typeof line.time !== 'number') throw new Error(`a ${service} log line has no time: ${JSON.stringify(line)}`);
      return {
        at: line.time,
        attempt: Number(line.attempt ?? line.attempts),
        gaveUp: line.msg === 'giving up',
        error: String((line.err as { message?: unknown } | undefined)?.message ?? ''),
      };
    });
}

/** The gaps in ms between consecutive times. */
export function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((time, index) => time - times[index]!);
}

/**
 * Whether measured gaps follow the expected backoff: each at least its delay (less 100 ms of clock
 * granularity) and at most the delay plus `slackMs` (the next attempt's own work, a loaded machine).
 * A slack below the smallest step between delays (1 s) tells 1, 2, 4, 8 from a repeated or stuck delay.
 */
export function backoffMismatches(measured: readonly number[], expected: readonly number[], slackMs: number): string[] {
  if (measured.length !== expected.length)
    return [`${measured.length} gaps (${measured.join(', ')} ms), expected ${expected.length}`];
  return measured.flatMap((gap, index) => {
    const delay = expected[index]!;
    return gap >= delay - 100 && gap <= delay + slackMs
      ? []
      : [`gap ${index + 1}: ${gap} ms, expected ${delay} ms (+${slackMs} ms at most)`];
  });
}

interface Watched {
  /** Exits nobody asked for: `<service> pid <pid> exited (<code or signal>)`. */
  readonly unexpected: string[];
  /** Service processes started beside the stack's own (further replicas), watched too. */
  readonly replicas: ServiceProcess[];
  watch(service: ServiceProcess): void;
}

const watchedStacks = new WeakMap<Stack, Watched>();

/**
 * Records every service process of the stack that exits without the test stopping or killing it,
 * including processes the stack has since replaced (a restart). Called by startReliabilityStack.
 */
export function watchServiceExits(stack: Pick<Stack, 'services'>): void {
  const unexpected: string[] = [];
  const watch = (service: ServiceProcess) => {
    let intended = false;
    const { stop, kill } = service;
    service.stop = (...args) => {
      intended = true;
      return stop(...args);
    };
    service.kill = () => {
      intended = true;
      return kill();
    };
    const report = (code: number | null, signal: NodeJS.Signals | null) => {
      if (!intended) unexpected.push(`${service.name} pid ${service.child.pid} exited (${signal ?? `code ${code}`})`);
    };
    if (service.child.exitCode !== null || service.child.signalCode !== null)
      report(service.child.exitCode, service.child.signalCode);
    else service.child.once('exit', report);
  };
  for (const service of stack.services.values()) watch(service);
  const set = stack.services.set.bind(stack.services);
  stack.services.set = (name, service) => {
    if (stack.services.get(name) !== service) watch(service);
    return set(name, service);
  };
  watchedStacks.set(stack as Stack, { unexpected, replicas: [], watch });
}

/** Watches a service process started beside the stack's own (a further replica): deadServices counts it too. */
export function watchReplicaExits(stack: Pick<Stack, 'services'>, replica: ServiceProcess): void {
  const watched = watchedStacks.get(stack as Stack);
  if (!watched) throw new Error("watchReplicaExits: this stack's service exits are not watched (watchServiceExits)");
  watched.watch(replica);
  watched.replicas.push(replica);
}

/**
 * Service processes that died: those not running now, and every one that exited since the stack
 * started without the test stopping or killing it (a crash the test then papered over with a
 * restart counts too).
 */
export function deadServices(stack: Pick<Stack, 'services'>): string[] {
  const watched = watchedStacks.get(stack as Stack);
  if (!watched) throw new Error("deadServices: this stack's service exits are not watched (watchServiceExits)");
  const notRunning = [...stack.services.values(), ...watched.replicas]
    .filter((service) => service.child.exitCode !== null || service.child.signalCode !== null)
    .map((service) => `${service.name} pid ${service.child.pid} is not running`);
  return [...new Set([...watched.unexpected, ...notRunning])];
}
