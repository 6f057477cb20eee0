import { readFile } from 'node:fs/promises';
import type { ServiceName, Stack } from '@benchline/local';
import { until } from '@benchline/servers';

interface LogLine {
  msg?: string;
  runId?: string;
  [key: string]: unknown;
}

/** The JSON lines a service process wrote to its log (all its incarnations: the file is appended to). */
export async function serviceLog(stack: Stack, service: ServiceName): Promise<LogLine[]> {
  const text = await readFile(stack.services.get(service)!.logFile, 'utf8').catch(() => '');
  return text.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
}

/** Waits until the service logged `message` (a substring), for one of the runs when they are given. */
export function waitForLog(stack: Stack, service: ServiceName, message: string, runIds: string[] | undefined, timeoutMs: number): Promise<LogLine> {
  return until(`${service} to log "${message}"${runIds ? ` for run ${runIds.join(' or ')}` : ''}`, async () =>
    (await serviceLog(stack, service)).find((line) => (runIds === undefined || runIds.includes(line.runId ?? '')) && (line.msg ?? '').includes(message)), timeoutMs, 100);
}

/** Every service process still running (none crashed). */
export function deadServices(stack: Stack): ServiceName[] {
  return [...stack.services.values()].filter((service) => service.child.exitCode !== null || service.child.signalCode !== null).map((service) => service.name);
}
