import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Stack } from '@benchline/local';
import { until } from '@benchline/servers';

const run = promisify(execFile);
export const SUITE = 'sleepy';

/** A one-commit repository and a suite whose only benchmark sleeps `sleep` seconds, then writes one result. */
export async function sleepySuite(dir: string): Promise<Record<string, unknown>> {
  const repo = join(dir, 'sleepy-suite');
  await mkdir(repo, { recursive: true });
  await writeFile(join(repo, 'README.md'), 'Benchline supervision test: the benchmark is an inline shell command.\n');
  const git = (...args: string[]) =>
    run(
      'git',
      [
        '-c',
        'user.name=Benchline tests',
        '-c',
        'user.email=tests@benchline.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd: repo },
    );
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'sleepy suite');
  const script = `sleep "$BENCHLINE_PARAM_sleep"; printf '%s' '{"benchmarks":[{"name":"x","unit":"ms","value":1}]}' > "$BENCHLINE_RESULTS_FILE"`;
  return {
    repo,
    setupInputs: [],
    parameters: { sleep: { default: '0.2', pattern: '[0-9]{1,2}(\\.[0-9]{1,3})?' } },
    benchmarks: [{ name: 'nap', command: ['sh', '-c', script], format: 'benchline', timeoutSeconds: 60 }],
  };
}

async function runStatus(stack: Stack, runId: string): Promise<string | undefined> {
  const response = await fetch(`${stack.triggerUrl}/runs/${runId}`, {
    headers: { authorization: `Bearer ${stack.apiKey.key}` },
  });
  return response.ok ? ((await response.json()) as { status?: string }).status : undefined;
}

export const waitForPublished = (stack: Stack, runId: string, timeoutMs: number) =>
  until(
    `run ${runId} to be published`,
    async () => {
      const status = await runStatus(stack, runId);
      if (status === 'failed') throw new Error(`run ${runId} failed`);
      return status === 'published' ? status : undefined;
    },
    timeoutMs,
    250,
  );
