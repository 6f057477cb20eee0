import { pino, type Logger } from 'pino';

/** A pino logger whose JSON lines land in `lines`, so tests can assert what was (not) logged. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}
