import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { isObject } from '../json.ts';
import { lines, type Line } from '../lines.ts';
import { readDecimal } from '../numbers.ts';
import { paramsFromName } from '../names.ts';
import { SeriesTable } from '../series.ts';
import { latencyUnit, metricOfUnit } from '../units.ts';

const RESULT_LINE = /^Benchmark\S*\s+\d+\s+\S+\s+\S+/m;
const JSON_EVENT = /^\s*\{\s*"(?:Time|Action)"\s*:/;
const PROCS = /^(.+)-(\d+)$/;

interface PackageLine extends Line {
  pkg?: string;
}

/**
 * `go test -bench` output (the Go benchmark data format), plain or wrapped in `go test -json`
 * events. Repeated runs (-count N) become one result whose value is the median, as benchstat reports.
 */
export const goTest: FormatAdapter = {
  name: 'go-test',
  detect(input) {
    return JSON_EVENT.test(input.head(200)) ? input.text.includes('Benchmark') : RESULT_LINE.test(input.plainText);
  },
  parse(input) {
    const table = new SeriesTable();
    const events = JSON_EVENT.test(input.head(200));
    const source: Iterable<PackageLine> = events ? outputOfEvents(input) : lines(input.plainText);
    let configuredPkg: string | undefined;
    for (const line of source) {
      const config = /^pkg:\s*(\S+)/.exec(line.text);
      if (config) configuredPkg = config[1];
      else if (line.text.startsWith('Benchmark')) addResultLine(input, table, line, line.pkg || configuredPkg);
    }
    return table.results('median');
  },
};

function addResultLine(input: Input, table: SeriesTable, line: Line, pkg: string | undefined): void {
  const fields = line.text.trim().split(/\s+/);
  if (fields.length === 1 || !/^\d/.test(fields[1]!)) return;
  const position = `line ${line.number}`;
  const iterations = Number(fields[1]);
  if (!/^\d+$/.test(fields[1]!) || fields.length < 4 || fields.length % 2 !== 0) {
    input.fail(position, 'a benchmark line: name, iteration count, then value-unit pairs');
  }
  const [, base, procs] = PROCS.exec(fields[0]!) ?? [undefined, fields[0]!, undefined];
  const named = paramsFromName(base!, '=');
  const params = { ...named.params, ...(procs ? { procs } : {}), ...(pkg ? { pkg } : {}) };
  for (let i = 2; i < fields.length; i += 2) {
    const value =
      readDecimal(fields[i]!) ?? input.fail(position, `a number before unit "${fields[i + 1]}", found "${fields[i]}"`);
    const unit = fields[i + 1]!;
    const metric = metricOfUnit(unit) ?? unit;
    table.addSample(
      { benchmark: named.name, params, metric, unit: latencyUnit(unit) },
      value,
      i === 2 ? iterations : undefined,
    );
  }
}

/** The output lines of `go test -json` events, with their package, numbered by the event line where each began. */
function* outputOfEvents(input: Input): Generator<PackageLine> {
  const pending = new Map<string, PackageLine>();
  for (const line of lines(input.text)) {
    if (line.text.trim() === '') continue;
    const event = parseEvent(input, line);
    if (event.Action !== 'output') continue;
    if (typeof event.Output !== 'string') input.fail(`line ${line.number}`, 'an "Output" string in an output event');
    const pkg = typeof event.Package === 'string' ? event.Package : '';
    let current = pending.get(pkg) ?? { text: '', number: line.number, pkg };
    let output = event.Output;
    for (let newline = output.indexOf('\n'); newline !== -1; newline = output.indexOf('\n')) {
      yield { ...current, text: stripCarriageReturn(current.text + output.slice(0, newline)) };
      current = { text: '', number: line.number, pkg };
      output = output.slice(newline + 1);
    }
    if (current.text + output === '') pending.delete(pkg);
    else pending.set(pkg, { ...current, text: current.text + output });
  }
  yield* pending.values();
}

function parseEvent(input: Input, line: Line): Record<string, unknown> {
  let event: unknown;
  try {
    event = JSON.parse(line.text);
  } catch {
    return input.fail(`line ${line.number}`, 'a `go test -json` event (one JSON object per line)');
  }
  if (!isObject(event) || typeof event.Action !== 'string')
    input.fail(`line ${line.number}`, 'a JSON object with an "Action" string');
  return event;
}

function stripCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
