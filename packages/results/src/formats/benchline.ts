import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import type { FormatAdapter } from '../adapter.ts';
import { isObject, Json } from '../json.ts';
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
    return new Json(input.file, doc).get('benchmarks').array().map(toResult);
  },
};

function toResult(entry: Json): BenchmarkResult {
  const unit = entry.get('unit').string();
  const metric = entry.get('metric').optionalString() ?? metricOfUnit(unit);
  const result: BenchmarkResult = {
    benchmark: entry.get('name').string(),
    params: entry.get('params').missing ? {} : entry.get('params').params(),
    metric: metric ?? entry.get('metric').fail(`a metric name (unit "${unit}" implies none)`),
    unit,
    value: entry.get('value').number(),
  };
  for (const key of OPTIONAL_NUMBERS) {
    const value = entry.get(key).optionalNumber();
    if (value !== undefined) result[key] = value;
  }
  if (!entry.get('samples').missing) result.samples = entry.get('samples').numbers();
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
