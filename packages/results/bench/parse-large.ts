/**
 * Generates ~50 MB results files (see large-files.ts) in a temp dir and parses each in a fresh
 * process, printing the file size, the parse time, the peak RSS, the heap the results keep and
 * the memory V8's young generation took, as multiples of the file size.
 * Run: node --import tsx packages/results/bench/parse-large.ts [FORMAT...]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { parseResults } from '../src/index.ts';
import { largeFiles } from './large-files.ts';

const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;

function youngGeneration(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size;
}

/** In a fresh process: peak RSS over the whole parse (resourceUsage().maxRSS), the heap the results keep and the young generation's growth. */
function measure(file: string, format: string): void {
  gc?.();
  const before = process.memoryUsage();
  const youngBefore = youngGeneration();
  const data = readFileSync(file);
  const start = performance.now();
  const parsed = parseResults(data, { file, format });
  const seconds = (performance.now() - start) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const young = youngGeneration() - youngBefore;
  gc?.();
  const kept = process.memoryUsage().heapUsed - before.heapUsed;
  const size = data.length;
  console.log(
    `${format}: ${(size / MB).toFixed(1)} MB, ${parsed.results.length} results, parse ${seconds.toFixed(2)} s, ` +
      `peak RSS ${(peakRss / MB).toFixed(0)} MB = ${((peakRss - before.rss) / size).toFixed(2)}x file above the idle process, ` +
      `results kept on the heap ${(kept / size).toFixed(2)}x file, V8 young generation ${(young / size).toFixed(2)}x file`,
  );
}

if (process.argv[2] === '--measure') {
  measure(process.argv[3]!, process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'benchline-parse-large-'));
  try {
    const formats = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(largeFiles);
    for (const format of formats) {
      const make = largeFiles[format];
      if (!make) throw new Error(`no generator for ${format}; one of: ${Object.keys(largeFiles).join(', ')}`);
      const file = join(dir, `${format}.json`);
      writeFileSync(file, make());
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--measure', file, format],
        { stdio: 'inherit' },
      );
      if (child.status !== 0) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
