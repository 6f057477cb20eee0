import { gitRepository } from '@benchline/local';

export const NOOP_SUITE_NAME = 'bench-noop';
export const NOOP_BENCHMARK_NAME = 'noop';

/** The tiny results file the no-op benchmark writes: one measurement in Benchline's own format. */
export const TINY_RESULTS = JSON.stringify({ version: 1, benchmarks: [{ name: 'noop', unit: 'ms', value: 1 }] });

/**
 * Sleeps `$BENCHLINE_PARAM_sleep` seconds, then writes TINY_RESULTS (passed as `$0`, so no quoting
 * is involved) to the results file.
 */
export const NOOP_COMMAND: readonly string[] = [
  'sh',
  '-c',
  'sleep "$BENCHLINE_PARAM_sleep" && printf %s "$0" > "$BENCHLINE_RESULTS_FILE"',
  TINY_RESULTS,
];

/** A git repository holding only a README: what the provisioner clones for the no-op suite. */
export async function prepareNoopRepository(dir: string): Promise<string> {
  const repo = await gitRepository(dir);
  await repo.commit('bench suite', {
    'README.md': 'Benchline bench suite: one benchmark that writes a tiny results file.\n',
  });
  return dir;
}

/** The suite definition (as under `suites:` in the config) of the no-op suite cloned from `repo`. */
export function noopSuiteConfig(repo: string): Record<string, unknown> {
  return {
    repo,
    defaultRef: 'main',
    parameters: {
      sleep: {
        default: '0',
        pattern: '[0-9]{1,3}(\\.[0-9]{1,3})?',
        description: 'seconds the benchmark sleeps before writing its results',
      },
    },
    benchmarks: [{ name: NOOP_BENCHMARK_NAME, command: [...NOOP_COMMAND], format: 'benchline', timeoutSeconds: 120 }],
  };
}
