import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { detectChangePoints, type Direction } from '@benchline/analysis';
import type { CliIo } from '@benchline/results';
import { parseSeriesFile, SeriesFileError } from './series-file.ts';

const USAGE = 'usage: benchline detect FILE [--direction lower|higher]';

const parseDetectArgs = (args: readonly string[]) =>
  parseArgs({ args: [...args], allowPositionals: true, options: { direction: { type: 'string' } } });

/**
 * `benchline detect FILE`: the change points of one series with the library's defaults, as JSON
 * `{"changePoints": [...]}`; each says whether it is a regression or an improvement for the direction.
 */
export async function detectCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseDetectArgs>;
  try {
    parsed = parseDetectArgs(args);
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return usageError(io, 'expected exactly one FILE');
  const direction = values.direction ?? 'lower';
  if (direction !== 'lower' && direction !== 'higher') {
    return usageError(io, `--direction is "lower" or "higher", not "${direction}"`);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`benchline: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const series = parseSeriesFile(text);
    const changePoints = detectChangePoints(series.values).map((change) => ({
      ...change,
      ...(series.commits === undefined ? {} : { commit: series.commits[change.index] }),
      kind: isWorse(change.after - change.before, direction) ? 'regression' : 'improvement',
    }));
    io.stdout(`${JSON.stringify({ changePoints }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SeriesFileError)) throw error;
    io.stderr(`benchline: ${file}: ${error.message}\n`);
    return 2;
  }
}

function isWorse(change: number, direction: Direction): boolean {
  return direction === 'lower' ? change > 0 : change < 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`benchline: ${message}\n${USAGE}\n`);
  return 2;
}
