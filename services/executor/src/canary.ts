import { readFileSync } from 'node:fs';
import type { NodeSSH } from 'node-ssh';
import { median } from '@benchline/analysis';
import { proto } from '@benchline/core';
import { execChecked } from './ssh/exec.ts';

/** Version of canary.py's work: canaries are compared only within one version. */
export const CANARY_VERSION = '1';
/** About 0.45 s of CPU for the five, Python's start included: the canary's whole cost on a quiet minion. */
const CANARY_ROUNDS = 5;
const CANARY_SCRIPT = readFileSync(new URL('./canary.py', import.meta.url), 'utf8');
/**
 * Runs canary.py ($0) with its arguments. /usr/bin/python3 first, as the provisioner's warm check does: a
 * python3 found on PATH may be a version manager's shim that costs more than the canary.
 */
const WITH_PYTHON =
  'if [ -x /usr/bin/python3 ]; then exec /usr/bin/python3 -I -S -c "$0" "$@"; fi; exec python3 -I -S -c "$0" "$@"';

export interface CanaryOptions {
  /** Prefix of the command: the per-process tuning the benchmarks run with (see tuningLauncher). */
  readonly launcher: readonly string[];
  /** The run's markers, so that a cleanup of the run finds the canary too. */
  readonly env: Readonly<Record<string, string>>;
}

/** Times the canary on the minion: a fixed script, its only argument the number of rounds. */
export async function runCanary(ssh: NodeSSH, options: CanaryOptions) {
  const output = await execChecked(
    ssh,
    'running the noise canary',
    [...options.launcher, 'sh', '-c', WITH_PYTHON, CANARY_SCRIPT, String(CANARY_ROUNDS)],
    { env: options.env },
  );
  const roundSeconds = parseRounds(output);
  return proto.Canary.create({ seconds: median(roundSeconds), roundSeconds, version: CANARY_VERSION });
}

function parseRounds(output: string): number[] {
  const rounds = (JSON.parse(output) as { roundSeconds?: unknown }).roundSeconds;
  if (
    !Array.isArray(rounds) ||
    rounds.length !== CANARY_ROUNDS ||
    !rounds.every((seconds) => typeof seconds === 'number' && seconds > 0)
  )
    throw new Error(`the noise canary printed ${JSON.stringify(output.slice(0, 200))}, not its round times`);
  return rounds as number[];
}
