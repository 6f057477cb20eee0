import type { JetStreamClient } from '@nats-io/jetstream';
import type { BenchlineConfig, Logger, RunExecuted, RunRequest } from '@benchline/core';
import { InfluxRequestError, type InfluxClient } from '@benchline/influx';
import { announceEnvironmentChange, compareEnvironment } from './environment/environment-store.ts';
import type { EnvironmentChangeRecord } from './environment/environment-change.ts';
import { hostFactValues, type FactValues } from './host-facts.ts';
import { judgeRunCanary } from './noise/canary-history.ts';
import type { CanaryJudgement } from './noise/canary-judgement.ts';

export interface MinionJudgement {
  /** The run's host facts as its points carry them. */
  readonly facts: FactValues | undefined;
  /** Unset when the run had no canary. */
  readonly noise: CanaryJudgement | undefined;
  /** Set when the minion's environment changed since its previous run. */
  readonly environmentChange: EnvironmentChangeRecord | undefined;
}

export interface JudgedRun {
  readonly request: RunRequest;
  readonly message: RunExecuted;
  /** The run's InfluxDB timestamp (runTimestampNs). */
  readonly timestampNs: bigint;
}

/**
 * What the run says about its minion, judged against the minion's earlier runs in InfluxDB: its
 * noise (the canary) and whether its environment changed. Both records are written before the
 * run's results, so the next run on the minion finds them; a change is announced on
 * `environment.changed.<minion>`. Idempotent: a redelivery writes the same points and announces
 * the same message id.
 */
export async function judgeMinion(
  deps: { influx: Pick<InfluxClient, 'query' | 'write'>; js: JetStreamClient; config: BenchlineConfig },
  { request, message, timestampNs }: JudgedRun,
  log: Logger,
): Promise<MinionJudgement> {
  const { influx } = deps;
  const host = message.provisioning?.host;
  const facts = host ? hostFactValues(host) : undefined;
  const canary = message.execution?.canary;
  const judged =
    canary && (canary.seconds ?? 0) > 0
      ? await unlessUnreadable(log, 'noise judgement', () =>
          judgeRunCanary(
            influx,
            { minion: request.minion, runId: request.runId, timestampNs, canary },
            deps.config.noise.judgement,
          ),
        )
      : undefined;
  const environment = facts
    ? await unlessUnreadable(log, 'environment comparison', () =>
        compareEnvironment(influx, {
          minion: request.minion,
          suite: request.suite,
          runId: request.runId,
          at: request.requestedAt,
          timestampNs,
          facts,
        }),
      )
    : undefined;
  await influx.write([...(judged ? [judged.point] : []), ...(environment?.points ?? [])]);
  if (environment?.change) await announceEnvironmentChange(deps.js, environment.change);
  return { facts, noise: judged?.judgement, environmentChange: environment?.change };
}

/**
 * A deployment whose publisher may only write to InfluxDB (as before it judged anything) keeps
 * publishing: the judgement is skipped with a warning instead of failing every run.
 */
async function unlessUnreadable<T>(log: Logger, what: string, judge: () => Promise<T>): Promise<T | undefined> {
  try {
    return await judge();
  } catch (error) {
    if (!(error instanceof InfluxRequestError) || (error.status !== 401 && error.status !== 403)) throw error;
    log.warn({ err: error }, `${what} skipped: the publisher's InfluxDB user cannot read the database`);
    return undefined;
  }
}
