import { createHash } from 'node:crypto';
import type { BenchmarkResult } from '@benchline/results';
import type { FieldValue, Point } from './line-protocol.ts';

export const MEASUREMENT = 'benchmark_result';

/** Everything needed to turn one benchmark's results into points. */
export interface BenchmarkPublication {
  runId: string;
  suite: string;
  /** The suite's benchmark name (config), not the case name. */
  benchmark: string;
  minion: string;
  ref: string;
  commit: string;
  /** The run bundle's IPFS CID. */
  cid: string;
  requestedAtMs: number;
  runParameters: Readonly<Record<string, string>>;
  results: readonly BenchmarkResult[];
}

const NS_PER_MS = 1_000_000n;

/**
 * The run's timestamp: its request time in ns plus a sub-millisecond offset hashed from the run id,
 * so runs requested in the same millisecond do not overwrite each other and a redelivery rewrites
 * exactly the same points.
 */
export function runTimestampNs(runId: string, requestedAtMs: number): bigint {
  if (!Number.isSafeInteger(requestedAtMs) || requestedAtMs < 0) throw new Error(`requestedAtMs must be a non-negative integer of ms, got ${requestedAtMs}`);
  const offset = createHash('sha256').update(runId).digest().readBigUInt64BE(0) % NS_PER_MS;
  return BigInt(requestedAtMs) * NS_PER_MS + offset;
}

/** The documented schema (see README): one point per result. */
export function benchmarkPoints(input: BenchmarkPublication): Point[] {
  const timestamp = runTimestampNs(input.runId, input.requestedAtMs);
  // Results with identical tags in one run would overwrite each other at the same timestamp;
  // each repeat moves 1 ns later, deterministically in file order.
  const repeats = new Map<string, bigint>();
  return input.results.map((result) => {
    const tags = resultTags(input, result);
    const seriesKey = JSON.stringify(Object.entries(tags).sort());
    const repeat = repeats.get(seriesKey) ?? 0n;
    repeats.set(seriesKey, repeat + 1n);
    return { measurement: MEASUREMENT, tags, fields: resultFields(input, result), timestamp: timestamp + repeat };
  });
}

function resultTags(input: BenchmarkPublication, result: BenchmarkResult): Record<string, string> {
  const tags: Record<string, string> = {
    suite: input.suite,
    benchmark: input.benchmark,
    case: result.benchmark,
    metric: result.metric,
    unit: result.unit,
    minion: input.minion,
    ref: input.ref,
  };
  for (const [name, value] of Object.entries({ ...input.runParameters, ...result.params })) tags[`param_${name}`] = value;
  return tags;
}

function resultFields(input: BenchmarkPublication, result: BenchmarkResult): Record<string, FieldValue> {
  const where = `${input.benchmark}/${result.benchmark} ${result.metric}`;
  const fields: Record<string, FieldValue> = { value: float(result.value, 'value', where) };
  const optionalFloats = [
    ['stddev', result.stddev],
    ['min', result.min],
    ['max', result.max],
    ['median', result.median],
    ['ci_lower', result.ciLower],
    ['ci_upper', result.ciUpper],
    ['ci_level', result.ciLevel],
  ] as const;
  for (const [name, value] of optionalFloats) if (value !== undefined) fields[name] = float(value, name, where);
  if (result.iterations !== undefined) fields.iterations = count(result.iterations, 'iterations', where);
  if (result.samples !== undefined) fields.samples = BigInt(result.samples.length);
  fields.run_id = input.runId;
  fields.commit = input.commit;
  fields.cid = input.cid;
  return fields;
}

function float(value: number, name: string, where: string): number {
  if (!Number.isFinite(value)) throw new Error(`${where}: ${name} is ${value}, not a finite number`);
  return value;
}

function count(value: number, name: string, where: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${where}: ${name} must be a non-negative integer, got ${value}`);
  return BigInt(value);
}
