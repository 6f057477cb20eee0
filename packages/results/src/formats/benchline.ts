import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FormatAdapter } from '../adapter.ts';
import { resultWith } from '../result-fields.ts';
import { isObject, type Json } from '../json.ts';
import type { JsonDocument } from '../json-document.ts';
import type { Input } from '../input.ts';
import type { BenchmarkResult } from '../model.ts';
import { metricOfUnit } from '../units.ts';

const benchlineSchema: object = JSON.parse(
  readFileSync(new URL('../../schema/benchline-results.schema.json', import.meta.url), 'utf8'),
);

const ajv = new Ajv({ allErrors: false, strict: true });
ajv.addSchema(benchlineSchema);
const validateDocument = ajv.getSchema('benchline-results.schema.json')!;
const validateEntry = ajv.getSchema('benchline-results.schema.json#/definitions/benchmark')!;

export const benchline: FormatAdapter = {
  name: 'benchline',
  detect(input) {
    const doc = input.jsonOrNothing();
    if (!doc?.isArray('benchmarks') || doc.has('context')) return false;
    const first = doc.firstElement('benchmarks');
    return first === undefined ? doc.member('version') === 1 : isObject(first) && 'value' in first && 'unit' in first;
  },
  parse(input) {
    const doc = input.json();
    // The document is validated without its entries, then each entry as it is read.
    if (!validateDocument(withoutEntries(doc))) fail(input, validateDocument, '$');
    const results: BenchmarkResult[] = [];
    for (const entry of doc.rows('benchmarks')) {
      if (!validateEntry(entry.value)) fail(input, validateEntry, entry.path);
      // The schema has checked every type and bound, so the entry is read as it is.
      results.push(toResult(entry));
    }
    return results;
  },
};

/** What the schema guarantees an entry to be. */
type BenchlineEntry = Omit<BenchmarkResult, 'benchmark' | 'metric' | 'params'> & {
  name: string;
  metric?: string;
  params?: Record<string, string>;
};

function withoutEntries(doc: JsonDocument): unknown {
  // Any array fails the schema's type check at $ as this one does, without being parsed.
  if (!doc.isObject) return doc.isArray() ? [] : doc.root().value;
  return Object.fromEntries(
    doc.keys().map((key) => [key, key === 'benchmarks' && doc.isArray(key) ? [] : doc.get(key).value]),
  );
}

function fail(input: Input, validator: ValidateFunction, path: string): never {
  const { position, expected } = describe(validator.errors?.[0], path);
  return input.fail(position, expected);
}

function toResult(entry: Json): BenchmarkResult {
  const value = entry.value as BenchlineEntry;
  const metric =
    value.metric ??
    metricOfUnit(value.unit) ??
    entry.get('metric').fail(`a metric name (unit "${value.unit}" implies none)`);
  return resultWith(
    { benchmark: value.name, params: value.params ?? {}, metric, unit: value.unit, value: value.value },
    value,
  );
}

function describe(error: ErrorObject | undefined, base: string): { position: string; expected: string } {
  if (!error) return { position: base, expected: 'a document matching the benchline results schema' };
  const path = base + error.instancePath.split('/').slice(1).map(segment).join('');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required')
    return { position: `${path}.${String(params.missingProperty)}`, expected: 'a value (required property)' };
  if (error.keyword === 'additionalProperties') {
    return {
      position: `${path}.${String(params.additionalProperty)}`,
      expected: 'no such property (not in the benchline results schema)',
    };
  }
  return {
    position: path,
    expected: `a value that must ${(error.message ?? 'match the schema').replace(/^must /, '')}`,
  };
}

function segment(raw: string): string {
  const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
  if (/^\d+$/.test(key)) return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
