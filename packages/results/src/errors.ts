/**
 * The only error parseResults throws. `position` is "line N" (text and XML formats),
 * "line N column C" (JSON syntax) or a JSON path such as "$.benchmarks[3].real_time".
 */
export class ResultsParseError extends Error {
  readonly file: string;
  readonly position: string;
  readonly expected: string;

  constructor(file: string, position: string, expected: string, options?: { cause?: unknown }) {
    super(`${file}: at ${position}: expected ${expected}`, options);
    this.name = 'ResultsParseError';
    this.file = file;
    this.position = position;
    this.expected = expected;
  }
}
