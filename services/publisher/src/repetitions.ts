import type { BenchmarkResult } from '@benchline/results';
import { median } from '@benchline/analysis';
import type { ParseOutcome } from './bundle.ts';

/** One results file's outcome: its benchmark's repetition (0 when it ran once) and what it parsed to. */
export interface ParsedFile extends ParseOutcome {
  readonly repetition: number;
  readonly results: readonly BenchmarkResult[];
}

/**
 * One outcome per benchmark: a benchmark that ran once keeps its file's outcome; the repetitions of
 * one (suite config `repetitions`) become one result per series, whose value is the mean of the
 * repetitions' values and whose samples are those values in repetition order, so the analyzer
 * weighs the run by the spread between repetitions and GET /compare bootstraps them. A repetition
 * whose file did not parse is left out, its error kept.
 */
export function mergeRepetitions(files: readonly ParsedFile[]): (ParseOutcome & { results: BenchmarkResult[] })[] {
  const byBenchmark = new Map<string, ParsedFile[]>();
  for (const file of files) byBenchmark.set(file.benchmark, [...(byBenchmark.get(file.benchmark) ?? []), file]);
  return [...byBenchmark.values()].map((group) => {
    const [first] = group as [ParsedFile, ...ParsedFile[]];
    if (group.length === 1 && first.repetition === 0) return { ...first, results: [...first.results] };
    const ordered = [...group].sort((a, b) => a.repetition - b.repetition);
    const results = mergedResults(ordered.filter((file) => !file.error).map((file) => file.results));
    const errors = ordered.filter((file) => file.error).map((file) => `repetition ${file.repetition}: ${file.error}`);
    const parsed = ordered.find((file) => !file.error);
    return {
      benchmark: first.benchmark,
      format: parsed?.format ?? first.format,
      points: results.length,
      ...(errors.length > 0 && { error: errors.join('; ') }),
      results,
    };
  });
}

/** The n-th result of a series in each repetition merged into one, in the order the first repetition reported them. */
function mergedResults(repetitions: readonly (readonly BenchmarkResult[])[]): BenchmarkResult[] {
  const bySeries = new Map<string, BenchmarkResult[]>();
  for (const results of repetitions) {
    const seen = new Map<string, number>();
    for (const result of results) {
      const identity = seriesIdentity(result);
      const occurrence = seen.get(identity) ?? 0;
      seen.set(identity, occurrence + 1);
      const key = `${identity}\0${occurrence}`;
      bySeries.set(key, [...(bySeries.get(key) ?? []), result]);
    }
  }
  return [...bySeries.values()].map(mergedResult);
}

function mergedResult(results: readonly BenchmarkResult[]): BenchmarkResult {
  const [first] = results as [BenchmarkResult, ...BenchmarkResult[]];
  const values = results.map((result) => result.value);
  if (values.length === 1) return first;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return {
    benchmark: first.benchmark,
    params: first.params,
    metric: first.metric,
    unit: first.unit,
    value: mean,
    stddev: Math.sqrt(variance),
    min: Math.min(...values),
    max: Math.max(...values),
    median: median(values),
    samples: values,
  };
}

function seriesIdentity(result: BenchmarkResult): string {
  const params = Object.entries(result.params).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([result.benchmark, result.metric, result.unit, params]);
}
