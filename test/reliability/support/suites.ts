import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gitRepository } from '@benchline/local';

export const FAST_SUITE = 'fast';
export const HOSTILE_SUITE = 'hostile';
/** The fast suite behind a setup command that takes a while: provisioning it can be interrupted mid-playbook. */
export const SLOW_SETUP_SUITE = 'slow-setup';
/** `sleep`'s argument in that setup command: finds its process on the (local) minion. */
export const SLOW_SETUP_SECONDS = '6.5';
/**
 * The slow-setup suite with a benchmark that, instead of sleeping, waits until the test opens its run's
 * gate (`openGate`): a benchmark held mid-run for as long as the test needs, however loaded the machine.
 */
export const GATED_SUITE = 'gated';
/** The benchmark of the fast suite; it writes one point. */
export const WINDOW_BENCHMARK = 'window';
/** Appended to by every run of the fast suite, one line per execution: `<startNs> <endNs> <runId>`. */
export const WINDOWS_FILE = 'windows.log';

const TINY_RESULTS = '{"benchmarks":[{"name":"x","unit":"ms","value":1}]}';

// The output dir is <workDir>/runs/<runId>/<benchmark>: the windows file lives in the minion's workDir,
// outside anything the run's cleanup removes.
const recordWindow = (wait: string) =>
  [
    'start=$(date +%s%N)',
    wait,
    `echo "$start $(date +%s%N) $BENCHLINE_RUN_ID" >> "$BENCHLINE_OUTPUT_DIR/../../../${WINDOWS_FILE}"`,
    `printf '%s' '${TINY_RESULTS}' > "$BENCHLINE_RESULTS_FILE"`,
  ].join('; ');
const RECORD_WINDOW = recordWindow('sleep "$BENCHLINE_PARAM_sleep"');
const gateName = (runId: string) => `gate.${runId}`;
const WAIT_FOR_GATE = `while [ ! -e "$BENCHLINE_OUTPUT_DIR/../../../${gateName('$BENCHLINE_RUN_ID')}" ]; do sleep 0.1; done`;

/** A git repository with one commit: the provisioner clones it; the benchmarks need nothing from it. */
export async function createSuiteRepository(dir: string): Promise<string> {
  const repo = await gitRepository(join(dir, 'reliability-suite'));
  await repo.commit('reliability suite', {
    'README.md': 'Benchline reliability tests: the benchmarks are inline shell commands.\n',
  });
  return repo.path;
}

/** One benchmark that sleeps `sleep` seconds, records its execution window on the minion and writes one result. */
export function fastSuite(repo: string): Record<string, unknown> {
  return {
    repo,
    setupInputs: [],
    parameters: { sleep: { default: '0.2', pattern: '[0-9]{1,2}(\\.[0-9]{1,3})?' } },
    benchmarks: [
      { name: WINDOW_BENCHMARK, command: ['sh', '-c', RECORD_WINDOW], format: 'benchline', timeoutSeconds: 60 },
    ],
  };
}

export function slowSetupSuite(repo: string): Record<string, unknown> {
  return { ...fastSuite(repo), setup: [['sleep', SLOW_SETUP_SECONDS]] };
}

export function gatedSuite(repo: string): Record<string, unknown> {
  return {
    ...slowSetupSuite(repo),
    benchmarks: [
      {
        name: WINDOW_BENCHMARK,
        command: ['sh', '-c', recordWindow(WAIT_FOR_GATE)],
        format: 'benchline',
        timeoutSeconds: 180,
      },
    ],
  };
}

/** Lets the gated benchmark of the run finish on the minion with this work dir (or not wait at all, opened before it starts). */
export async function openGate(workDir: string, runId: string): Promise<void> {
  await mkdir(workDir, { recursive: true });
  await writeFile(join(workDir, gateName(runId)), '');
}

/** Results files a broken or malicious benchmark could write, one benchmark each. */
export const HOSTILE_RESULTS: Record<string, string> = {
  truncated: `printf '%s' '{"benchmarks":[{"name":"x","unit":"ms","val' > "$BENCHLINE_RESULTS_FILE"`,
  binary: 'head -c 65536 /dev/urandom > "$BENCHLINE_RESULTS_FILE"',
  empty: ': > "$BENCHLINE_RESULTS_FILE"',
  huge: 'head -c 100M /dev/zero > "$BENCHLINE_RESULTS_FILE"',
  traversal: `printf '%s' '{"benchmarks":[{"name":"../../../../tmp/benchline-traversal","unit":"ms","value":1,"params":{"../p":"/etc/passwd"}}]}' > "$BENCHLINE_RESULTS_FILE"`,
  nested: [
    `printf '%s' '{"benchmarks":[{"name":"n","unit":"ms","value":1,"params":{"p":' > "$BENCHLINE_RESULTS_FILE"`,
    `head -c 200000 /dev/zero | tr '\\0' '[' >> "$BENCHLINE_RESULTS_FILE"`,
    `head -c 200000 /dev/zero | tr '\\0' ']' >> "$BENCHLINE_RESULTS_FILE"`,
    `printf '%s' '}}]}' >> "$BENCHLINE_RESULTS_FILE"`,
  ].join('; '),
};

export function hostileSuite(repo: string): Record<string, unknown> {
  return {
    repo,
    setupInputs: [],
    benchmarks: Object.entries(HOSTILE_RESULTS).map(([name, script]) => ({
      name,
      command: ['sh', '-c', script],
      format: 'benchline',
      timeoutSeconds: 60,
    })),
  };
}
