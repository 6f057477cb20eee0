import type { Stack } from './stack.ts';

export interface RunAccepted {
  runId: string;
  statusUrl: string;
}

/** POST /runs through the trigger's HTTP API, as CI would. */
export async function requestRun(stack: Stack, body: Record<string, unknown>): Promise<RunAccepted> {
  const response = await fetch(`${stack.triggerUrl}/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.apiKey.key}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as RunAccepted & { detail?: string };
  if (response.status !== 202) throw new Error(`the trigger refused the run (${response.status}): ${answer.detail}`);
  return answer;
}
