/** One measured quantity of one benchmark configuration, in the units the tool reported. */
export interface BenchmarkResult {
  benchmark: string;
  params: Record<string, string>;
  metric: string;
  unit: string;
  value: number;
  stddev?: number;
  min?: number;
  max?: number;
  median?: number;
  ciLower?: number;
  ciUpper?: number;
  ciLevel?: number;
  samples?: number[];
  iterations?: number;
}

export interface ParsedResults {
  format: string;
  results: BenchmarkResult[];
}

export const METRIC = {
  latency: 'latency',
  throughput: 'throughput',
  bytesPerOp: 'bytes_per_op',
  allocsPerOp: 'allocs_per_op',
} as const;
