import type { Buffer } from 'node:buffer';
import type { JsonOptions } from './json-text.ts';

/** The bytes of one results file, as a JsonDocument reads them (implemented by Input). */
export interface JsonSource {
  readonly file: string;
  readonly bytes: Buffer;
  decode(start: number, end: number): string;
  syntaxError(options: JsonOptions): never;
}
