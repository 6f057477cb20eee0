/**
 * One series of an InfluxQL answer: its tags (GROUP BY), its columns, and its rows as InfluxDB sent
 * them (`values`, in column order) and as objects keyed by column (`rows`, built when first read: for
 * reads of many points, use `values`, since an object per row costs more than parsing the answer).
 */
export interface QuerySeries {
  readonly tags: Readonly<Record<string, string>>;
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

class AnswerSeries implements QuerySeries {
  #rows: Record<string, unknown>[] | undefined;

  constructor(
    readonly tags: Readonly<Record<string, string>>,
    readonly columns: readonly string[],
    readonly values: unknown[][],
  ) {}

  get rows(): readonly Readonly<Record<string, unknown>>[] {
    this.#rows ??= this.values.map((row) =>
      Object.fromEntries(this.columns.map((column, index) => [column, row[index]])),
    );
    return this.#rows;
  }
}

/** One line of a chunked answer of InfluxDB's v1 `/query`. */
interface AnswerChunk {
  error?: string;
  results?: {
    error?: string;
    series?: { tags?: Record<string, string>; columns: string[]; values: unknown[][]; partial?: boolean }[];
  }[];
}

/**
 * The series of the (only) result of a chunked `/query` answer, one at a time as the chunks arrive:
 * a series cut across chunks (`partial`) is put back together before it is yielded. `refused` makes
 * the error for an answer that carries one.
 */
export async function* answerSeries(
  response: Response,
  refused: (error: string) => Error,
): AsyncGenerator<QuerySeries, void, undefined> {
  let pending: AnswerSeries | undefined;
  for await (const line of responseLines(response)) {
    const chunk = JSON.parse(line) as AnswerChunk;
    const result = chunk.results?.[0];
    const error = chunk.error ?? result?.error;
    if (error) throw refused(error);
    for (const { tags = {}, columns, values, partial } of result?.series ?? []) {
      if (pending) for (const row of values) pending.values.push(row);
      else pending = new AnswerSeries(tags, columns, values);
      if (!partial) {
        yield pending;
        pending = undefined;
      }
    }
  }
  if (pending) yield pending;
}

/** The lines of a response body as they arrive. */
async function* responseLines(response: Response): AsyncGenerator<string, void, undefined> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const bytes of response.body) {
    // Only the text just received can hold the next line's end: one chunk's line spans many reads.
    let from = buffered.length;
    buffered += decoder.decode(bytes, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n', from)) >= 0) {
      const line = buffered.slice(0, end).trim();
      buffered = buffered.slice(end + 1);
      from = 0;
      if (line) yield line;
    }
  }
  const rest = (buffered + decoder.decode()).trim();
  if (rest) yield rest;
}
