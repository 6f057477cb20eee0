/** A series file that cannot be read as a series; the message names the line or JSON path. */
export class SeriesFileError extends Error {
  override name = 'SeriesFileError';
}

export interface SeriesFile {
  values: number[];
  /** The commit of each value, when the file gives them (CSV `commit,value`). */
  commits?: string[];
}

/**
 * One series from a file: TCPD-style JSON (`series[0].raw`), a JSON array of numbers, or CSV with
 * `value` or `commit,value` per line and an optional header line.
 */
export function parseSeriesFile(text: string): SeriesFile {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(trimmed);
  return parseCsv(text);
}

function parseJson(text: string): SeriesFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SeriesFileError(`invalid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) return { values: numbersAt(data, '$') };
  const raw = (data as { series?: { raw?: unknown }[] }).series?.[0]?.raw;
  if (!Array.isArray(raw)) throw new SeriesFileError('$.series[0].raw: expected an array of numbers (TCPD format)');
  return { values: numbersAt(raw, '$.series[0].raw') };
}

function numbersAt(items: unknown[], path: string): number[] {
  return items.map((item, i) => {
    if (typeof item !== 'number' || !Number.isFinite(item)) {
      throw new SeriesFileError(`${path}[${i}]: expected a finite number, got ${JSON.stringify(item)}`);
    }
    return item;
  });
}

function parseCsv(text: string): SeriesFile {
  const values: number[] = [];
  const commits: string[] = [];
  let width: number | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split(',').map((field) => field.trim());
    if (fields.length > 2) {
      throw new SeriesFileError(`line ${i + 1}: expected "value" or "commit,value", got "${line}"`);
    }
    const value = fields.length === 1 ? fields[0]! : fields[1]!;
    const number = value === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(number)) {
      if (values.length === 0 && width === undefined) {
        width = fields.length;
        return;
      }
      throw new SeriesFileError(`line ${i + 1}: "${value}" is not a number`);
    }
    width ??= fields.length;
    if (fields.length !== width) {
      throw new SeriesFileError(`line ${i + 1}: expected ${width} field(s) like the lines before`);
    }
    values.push(number);
    if (fields.length === 2) commits.push(fields[0]!);
  });
  return width === 2 ? { values, commits } : { values };
}
