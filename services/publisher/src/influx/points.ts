import { createHash } from 'node:crypto';
import type { BenchmarkResult } from '@benchline/results';
import {
  checkTagText,
  encodeSampleValues,
  RESULTS_MEASUREMENT,
  SAMPLE_VALUES_FIELD,
  toLineProtocol,
  type FieldValue,
  type Point,
} from '@benchline/influx';
import { environmentFields, type FactValues } from '../host-facts.ts';

/** Everything needed to turn one benchmark's results into points. */
export interface BenchmarkPublication {
  runId: string;
  suite: string;
  /** The suite's benchmark name (config), not the case name. */
  benchmark: string;
  minion: string;
  ref: string;
  commit: string;
  /** Where the commit sits in the suite's history (see CommitOrder), when the provisioner knew. */
  order?: { position: number; onDefaultBranch: boolean };
  /** The run bundle's IPFS CID. */
  cid: string;
  /** The minion's host facts as the provisioner recorded them for this run: fields `env` and `host`. */
  host?: FactValues;
  /** The run's canary was out of line with the minion's history (see noise/): field `noisy`, left out of the analysis. */
  noisy?: boolean;
  /** Why the run was requested when it is not a normal run (`confirmation`, `bisection`): field `purpose`. */
  purpose?: string;
  requestedAtMs: number;
  runParameters: Readonly<Record<string, string>>;
  results: readonly BenchmarkResult[];
}

const NS_PER_MS = 1_000_000n;

const OPTIONAL_FLOATS = [
  ['stddev', 'stddev'],
  ['min', 'min'],
  ['max', 'max'],
  ['median', 'median'],
  ['ci_lower', 'ciLower'],
  ['ci_upper', 'ciUpper'],
  ['ci_level', 'ciLevel'],
] as const satisfies readonly (readonly [string, keyof BenchmarkResult])[];

/**
 * The run's timestamp: its request time in ns plus a sub-millisecond offset hashed from the run id,
 * so runs requested in the same millisecond do not overwrite each other and a redelivery rewrites
 * exactly the same points.
 */
export function runTimestampNs(runId: string, requestedAtMs: number): bigint {
  if (!Number.isSafeInteger(requestedAtMs) || requestedAtMs < 0)
    throw new Error(`requestedAtMs must be a non-negative integer of ms, got ${requestedAtMs}`);
  const offset = createHash('sha256').update(runId).digest().readBigUInt64BE(0) % NS_PER_MS;
  return BigInt(requestedAtMs) * NS_PER_MS + offset;
}

/**
 * The documented schema (see README): one point per result, built only as they are consumed, so a
 * large results file never has all its points in memory. Every tag text and number is checked while
 * building, so points that come out of here serialize without error; draining this generator once
 * (see `checkPublications`) validates everything before anything is written.
 */
export function* publicationPoints(publications: readonly BenchmarkPublication[]): Generator<Point, void, undefined> {
  for (const input of publications) yield* pointsOfOne(input);
}

/** Throws for anything `publicationPoints` would throw for, keeping nothing. */
export function checkPublications(publications: readonly BenchmarkPublication[]): void {
  for (const _ of publicationPoints(publications));
}

/** All points of one publication at once, for small inputs. */
export function benchmarkPoints(input: BenchmarkPublication): Point[] {
  return [...publicationPoints([input])];
}

function* pointsOfOne(input: BenchmarkPublication): Generator<Point, void, undefined> {
  if (input.results.length === 0) return;
  const timestamp = runTimestampNs(input.runId, input.requestedAtMs);
  const run = runLevel(input);
  // The parts every point shares, checked once by the serializer itself, with the latest timestamp
  // any point can get; the parts of each result are checked as it is built.
  toLineProtocol({
    measurement: RESULTS_MEASUREMENT,
    tags: Object.fromEntries([...Object.entries(run.tags), ...run.paramTags]),
    fields: run.fields,
    timestamp: timestamp + BigInt(input.results.length - 1),
  });
  // Results with identical tags in one run would overwrite each other at the same timestamp;
  // each repeat moves 1 ns later, deterministically in file order.
  const repeats = new Map<string, bigint>();
  for (const result of input.results) {
    const key = seriesKey(result, input.runParameters);
    const repeat = repeats.get(key) ?? 0n;
    repeats.set(key, repeat + 1n);
    yield {
      measurement: RESULTS_MEASUREMENT,
      tags: resultTags(run, result),
      fields: resultFields(input, run.fields, result),
      timestamp: timestamp + repeat,
    };
  }
}

