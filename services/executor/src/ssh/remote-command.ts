/**
 * SSH `exec` takes one string that the minion user's login shell parses. These helpers build that
 * string so that every argv element and env value arrives literally: nothing the caller passes is
 * ever interpreted by that shell.
 */

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** POSIX single-quoting: inside '...' every byte is literal; a `'` becomes `'\''`. */
export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new Error(`a command argument cannot contain a NUL byte: ${JSON.stringify(value)}`);
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

export interface CommandLineOptions {
  /** Directory to change into first; the command does not run if that fails. */
  readonly cwd?: string;
  /** Added to the program's environment through `env NAME=VALUE ...`. */
  readonly env?: Readonly<Record<string, string>>;
}

/** The exec string that runs `argv` (no shell features) with `env` added, replacing the login shell. */
export function buildCommandLine(argv: readonly string[], options: CommandLineOptions = {}): string {
  if (argv.length === 0) throw new Error('cannot run an empty command');
  const program = argv[0]!;
  if (program === '') throw new Error('the program name is empty');
  const assignments = Object.entries(options.env ?? {}).map(([name, value]) => {
    if (!ENV_NAME.test(name))
      throw new Error(`invalid environment variable name ${JSON.stringify(name)}: must match ${ENV_NAME.source}`);
    return shellQuote(`${name}=${value}`);
  });
  // `env` takes every leading NAME=VALUE word as an assignment, so a program name with `=` would be swallowed.
  if (program.includes('=')) throw new Error(`the program name cannot contain "=": ${JSON.stringify(program)}`);
  // Always through `env --`: unlike dash's `exec`, it also runs a program whose name starts with `-`.
  const command = ['exec', 'env', '--', ...assignments, ...argv.map(shellQuote)].join(' ');
  return options.cwd === undefined ? command : `cd -- ${shellQuote(options.cwd)} && ${command}`;
}
