import { setTimeout as sleep } from 'node:timers/promises';
import { nowIso } from '@benchline/core';
import type { ReliabilityStack } from '../reliability/support/reliability-stack.ts';
import { requestOverNats } from '../reliability/support/runs.ts';
import { FAST_SUITE } from '../reliability/support/suites.ts';
import type { AcceptedRun } from './observations.ts';

/** How long a client keeps retrying one request while the trigger or the broker is down. */
const GIVE_UP_AFTER_MS = 180_000;
const RETRY_EVERY_MS = 1_000;

export interface LoadOptions {
  env: ReliabilityStack;
  minions: readonly string[];
  /** Names this soak's runs apart from any other soak on the machine (run ids, idempotency keys). */
  soakId: string;
  /** Between two requests; HTTP and NATS take turns, the minions too. */
  intervalMs: number;
  log(message: string): void;
}

export interface Load {
  /** Stops requesting, waits for the requests in flight and returns every accepted one. */
  stop(): Promise<LoadResult>;
}

export interface LoadResult {
  accepted: AcceptedRun[];
  /** Requests that were still refused when the client gave up, with the last answer. */
  refused: string[];
}

/** The schedules of the soak: every `cron` slot requests one run of the fast suite on each minion. */
export function soakSchedules(soakId: string, minions: readonly string[], cron: string): Record<string, unknown>[] {
  return minions.map((minion) => ({
    name: `${soakId}-${minion}`,
    cron,
    timezone: 'UTC',
    suites: [FAST_SUITE],
    minion,
    tags: ['soak'],
  }));
}

/**
 * A steady stream of runs over HTTP (`POST /runs` with an API key) and direct NATS publishing,
 * alternating, across the minions. Like a CI client, each request is retried until it is accepted:
 * over HTTP with the same Idempotency-Key, over NATS with the same message id, so a retry never
 * makes a second run.
 */
export function startLoad(options: LoadOptions): Load {
  const { env, minions, soakId, log } = options;
  const accepted: AcceptedRun[] = [];
  const refused: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const stopped = new AbortController();

  const submit = (index: number) => {
    const minion = minions[index % minions.length]!;
    const request = index % 2 === 0 ? httpRequest(env, soakId, index, minion) : natsRequest(env, soakId, index, minion);
    const settled = request.then(
      (run) => void accepted.push(run),
      (error: Error) => {
        refused.push(error.message);
        log(`request ${index} refused: ${error.message}`);
      },
    );
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
  };

  const loop = (async () => {
    for (let index = 0; !stopped.signal.aborted; index++) {
      submit(index);
      await sleep(options.intervalMs, undefined, { signal: stopped.signal }).catch(() => undefined);
    }
  })();

  return {
    stop: async () => {
      stopped.abort();
      await loop;
      await Promise.all(inFlight);
      return { accepted, refused };
    },
  };
}

/** POST /runs, retried with the same Idempotency-Key until it is accepted (202) or refused for good (4xx). */
export async function httpRequest(
  env: ReliabilityStack,
  soakId: string,
  index: number,
  minion: string,
): Promise<AcceptedRun> {
  const idempotencyKey = `${soakId}-${index}`;
  return retrying(`POST /runs ${idempotencyKey}`, async () => {
    const response = await fetch(`${env.stack.triggerUrl}/runs`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${env.stack.apiKey.key}`,
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify({ suite: FAST_SUITE, minion, tags: ['soak'] }),
      signal: AbortSignal.timeout(15_000),
    });
    const answer = (await response.json().catch(() => ({}))) as { runId?: string; detail?: string };
    if (response.status === 202 && answer.runId) return { runId: answer.runId, minion, entry: 'http' as const };
    const problem = `HTTP ${response.status}: ${answer.detail ?? 'no detail'}`;
    if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new PermanentRefusal(problem);
    throw new Error(problem);
  });
}

/** A RunRequested published to JetStream by the `client` user, retried with the same message id. */
function natsRequest(env: ReliabilityStack, soakId: string, index: number, minion: string): Promise<AcceptedRun> {
  const fields = { runId: `${soakId}-n${index}`, suite: FAST_SUITE, minion, tags: ['soak'], requestedAt: nowIso() };
  return retrying(`publish run.requested ${fields.runId}`, async () => {
    await requestOverNats(env.clientJs, fields);
    return { runId: fields.runId, minion, entry: 'nats' as const };
  });
}

class PermanentRefusal extends Error {}

async function retrying<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof PermanentRefusal || Date.now() > deadline)
        throw new Error(`${what}: ${(error as Error).message}`);
      await sleep(RETRY_EVERY_MS);
    }
  }
}
