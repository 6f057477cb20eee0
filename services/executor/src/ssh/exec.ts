import type { NodeSSH } from 'node-ssh';
import { RemoteCommandError } from '../errors.ts';
import { buildCommandLine, type CommandLineOptions } from './remote-command.ts';

/** Runs a small helper command on the minion (output buffered in memory) and throws if it fails. */
export async function execChecked(
  ssh: NodeSSH,
  what: string,
  argv: readonly string[],
  options?: CommandLineOptions,
): Promise<string> {
  const result = await ssh.execCommand(buildCommandLine(argv, options), { noTrim: true });
  if (result.code !== 0)
    throw new RemoteCommandError(
      what,
      result.code,
      result.stderr || (result.signal ? `killed by ${result.signal}` : ''),
    );
  return result.stdout;
}
