import type { FormatAdapter } from '../adapter.ts';
import type { Json } from '../json.ts';
import type { BenchmarkResult } from '../model.ts';
import { resultWith } from '../result-fields.ts';

/** What asv measures, from the benchmark's name prefix (asv's own convention). */
const KINDS: readonly [RegExp, { metric: string; unit: string }][] = [
  [/^time(?:raw)?_/, { metric: 'latency', unit: 's' }],
  [/^peakmem_/, { metric: 'peak_memory', unit: 'B' }],
  [/^mem_/, { metric: 'memory', unit: 'B' }],
];
const ASV_CONFIDENCE = 0.99;

interface Stats {
  ciLower?: number;
  ciUpper?: number;
  number?: number;
  repeat?: number;
}

/**
 * airspeed velocity results (`.asv/results/MACHINE/COMMIT-ENV.json`): version 2 rows are arrays
 * described by `result_columns` (result, params, stats_ci_99_a/b, stats_number, stats_repeat,
 * samples…); older files hold {result, params, stats, samples} objects or bare numbers. A
 * parameterised benchmark has one value per combination of its params (their cartesian
 * product); the file does not name them, so they are params `param1`, `param2`… (string values
 * without their repr quotes). Values are asv's median; time_ → latency (s), mem_ → memory (B),
 * peakmem_ → peak_memory (B), track_ → metric `value`, unit `1`. Failed or skipped combinations
 * (null, NaN) yield no result.
 */
export const asv: FormatAdapter = {
  name: 'asv',
  detect(input) {
    const doc = input.jsonOrNothing();
    return (
      doc?.has('commit_hash') === true &&
      doc.has('results') &&
      (doc.has('result_columns') || doc.has('env_name') || doc.has('python'))
    );
  },
  parse(input) {
    const doc = input.json({ allowNonFinite: true }).object();
    const columns = doc.get('result_columns').missing
      ? undefined
      : doc
          .get('result_columns')
          .array()
          .map((column) => column.string());
    return doc
      .get('results')
      .entries()
      .flatMap(([name, row]) => (columns ? fromColumns(name, row, columns) : fromObject(name, row)));
  },
};

function fromColumns(name: string, row: Json, columns: string[]): BenchmarkResult[] {
  const cells = row.array();
  const column = (key: string): Json | undefined => cells[columns.indexOf(key)];
  const at = (key: string, index: number): number | undefined => {
    const cell = column(key);
    return cell === undefined || cell.missing ? undefined : cell.array()[index]?.optionalNumber();
  };
  const samples = column('samples');
  return combinations(name, column('result'), column('params'), (index) => ({
    ciLower: at('stats_ci_99_a', index),
    ciUpper: at('stats_ci_99_b', index),
    number: at('stats_number', index),
    repeat: at('stats_repeat', index),
    samples: samples === undefined || samples.missing ? undefined : samples.array()[index],
  }));
}

function fromObject(name: string, entry: Json): BenchmarkResult[] {
  if (typeof entry.value === 'number') return combinations(name, entry, undefined, () => ({}));
  if (entry.missing) return [];
  const stats = entry.object().get('stats');
  const samples = entry.get('samples');
  return combinations(name, entry.get('result'), entry.get('params'), (index) => {
    const stat = stats.missing ? undefined : stats.array()[index];
    const ci = stat === undefined || stat.missing ? undefined : stat.object().get('ci_99');
    const bounds = ci === undefined || ci.missing ? [] : ci.array().map((bound) => bound.optionalNumber());
    return {
      ciLower: bounds[0],
      ciUpper: bounds[1],
      number: stat?.missing ? undefined : stat?.get('number').optionalNumber(),
      repeat: stat?.missing ? undefined : stat?.get('repeat').optionalNumber(),
      samples: samples.missing ? undefined : samples.array()[index],
    };
  });
}

/** One result per combination of params with a value; `detail` gives the combination's statistics. */
function combinations(
  name: string,
  result: Json | undefined,
  params: Json | undefined,
  detail: (index: number) => Stats & { samples?: Json },
): BenchmarkResult[] {
  if (result === undefined || result.missing) return [];
  const values = Array.isArray(result.value) ? result.array() : [result];
  const axes =
    params === undefined || params.missing
      ? []
      : params.array().map((axis) => axis.array().map((value) => value.paramValue()));
  const kind = KINDS.find(([prefix]) => prefix.test(name.slice(name.lastIndexOf('.') + 1)))?.[1] ?? {
    metric: 'value',
    unit: '1',
  };
  return values.flatMap((cell, index) => {
    const value = cell.optionalNumber();
    if (value === undefined) return [];
    const stats = detail(index);
    const samples = stats.samples === undefined || stats.samples.missing ? undefined : stats.samples.numbers();
    const iterations =
      stats.number !== undefined && stats.repeat !== undefined ? stats.number * stats.repeat : undefined;
    const bounded = stats.ciLower !== undefined && stats.ciUpper !== undefined;
    return [
      resultWith({
        benchmark: name,
        params: paramsAt(axes, index),
        ...kind,
        value,
        ciLower: bounded ? stats.ciLower : undefined,
        ciUpper: bounded ? stats.ciUpper : undefined,
        ciLevel: bounded ? ASV_CONFIDENCE : undefined,
        samples,
        iterations,
      }),
    ];
  });
}

/** The index-th combination of the cartesian product of the axes (the last axis varies fastest). */
function paramsAt(axes: string[][], index: number): Record<string, string> {
  const params: Record<string, string> = {};
  let rest = index;
  for (let axis = axes.length - 1; axis >= 0; axis--) {
    const values = axes[axis]!;
    // asv stores each value as its Python repr: a string keeps its quotes there, not here.
    params[`param${axis + 1}`] = (values[rest % values.length] ?? '').replace(/^'(.*)'$/, '$1');
    rest = Math.floor(rest / values.length);
  }
  return Object.fromEntries(Object.entries(params).reverse());
}
