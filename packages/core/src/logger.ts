import { pino, type Logger } from 'pino';

/** Paths that may hold secrets anywhere in a log object; pino replaces their values. */
const REDACT = [
  'password',
  'token',
  'key',
  'apiKey',
  'authorization',
  'privateKey',
  'kuboToken',
  '*.password',
  '*.token',
  '*.key',
  '*.apiKey',
  '*.authorization',
  '*.privateKey',
  '*.kuboToken',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, redact: { paths: REDACT, censor: '[redacted]' } });
}

export type { Logger };
