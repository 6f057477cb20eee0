import type { FormatAdapter } from '../adapter.ts';
import { isObject } from '../json.ts';
import { METRIC } from '../model.ts';
import { SeriesTable } from '../series.ts';

/**
 * The original ipfs/benchmarks runner: one object per test (tests/schema/results.js), or an
 * array of them. Duration is {s, ms} (older files: top-level s and ms), in ms = s*1000 + ms.
 */
export const ipfsBenchmarks: FormatAdapter = {
  name: 'ipfs-benchmarks',
  detect(input) {
    const doc = input.jsonOrNothing();
    const first = doc?.isArray() ? doc.firstElement() : doc?.pick(['name', 'duration', 'ms', 's', 'date']);
    if (!isObject(first) || typeof first.name !== 'string') return false;
    return (isObject(first.duration) && 'ms' in first.duration) || ('ms' in first && 's' in first && 'date' in first);
  },
  parse(input) {
    const doc = input.json();
    const entries = doc.isArray() ? doc.rows() : [doc.root()];
    const table = new SeriesTable();
    for (const entry of entries) {
      const benchmark = entry.object().get('name').string();
      const params: Record<string, string> = {};
      for (const key of ['warmup', 'file_set']) {
        if (!entry.get(key).missing) params[key] = entry.get(key).paramValue();
      }
      const duration = entry.get('duration').missing ? entry : entry.get('duration').object();
      const ms = duration.get('s').number() * 1000 + duration.get('ms').number();
      table.addSample({ benchmark, params, metric: METRIC.latency, unit: 'ms' }, ms);
      if (typeof entry.get('cpu').value === 'number')
        table.addSample({ benchmark, params, metric: 'cpu', unit: '%' }, entry.get('cpu').number());
      if (typeof entry.get('memory').value === 'number')
        table.addSample({ benchmark, params, metric: 'memory', unit: 'B' }, entry.get('memory').number());
    }
    return table.results('mean');
  },
};
