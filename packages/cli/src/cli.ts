import { main as parseCommand, type CliIo } from '@benchline/results';
import { detectCommand } from './detect-command.ts';

const USAGE = `usage: benchline parse FILE [--format NAME]
       benchline parse --list-formats
       benchline detect FILE [--direction lower|higher]`;

/** Runs `benchline COMMAND ...`; returns the exit code: 0 ok, 1 unreadable input, 2 usage or input error. */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const command = args.find((arg) => !arg.startsWith('-'));
  if (command === 'parse') return parseCommand(args, io);
  if (command === 'detect') return detectCommand(args.filter((arg) => arg !== command), io);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  io.stderr(`benchline: ${command === undefined ? 'missing command' : `unknown command "${command}"`}\n${USAGE}\n`);
  return 2;
}
