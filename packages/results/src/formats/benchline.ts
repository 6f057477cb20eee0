import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import type { FormatAdapter } from '../adapter.ts';
import { isObject } from '../json.ts';
import type { Input } from '../input.ts';
import type { BenchmarkResult } from '../model.ts';
import { metricOfUnit } from '../units.ts';

const benchlineSchema: object = JSON.parse(
  readFileSync(new URL('../../schema/benchline-results.schema.json', import.meta.url), 'utf8'),
);

const validate = new Ajv({ allErrors: false, strict: true }).compile(benchlineSchema);

const OPTIONAL_NUMBERS = ['stddev', 'min', 'max', 'median', 'ciLower', 'ciUpper', 'ciLevel', 'iterations'] as const;

export const benchline: FormatAdapter = {
  name: 'benchline',
  detect(input) {
    const doc = input.jsonOrNothing();
    if (!isObject(doc) || !Array.isArray(doc.benchmarks) || 'context' in doc) return false;
    const first: unknown = doc.benchmarks[0];
    return doc.benchmarks.length === 0 ? doc.version === 1 : isObject(first) && 'value' in first && 'unit' in first;
  },
  parse(input) {
    const doc = input.json();
    if (!validate(doc)) {
      const [error] = validate.errors ?? [];
      const { position, expected } = describe(error);
      return input.fail(position, expected);
    }
    // The schema has checked every type and bound, so entries are read as they are: wrapping each
    // value for its error path took longer than JSON.parse itself on large files.
    return (doc as BenchlineDocument).benchmarks.map((entry, index) => toResult(input, entry, index));
  },
};

/** What the schema guarantees a valid document to be. */
interface BenchlineDocument {
  benchmarks: (Omit<BenchmarkResult, 'benchmark' | 'metric' | 'params'> & { name: string; metric?: string; params?: Record<string, string> })[];
}

function toResult(input: Input, entry: BenchlineDocument['benchmarks'][number], index: number): BenchmarkResult {
  const metric = entry.metric ?? metricOfUnit(entry.unit) ?? input.fail(`$.benchmarks[${index}].metric`, `a metric name (unit "${entry.unit}" implies none)`);
  const result: BenchmarkResult = { benchmark: entry.name, params: entry.params ?? {}, metric, unit: entry.unit, value: entry.value };
  for (const key of OPTIONAL_NUMBERS) {
    const value = entry[key];
    if (value !== undefined) result[key] = value;
  }
  if (entry.samples !== undefined) result.samples = entry.samples;
  return result;
}

function describe(error: ErrorObject | undefined): { position: string; expected: string } {
  if (!error) return { position: '$', expected: 'a document matching the benchline results schema' };
  const path = '$' + error.instancePath.split('/').slice(1).map(segment).join('');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return { position: `${path}.${String(params.missingProperty)}`, expected: 'a value (required property)' };
  if (error.keyword === 'additionalProperties') {
    return { position: `${path}.${String(params.additionalProperty)}`, expected: 'no such property (not in the benchline results schema)' };
  }
  return { position: path, expected: `a value that must ${(error.message ?? 'match the schema').replace(/^must /, '')}` };
}

function segment(raw: string): string {
  const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
  if (/^\d+$/.test(key)) return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
