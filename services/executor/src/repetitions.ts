import type { BenchmarkConfig } from '@benchline/core';

export interface ScheduledBenchmark {
  readonly benchmark: BenchmarkConfig;
  /** 1-based repetition (BenchmarkExecution.repetition); 0 for a benchmark that runs once. */
  readonly repetition: number;
}

/**
 * The run's benchmarks in running order, repetitions interleaved: round r runs, in suite order, every
 * benchmark with at least r repetitions (b1 b2 b3 b1 b2 b3 …), so a slow drift of the minion spreads
 * over all benchmarks instead of biasing the last ones.
 */
export function interleaveRepetitions(benchmarks: readonly BenchmarkConfig[]): ScheduledBenchmark[] {
  const repetitions = (benchmark: BenchmarkConfig) => benchmark.repetitions ?? 1;
  const rounds = Math.max(0, ...benchmarks.map(repetitions));
  const scheduled: ScheduledBenchmark[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const benchmark of benchmarks) {
      const times = repetitions(benchmark);
      if (round <= times) scheduled.push({ benchmark, repetition: times > 1 ? round : 0 });
    }
  }
  return scheduled;
}
