import { main as parseCommand, type CliIo } from '@benchline/results';
import { runProgram, type CommandIo } from './commands.ts';
import { detectCommand } from './detect-command.ts';

/**
 * Runs `benchline COMMAND ...`; returns the exit code: 0 ok, 1 unreadable input or a failed gate
 * (a failed run, a regression), 2 usage or input error, 3 the server could not answer.
 * `parse` and `detect` work offline; the other commands talk to the trigger's HTTP API.
 */
export async function main(args: readonly string[], io: CliIo & Partial<CommandIo>): Promise<number> {
  const command = args.find((arg) => !arg.startsWith('-'));
  if (command === 'parse') return parseCommand(args, io);
  if (command === 'detect')
    return detectCommand(
      args.filter((arg) => arg !== command),
      io,
    );
  if (args.length === 0) {
    io.stderr('benchline: missing command (see benchline --help)\n');
    return 2;
  }
  return runProgram(args, io);
}
