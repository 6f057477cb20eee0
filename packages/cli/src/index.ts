export { main } from './cli.ts';
export { parseSeriesFile, SeriesFileError } from './series-file.ts';
export type { SeriesFile } from './series-file.ts';
