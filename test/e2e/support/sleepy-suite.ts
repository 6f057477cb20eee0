import { join } from 'node:path';
import { gitRepository, type Stack } from '@benchline/local';
import { until } from '@benchline/servers';

export const SUITE = 'sleepy';

/** A one-commit repository and a suite whose only benchmark sleeps `sleep` seconds, then writes one result. */
export async function sleepySuite(dir: string): Promise<Record<string, unknown>> {
  const repo = await gitRepository(join(dir, 'sleepy-suite'));
  await repo.commit('sleepy suite', {
    'README.md': 'Benchline supervision test: the benchmark is an inline shell command.\n',
  });
  const script = `sleep "$BENCHLINE_PARAM_sleep"; printf '%s' '{"benchmarks":[{"name":"x","unit":"ms","value":1}]}' > "$BENCHLINE_RESULTS_FILE"`;
  return {
    repo: repo.path,
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
