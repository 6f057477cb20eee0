import { parseArgs } from 'node:util';
import { ResultsParseError } from './errors.ts';
import { formatNames } from './parse.ts';
import { parseResultsPath } from './parse-path.ts';

const USAGE = `usage: benchline parse FILE|CRITERION_DIR [--format NAME]
       benchline parse --list-formats`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const parseCliArgs = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'list-formats': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/** Runs `benchline ARGS`; returns the exit code: 0 ok, 1 unreadable input, 2 usage error. */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(args);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'parse')
    return usageError(io, command === undefined ? 'missing command' : `unknown command "${command}"`);
  if (values['list-formats']) {
    io.stdout(formatNames.map((name) => `${name}\n`).join(''));
    return 0;
  }
  if (file === undefined || extra.length > 0) return usageError(io, 'expected exactly one FILE');
  if (values.format !== undefined && !formatNames.includes(values.format)) {
    return usageError(io, `unknown format "${values.format}"; one of: ${formatNames.join(', ')}`);
  }
  try {
    const result = await parseResultsPath(file, values.format === undefined ? {} : { format: values.format });
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ResultsParseError) io.stderr(`benchline: ${error.message}\n`);
    else if (isFileSystemError(error)) io.stderr(`benchline: cannot read ${file}: ${error.message}\n`);
    else throw error;
    return 1;
  }
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`benchline: ${message}\n${USAGE}\n`);
  return 2;
}
