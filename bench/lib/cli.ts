import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** --runs N: how many runs (or rounds) to time. */
  runs: number;
  /** --out FILE: also write the figures there as JSON (run-all collects them). */
  out?: string;
}

const OPTIONS = { runs: { type: 'string' }, out: { type: 'string' } } as const;

export function benchArgs(argv: string[], defaultRuns: number): BenchArgs {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  const runs = values.runs === undefined ? defaultRuns : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs wants a positive integer, got ${JSON.stringify(values.runs)}`);
  return { runs, out: values.out };
}

/** One benchmark's headline: what run-all prints in its summary and the README table holds. */
export interface Figures {
  benchmark: string;
  rows: { label: string; value: string }[];
  targets: { what: string; met: boolean }[];
}

/** Runs `main` when the file is the entry point; writes its figures to --out; exit 1 on error. */
export function runAsScript(moduleUrl: string, main: (argv: string[]) => Promise<Figures>): void {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  const argv = process.argv.slice(2);
  main(argv).then(
    async (figures) => {
      // Not strict: a script may take options of its own besides --runs and --out.
      const { out } = parseArgs({ args: argv, options: OPTIONS, strict: false }).values;
      if (typeof out === 'string') await writeFile(out, JSON.stringify(figures));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
