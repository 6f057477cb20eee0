import type { FormatAdapter } from '../adapter.ts';
import type { Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';

/** BenchmarkDotNet's ConfidenceLevel enum (L50 … L999), which its JSON writes by index. */
const CONFIDENCE_LEVELS = [0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.96, 0.97, 0.98, 0.99, 0.999];
const SIGNATURE = /^\s*\{[\s\S]{0,4000}"HostEnvironmentInfo"\s*:/;

/**
 * BenchmarkDotNet JSON exporters (full, brief, and their -compressed forms). Statistics are
 * nanoseconds per operation; the mean is the headline figure. BenchmarkDotNet writes bare NaN
 * for undefined statistics, which is accepted here and left out of the result.
 */
export const benchmarkDotNet: FormatAdapter = {
  name: 'benchmarkdotnet',
  detect(input) {
    return SIGNATURE.test(input.head(5000));
  },
  parse(input) {
    return input.json({ allowNonFinite: true }).object().flatMapRows('Benchmarks', toResults);
  },
};

function toResults(entry: Json): BenchmarkResult[] {
  entry.object();
  const namespace = entry.get('Namespace').optionalString();
  const benchmark = [namespace, entry.get('Type').string(), entry.get('Method').string()].filter(Boolean).join('.');
  const params = parseParameters(entry.get('Parameters'));
  const job = jobOf(entry.get('DisplayInfo').optionalString());
  if (job !== undefined) params.job = job;
  const stats = entry.get('Statistics').object();
  const latency: BenchmarkResult = {
    benchmark,
    params,
    metric: METRIC.latency,
    unit: 'ns',
    value: stats.get('Mean').number(),
  };
  for (const [key, field] of [
    ['stddev', 'StandardDeviation'],
    ['min', 'Min'],
    ['max', 'Max'],
    ['median', 'Median'],
  ] as const) {
    const value = stats.get(field).optionalNumber();
    if (value !== undefined) latency[key] = value;
  }
  const interval = stats.get('ConfidenceInterval');
  if (!interval.missing) {
    const lower = interval.object().get('Lower').optionalNumber();
    const upper = interval.get('Upper').optionalNumber();
    const level =
      CONFIDENCE_LEVELS[interval.get('Level').number()] ?? interval.get('Level').fail('a ConfidenceLevel index (0-12)');
    if (lower !== undefined && upper !== undefined)
      Object.assign(latency, { ciLower: lower, ciUpper: upper, ciLevel: level });
  }
  const samples = samplesOf(entry, stats);
  if (samples) latency.samples = samples.values;
  if (samples?.operations !== undefined) latency.iterations = samples.operations;
  return [latency, ...memoryResults(entry, benchmark, params)];
}

/** "N=10&Size=100" (BenchmarkDotNet's ParameterInstances.PrintInfo). */
function parseParameters(field: Json): Record<string, string> {
  const params: Record<string, string> = {};
  const text = field.missing ? '' : typeof field.value === 'string' ? field.value : field.fail('a string');
  for (const pair of text.split('&').filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0) field.fail('parameters as NAME=VALUE pairs joined by "&"');
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return params;
}

/** The job part of "Type.Method: Job(...)", without the random id of an unnamed job ("Job-ABCDEF"). */
function jobOf(displayInfo: string | undefined): string | undefined {
  const at = displayInfo?.indexOf(': ') ?? -1;
  if (displayInfo === undefined || at === -1) return undefined;
  const job = displayInfo.slice(at + 2).replace(/ \[.*\]$/, '');
  return /^Job-[A-Z0-9]{6}\(.*\)$/.test(job) ? job.slice(job.indexOf('(')) : job;
}

function samplesOf(entry: Json, stats: Json): { values: number[]; operations?: number } | undefined {
  const measurements = entry.get('Measurements');
  if (!measurements.missing) {
    const results = measurements.array().filter((m) => {
      const mode = m.object().get('IterationMode').value;
      const stage = m.get('IterationStage').value;
      return stage === undefined ? mode === 'Result' : stage === 'Result' && mode === 'Workload';
    });
    if (results.length > 0) {
      const values = results.map((m) => m.get('Nanoseconds').number() / m.get('Operations').number());
      return { values, operations: results.reduce((sum, m) => sum + m.get('Operations').number(), 0) };
    }
  }
  return stats.get('OriginalValues').missing ? undefined : { values: stats.get('OriginalValues').numbers() };
}

function memoryResults(entry: Json, benchmark: string, params: Record<string, string>): BenchmarkResult[] {
  const metrics = entry.get('Metrics');
  if (!metrics.missing) {
    return metrics.array().map((metric) => {
      const descriptor = metric.object().get('Descriptor').object();
      const id = descriptor.get('Id').string();
      const value = metric.get('Value').number();
      if (id === 'Allocated Memory') return { benchmark, params, metric: METRIC.bytesPerOp, unit: 'B/op', value };
      return { benchmark, params, metric: id, unit: descriptor.get('Unit').optionalString() ?? '1', value };
    });
  }
  const bytes = entry.get('Memory').missing
    ? undefined
    : entry.get('Memory').object().get('BytesAllocatedPerOperation').optionalNumber();
  return bytes === undefined ? [] : [{ benchmark, params, metric: METRIC.bytesPerOp, unit: 'B/op', value: bytes }];
}
