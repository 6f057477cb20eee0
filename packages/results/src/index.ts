export type { BenchmarkResult, ParsedResults } from './model.ts';
export { METRIC } from './model.ts';
export { ResultsParseError } from './errors.ts';
export { parseResults, detectFormat, formatNames, PARSER_VERSION } from './parse.ts';
export { main, type CliIo } from './cli.ts';
export { parseResultsPath } from './parse-path.ts';
