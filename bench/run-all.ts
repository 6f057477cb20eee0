import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { makeTempDir } from '@benchline/servers';
import type { Figures } from './lib/cli.ts';

/** Each benchmark and its entry point, relative to bench/. */
const SCRIPTS = {
  orchestration: 'orchestration.ts',
  ingestion: 'ingestion.ts',
  scale: 'scale.ts',
  fleet: 'fleet.ts',
  provisioning: 'provisioning.ts',
  detect: 'detect/main.ts',
  analysis: 'analysis.ts',
  runs: 'runs-api.ts',
  noise: 'noise.ts',
} as const;

/**
 * `npm run bench`: the benchmarks one after another, each in its own process (so one's
 * memory and handles do not bias the next), then a summary of their figures. Extra arguments
 * (e.g. `--runs 20`) go to every script. Exit code 1 if a script failed; missed targets are reported, not fatal.
 */
async function runAll(argv: string[]): Promise<number> {
  const dir = await makeTempDir('bench-figures');
  const collected: Figures[] = [];
  const failed: string[] = [];
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
  console.log(`Benchline benchmarks, ${new Date().toISOString()}, load average ${load()}\n`);
  try {
    for (const [script, entry] of Object.entries(SCRIPTS)) {
      const out = join(dir.path, `${script}.json`);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', new URL(`./${entry}`, import.meta.url).pathname, ...argv, '--out', out],
        { stdio: 'inherit' },
      );
      const [code] = (await once(child, 'exit')) as [number | null];
      if (code === 0) collected.push(JSON.parse(await readFile(out, 'utf8')) as Figures);
      else failed.push(script);
      console.log('');
    }
  } finally {
    await dir.remove();
  }
  console.log(`Summary (load average at the end ${load()})`);
  for (const figures of collected) {
    console.log(`\n${figures.benchmark}`);
    for (const row of figures.rows) console.log(`  ${row.label}: ${row.value}`);
    for (const target of figures.targets) console.log(`  ${target.met ? 'met   ' : 'MISSED'} ${target.what}`);
  }
  if (failed.length > 0) console.log(`\nfailed: ${failed.join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

runAll(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
