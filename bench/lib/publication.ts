import { parseResults, type BenchmarkResult } from '@benchline/results';
import { benchmarkPoints, type BenchmarkPublication } from '@benchline/publisher/internal';
import type { Point } from '@benchline/influx';

/** The publisher's steps from a results file to points, for a run of the bench suite. */
export const parsedResults = (bytes: Uint8Array): BenchmarkResult[] =>
  parseResults(bytes, { file: 'results', format: 'benchline' }).results;

export function benchPublication(results: readonly BenchmarkResult[], runId: string): BenchmarkPublication {
  return {
    runId,
    suite: 'bench-ingestion',
    benchmark: 'big',
    minion: 'local',
    ref: 'main',
    commit: '0'.repeat(40),
    cid: 'QmbenchIngestionBundle',
    requestedAtMs: Date.parse('2026-11-25T00:00:00Z'),
    runParameters: {},
    results,
  };
}

export const pointsOf = (results: readonly BenchmarkResult[], runId: string): Point[] =>
  benchmarkPoints(benchPublication(results, runId));
