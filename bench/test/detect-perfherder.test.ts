import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perfherderChanges } from '../detect/anchors/perfherder.ts';
import { SHARED_DATA_DIR } from '../detect/data-dir.ts';

const DIR = join(SHARED_DATA_DIR, 'perfherder-talos');
const manifest = JSON.parse(readFileSync(join(DIR, 'MANIFEST.json'), 'utf8')) as Record<
  string,
  {
    index_in_timestamp_sorted_series: number[];
  }
>;

/** Values sorted by push timestamp (stable, like Python's sorted), from graphs.mozilla.org `test_runs`. */
function talosSeries(file: string): number[] {
  type Run = [id: unknown, push: unknown, pushTimestamp: number, value: number];
  const runs = (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { test_runs: Run[] }).test_runs;
  return runs
    .map((run, order) => ({ timestamp: run[2], value: run[3], order }))
    .sort((a, b) => a.timestamp - b.timestamp || a.order - b.order)
    .map((run) => run.value);
}

describe('Perfherder re-implementation', () => {
  it.each(Object.entries(manifest))('flags exactly the production alerts on %s', (file, expected) => {
    // The manifest is detect_changes' output; the 2 % alert threshold is applied after it.
    const found = perfherderChanges(talosSeries(file), { minChangePercent: 0 });
    expect(found).toEqual(expected.index_in_timestamp_sorted_series);
  });
});
