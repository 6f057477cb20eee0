export { main } from './cli.ts';
export { BenchlineApi, CliError, EXIT, parseEventStream } from './api.ts';
export type { Accepted, Change, Comparison, RunEventMessage, RunState } from './api.ts';
export { outcomeOf, type CommandIo, type RunOutput } from './commands.ts';
export { parseSeriesFile, SeriesFileError } from './series-file.ts';
export type { SeriesFile } from './series-file.ts';
