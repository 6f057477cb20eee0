import { resultWith } from './result-fields.ts';
import type { BenchmarkResult } from './model.ts';
import { summarize } from './numbers.ts';
import { ResultIndex, type SeriesKey } from './result-index.ts';

export type { SeriesKey } from './result-index.ts';

export type Aggregate = 'mean' | 'median' | 'stddev' | 'min' | 'max';

/** What a series collects beyond its result, once it has more than one sample or any aggregate. */
interface Repeated {
  samples: number[];
  aggregates: Partial<Record<Aggregate, number>>;
}

/**
 * Collects repeated rows of the same benchmark into series, in the order first seen. Until a
 * series repeats, it is just its result (its one sample is the value), so a large file of
 * distinct rows keeps little more than its results.
 */
export class SeriesTable {
  readonly #index = new ResultIndex();
  readonly #repeated = new Map<BenchmarkResult, Repeated>();
  /** One string per benchmark name, however many results carry it. */
  readonly #names = new Map<string, string>();

  addSample(key: SeriesKey, sample: number, iterations?: number): void {
    const result = this.#index.find(key);
    if (result === undefined) {
      this.#add(key, sample, iterations);
      return;
    }
    this.#repeatedOf(result).samples.push(sample);
    if (iterations !== undefined) result.iterations = (result.iterations ?? 0) + iterations;
  }

  /** A statistic the tool computed itself over the series' samples. */
  addAggregate(key: SeriesKey, aggregate: Aggregate, value: number): void {
    let result = this.#index.find(key);
    if (result === undefined) {
      result = this.#add(key, Number.NaN);
      this.#repeated.set(result, { samples: [], aggregates: {} });
    }
    this.#repeatedOf(result).aggregates[aggregate] = value;
  }

  /** One result per series; `central` picks which statistic of repeated samples is the value. */
  results(central: 'mean' | 'median'): BenchmarkResult[] {
    const { results } = this.#index;
    results.forEach((result, index) => {
      const repeated = this.#repeated.get(result);
      if (repeated !== undefined) results[index] = summarized(result, repeated, central);
    });
    return results;
  }

  #add(key: SeriesKey, value: number, iterations?: number): BenchmarkResult {
    const { params, metric, unit } = key;
    let benchmark = this.#names.get(key.benchmark);
    if (benchmark === undefined) this.#names.set(key.benchmark, (benchmark = key.benchmark));
    const result: BenchmarkResult =
      iterations === undefined
        ? { benchmark, params, metric, unit, value }
        : { benchmark, params, metric, unit, value, iterations };
    this.#index.add(result);
    return result;
  }

  /** A result without an entry here has exactly one sample: its value. */
  #repeatedOf(result: BenchmarkResult): Repeated {
    let repeated = this.#repeated.get(result);
    if (repeated === undefined) {
      repeated = { samples: [result.value], aggregates: {} };
      this.#repeated.set(result, repeated);
    }
    return repeated;
  }
}

function summarized(result: BenchmarkResult, repeated: Repeated, central: 'mean' | 'median'): BenchmarkResult {
  const { benchmark, params, metric, unit, iterations } = result;
  const { samples, aggregates } = repeated;
  const summary = samples.length > 0 ? summarize(samples) : undefined;
  return resultWith({
    benchmark,
    params,
    metric,
    unit,
    value: aggregates[central] ?? aggregates.mean ?? aggregates.median ?? summary?.[central] ?? Number.NaN,
    stddev: aggregates.stddev ?? summary?.stddev,
    min: aggregates.min ?? summary?.min,
    max: aggregates.max ?? summary?.max,
    median: aggregates.median ?? summary?.median,
    samples: samples.length > 1 ? samples : undefined,
    iterations,
  });
}
