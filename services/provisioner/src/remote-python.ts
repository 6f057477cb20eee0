import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinionConfig } from '@benchline/core';
import { sshOptions } from './inventory.ts';
import { sharingOptions, type MinionConnection } from './minion-connection.ts';
import { runCommand, type CommandOutcome } from './run-command.ts';
import { sshConnectionError } from './ssh-failure.ts';

export interface RemotePythonRequest {
  readonly minionName: string;
  readonly minion: MinionConfig;
  readonly connection: MinionConnection;
  readonly ansibleDir: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

// What the minion's login shell runs: a constant, no request data. /usr/bin/python3 comes first
// because a python3 found on PATH may be a version manager's shim that costs more than the whole
// check (pyenv's: ~0.2 s). -I -S: the scripts need the standard library only, nothing from the
// environment, user site or site-packages.
const REMOTE_COMMAND = `/bin/sh -c 'if [ -x /usr/bin/python3 ]; then exec /usr/bin/python3 -I -S -; fi; exec python3 -I -S -'`;

/**
 * Runs one of Benchline's minion scripts (`ansible/<script>`, after module_utils/benchline_host.py)
 * as `<call>(<input>)` over one SSH command: the OpenSSH client, with the same pinned known_hosts,
 * key options and shared master Ansible uses. The script and its input travel on stdin, so no
 * request data is ever part of a command line, local or remote.
 * Throws a ProvisioningError when the minion cannot be reached or its host key is wrong.
 */
export async function runRemotePython(
  request: RemotePythonRequest,
  script: string,
  call: string,
  input: unknown,
): Promise<CommandOutcome> {
  const { minion, connection } = request;
  const [hostLibrary, body] = await Promise.all([
    readFile(join(request.ansibleDir, 'module_utils', 'benchline_host.py'), 'utf8'),
    readFile(join(request.ansibleDir, script), 'utf8'),
  ]);
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
      // A JSON string literal is also a valid Python string literal.
      input: `${hostLibrary}\n${body}\n${call}(json.loads(${JSON.stringify(JSON.stringify(input))}))\n`,
      timeoutMs: request.timeoutMs,
      signal: request.signal,
      maxOutputChars: 1024 * 1024,
    },
  );
  // ssh exits with 255 when it could not connect; the scripts themselves never do.
  if (outcome.exitCode === 255) throw sshConnectionError(request.minionName, minion, outcome.stderr);
  return outcome;
}
