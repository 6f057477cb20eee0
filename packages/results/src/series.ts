import type { BenchmarkResult } from './model.ts';
import { summarize } from './numbers.ts';

export interface SeriesKey {
  benchmark: string;
  params: Record<string, string>;
  metric: string;
  unit: string;
}

export type Aggregate = 'mean' | 'median' | 'stddev' | 'min' | 'max';

/** Every measurement of one benchmark/params/metric/unit found in a file. */
export interface Series extends SeriesKey {
  samples: number[];
  iterations: number | undefined;
  aggregates: Partial<Record<Aggregate, number>>;
}

/** Collects repeated rows of the same benchmark into series, in the order first seen. */
export class SeriesTable {
  readonly #series = new Map<string, Series>();

  readonly #paramIds = new WeakMap<Record<string, string>, string>();

  get(key: SeriesKey): Series {
    const id = `${key.benchmark}\u0000${key.metric}\u0000${key.unit}\u0000${this.#paramsId(key.params)}`;
    let series = this.#series.get(id);
    if (!series) {
      series = { ...key, samples: [], iterations: undefined, aggregates: {} };
      this.#series.set(id, series);
    }
    return series;
  }

  #paramsId(params: Record<string, string>): string {
    let id = this.#paramIds.get(params);
    if (id === undefined) {
      id = JSON.stringify(Object.entries(params).sort());
      this.#paramIds.set(params, id);
    }
    return id;
  }

  addSample(key: SeriesKey, sample: number, iterations?: number): void {
    const series = this.get(key);
    series.samples.push(sample);
    if (iterations !== undefined) series.iterations = (series.iterations ?? 0) + iterations;
  }

  /** One result per series; `central` picks which statistic of repeated samples is the value. */
  results(central: 'mean' | 'median'): BenchmarkResult[] {
    return [...this.#series.values()].map((series) => toResult(series, central));
  }
}

function toResult(series: Series, central: 'mean' | 'median'): BenchmarkResult {
  const { benchmark, params, metric, unit, samples, iterations, aggregates } = series;
  const result: BenchmarkResult = { benchmark, params, metric, unit, value: Number.NaN };
  const summary = samples.length > 0 ? summarize(samples) : undefined;
  result.value = aggregates[central] ?? aggregates.mean ?? aggregates.median ?? summary?.[central] ?? Number.NaN;
  if (samples.length > 1 || Object.keys(aggregates).length > 0) {
    assign(result, 'stddev', aggregates.stddev ?? summary?.stddev);
    assign(result, 'min', aggregates.min ?? summary?.min);
    assign(result, 'max', aggregates.max ?? summary?.max);
    assign(result, 'median', aggregates.median ?? summary?.median);
  }
  if (samples.length > 1) result.samples = samples;
  assign(result, 'iterations', iterations);
  return result;
}

function assign<K extends keyof BenchmarkResult>(target: BenchmarkResult, key: K, value: BenchmarkResult[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