/** What every point of one publication shares. */
interface RunLevel {
  tags: { suite: string; benchmark: string; minion: string; ref: string };
  /** `[param_<name>, value]` of the run's parameters. */
  paramTags: readonly (readonly [string, string])[];
  fields: {
    run_id: string;
    commit: string;
    cid: string;
    commit_position?: bigint;
    on_default_branch?: boolean;
    env?: string;
    host?: string;
    purpose?: string;
    noisy?: boolean;
  };
}

function runLevel(input: BenchmarkPublication): RunLevel {
  return {
    tags: { suite: input.suite, benchmark: input.benchmark, minion: input.minion, ref: input.ref },
    paramTags: Object.entries(input.runParameters).map(([name, value]) => [`param_${name}`, value] as const),
    fields: {
      run_id: input.runId,
      commit: input.commit,
      cid: input.cid,
      ...(input.order && {
        commit_position: BigInt(input.order.position),
        on_default_branch: input.order.onDefaultBranch,
      }),
      ...(input.host && environmentFields(input.host)),
      ...(input.purpose && { purpose: input.purpose }),
      ...(input.noisy && { noisy: true }),
    },
  };
}

/** Result params override run params of the same name. */
function resultTags(run: RunLevel, result: BenchmarkResult): Record<string, string> {
  checkTagValue('case', result.benchmark);
  checkTagValue('metric', result.metric);
  checkTagValue('unit', result.unit);
  // A literal, not a spread of a shared object: V8 builds it many times faster.
  const tags: Record<string, string> = {
    suite: run.tags.suite,
    benchmark: run.tags.benchmark,
    case: result.benchmark,
    metric: result.metric,
    unit: result.unit,
    minion: run.tags.minion,
    ref: run.tags.ref,
  };
  for (const [key, value] of run.paramTags) tags[key] = value;
  for (const name in result.params) {
    const key = `param_${name}`;
    const value = result.params[name]!;
    checkTagText(key, 'tag key');
    checkTagValue(key, value);
    tags[key] = value;
  }
  return tags;
}

/** Empty values are left out of the line, so only non-empty ones must be representable. */
function checkTagValue(key: string, value: string): void {
  if (value !== '') checkTagText(value, `tag ${key}`);
}

/**
 * What tells this result's series from the others' in the same publication, where the run-level tags
 * are the same for all: case, metric, unit and the params whose effective value differs from the
 * run's (an empty value is no tag at all). Equal tag sets give equal keys.
 */
function seriesKey(result: BenchmarkResult, runParameters: Readonly<Record<string, string>>): string {
  let key = `${result.benchmark}\0${result.metric}\0${result.unit}`;
  const names = Object.keys(result.params);
  if (names.length > 1) names.sort();
  for (const name of names) {
    const value = result.params[name]!;
    if (value !== (Object.hasOwn(runParameters, name) ? runParameters[name] : '')) key += `\0${name}\0${value}`;
  }
  return key;
}

function resultFields(
  input: BenchmarkPublication,
  runFields: RunLevel['fields'],
  result: BenchmarkResult,
): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = { value: float(result.value, 'value', input, result) };
  for (const [name, key] of OPTIONAL_FLOATS) {
    const value = result[key];
    if (value !== undefined) fields[name] = float(value, name, input, result);
  }
  if (result.iterations !== undefined) fields.iterations = count(result.iterations, 'iterations', input, result);
  if (result.samples !== undefined) {
    fields.samples = BigInt(result.samples.length);
    const sampleValues = encodeSampleValues(result.samples);
    if (sampleValues !== undefined) fields[SAMPLE_VALUES_FIELD] = sampleValues;
  }
  return Object.assign(fields, runFields);
}

function float(value: number, name: string, input: BenchmarkPublication, result: BenchmarkResult): number {
  if (!Number.isFinite(value)) throw new Error(`${where(input, result)}: ${name} is ${value}, not a finite number`);
  return value;
}

function count(value: number, name: string, input: BenchmarkPublication, result: BenchmarkResult): bigint {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${where(input, result)}: ${name} must be a non-negative integer, got ${value}`);
  return BigInt(value);
}

function where(input: BenchmarkPublication, result: BenchmarkResult): string {
  return `${input.benchmark}/${result.benchmark} ${result.metric}`;
}
