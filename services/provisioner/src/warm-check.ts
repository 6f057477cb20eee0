import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinionConfig, SuiteConfig } from '@benchline/core';
import { sshOptions } from './inventory.ts';
import { sharingOptions, type MinionConnection } from './minion-connection.ts';
import type { SuitePaths } from './minion-layout.ts';
import { runCommand } from './run-command.ts';
import { sshConnectionError } from './ssh-failure.ts';
import { decideWarm, parseObservation, type WarmDecision } from './warm-decision.ts';

export interface WarmCheckRequest {
  readonly minionName: string;
  readonly minion: MinionConfig;
  readonly suite: SuiteConfig;
  readonly ref: string;
  readonly paths: SuitePaths;
  readonly fingerprint: string;
  readonly connection: MinionConnection;
  readonly ansibleDir: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

// What the minion's login shell runs: a constant, no request data. /usr/bin/python3 comes first
// because a python3 found on PATH may be a version manager's shim that costs more than the whole
// check (pyenv's: ~0.2 s). -I -S: the script needs the standard library only, nothing from the
// environment, user site or site-packages.
const REMOTE_COMMAND = `/bin/sh -c 'if [ -x /usr/bin/python3 ]; then exec /usr/bin/python3 -I -S -; fi; exec python3 -I -S -'`;

/**
 * One SSH command (the OpenSSH client, with the same pinned known_hosts, key options and shared
 * master Ansible uses) that reads the minion's stamps, resolves the ref there and looks for
 * leftovers. The script and its input travel on stdin, so no request data is ever part of a
 * command line, local or remote.
 * Throws a ProvisioningError when the minion cannot be reached or its host key is wrong.
 */
export async function warmCheck(request: WarmCheckRequest): Promise<WarmDecision> {
  const { minion, connection } = request;
  const outcome = await runCommand(
    'ssh',
    [
      ...sshOptions(connection.knownHostsPath),
      ...sharingOptions(connection),
      '-i',
      minion.privateKeyFile,
      '-p',
      String(minion.port),
      '-l',
      minion.user,
      '--',
      minion.host,
      REMOTE_COMMAND,
    ],
    {
      input: await observerScript(request),
      timeoutMs: request.timeoutMs,
      signal: request.signal,
      maxOutputChars: 1024 * 1024,
    },
  );

  if (outcome.aborted) return { warm: false, reason: 'the warm check was aborted' };
  if (outcome.timedOut) return { warm: false, reason: `the warm check did not answer within ${request.timeoutMs} ms` };
  // ssh exits with 255 when it could not connect; the script itself never does.
  if (outcome.exitCode === 255) throw sshConnectionError(request.minionName, minion, outcome.stderr);
  if (outcome.exitCode !== 0)
    return {
      warm: false,
      reason: `the warm check failed: ${outcome.stderr.trim().split('\n').at(-1) ?? `exit code ${outcome.exitCode}`}`,
    };
  return decideWarm(parseObservation(outcome.stdout), request.fingerprint);
}

async function observerScript(request: WarmCheckRequest): Promise<string> {
  const [hostLibrary, observer] = await Promise.all([
    readFile(join(request.ansibleDir, 'module_utils', 'benchline_host.py'), 'utf8'),
    readFile(join(request.ansibleDir, 'warm_check.py'), 'utf8'),
  ]);
  const input = {
    workDir: request.minion.workDir,
    repo: request.suite.repo,
    ref: request.ref,
    paths: request.paths,
    setupInputs: request.suite.setupInputs,
    packages: request.suite.packages,
    environment: request.suite.environment ?? [],
    tuning: request.minion.tuning ?? {},
  };
  // A JSON string literal is also a valid Python string literal.
  return `${hostLibrary}\n${observer}\nobserve(json.loads(${JSON.stringify(JSON.stringify(input))}))\n`;
}
