/**
 * Generates ~50 MB results files (benchline JSON and Google Benchmark JSON) in a temp dir and
 * parses each in a fresh process, printing the file size, the parse time, the peak RSS and the
 * heap the results keep, as multiples of the file size.
 * Run: node --import tsx packages/results/bench/parse-large.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseResults } from '../src/index.ts';

const TARGET_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

function generate(makeRow: (i: number) => object, wrap: (rows: string) => string): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const row = JSON.stringify(makeRow(i));
    rows.push(row);
    size += row.length + 2;
  }
  return wrap(rows.join(',\n'));
}

const generators: Record<string, () => string> = {
  benchline: () =>
    generate(
      (i) => ({ name: `bench_${i % 997}`, params: { size: String(i), mode: 'fast' }, unit: 'ns', value: 1000 + (i % 113), stddev: 3.5, min: 990, max: 1200, iterations: 10_000 }),
      (rows) => `{"version": 1, "benchmarks": [\n${rows}\n]}`,
    ),
  'google-benchmark': () =>
    generate(
      (i) => ({
        name: `BM_Op/size:${i}/threads:1`,
        family_index: 0,
        per_family_instance_index: i,
        run_name: `BM_Op/size:${i}/threads:1`,
        run_type: 'iteration',
        repetitions: 1,
        repetition_index: 0,
        threads: 1,
        iterations: 100_000 + i,
        real_time: 1234.5 + (i % 97),
        cpu_time: 1230.25 + (i % 89),
        time_unit: 'ns',
        bytes_per_second: 8.5e8,
      }),
      (rows) => `{"context": {"date": "2026-01-01T00:00:00+00:00", "num_cpus": 2, "mhz_per_cpu": 2600}, "benchmarks": [\n${rows}\n]}`,
    ),
};

const gc = (globalThis as { gc?: () => void }).gc;

/** In a fresh process: peak RSS over the whole parse (resourceUsage().maxRSS), and the heap the results keep. */
function measure(file: string, format: string): void {
  gc?.();
  const before = process.memoryUsage();
  const data = readFileSync(file);
  const start = performance.now();
  const parsed = parseResults(data, { file, format });
  const seconds = (performance.now() - start) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc?.();
  const kept = process.memoryUsage().heapUsed - before.heapUsed;
  const size = data.length;
  console.log(
    `${format}: ${(size / MB).toFixed(1)} MB, ${parsed.results.length} results, parse ${seconds.toFixed(2)} s, ` +
      `peak RSS ${(peakRss / MB).toFixed(0)} MB = ${((peakRss - before.rss) / size).toFixed(1)}x file above the idle process, ` +
      `results kept on the heap ${(kept / size).toFixed(1)}x file`,
  );
}

if (process.argv[2] === '--measure') {
  measure(process.argv[3]!, process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'benchline-parse-large-'));
  try {
    for (const [format, make] of Object.entries(generators)) {
      const file = join(dir, `${format}.json`);
      writeFileSync(file, make());
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--measure', file, format], { stdio: 'inherit' });
      if (child.status !== 0) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
