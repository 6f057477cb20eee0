import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Stack } from '@benchline/local';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../../packages/cli/bin/benchline.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The `benchline` CLI as a CI job runs it: against the stack's trigger, key in the environment, not a terminal. */
export async function runCli(stack: Stack, ...args: string[]): Promise<CliResult> {
  const env = { ...process.env, BENCHLINE_URL: stack.triggerUrl, BENCHLINE_API_KEY: stack.apiKey.key, CI: 'true' };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
