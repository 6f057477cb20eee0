import type { FormatAdapter } from '../adapter.ts';
import type { Json } from '../json.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';

/**
 * mitata `run({ format: 'json' })`: one entry per bench() with one run per argument
 * combination; times in nanoseconds, avg is mitata's headline figure. The benchmark is the
 * bench alias ("push $n"), its arguments are params; a named group() becomes the param group.
 */
export const mitata: FormatAdapter = {
  name: 'mitata',
  detect(input) {
    const doc = input.jsonOrNothing();
    return doc?.isArray('layout') === true && doc.isArray('benchmarks');
  },
  parse(input) {
    const doc = input.json().object();
    const groups = doc.get('layout').array();
    return doc.flatMapRows('benchmarks', (bench) => {
      const alias = bench.object().get('alias').string();
      const groupIndex = bench.get('group').optionalNumber();
      const group = groupIndex === undefined ? undefined : groups[groupIndex]?.get('name').optionalString();
      return bench
        .get('runs')
        .array()
        .flatMap((run) => toResults(alias, group, run));
    });
  },
};

function toResults(alias: string, group: string | undefined, run: Json): BenchmarkResult[] {
  const params = run.object().get('args').missing ? {} : run.get('args').params();
  if (group !== undefined) params.group = group;
  const stats = run.get('stats').object();
  const latency: BenchmarkResult = {
    benchmark: alias,
    params,
    metric: METRIC.latency,
    unit: 'ns',
    value: stats.get('avg').number(),
    min: stats.get('min').number(),
    max: stats.get('max').number(),
    median: stats.get('p50').number(),
  };
  if (Array.isArray(stats.get('samples').value)) latency.samples = stats.get('samples').numbers();
  const heap = stats.get('heap');
  if (heap.missing) return [latency];
  heap.object();
  return [
    latency,
    {
      benchmark: alias,
      params,
      metric: 'heap',
      unit: 'B',
      value: heap.get('avg').number(),
      min: heap.get('min').number(),
      max: heap.get('max').number(),
    },
  ];
}
