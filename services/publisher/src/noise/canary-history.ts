import type { Execution } from '@benchline/core';
import { CANARY_MEASUREMENT, type InfluxClient, type Point } from '@benchline/influx';
import { judgeCanary, type CanaryJudgement, type JudgementSettings } from './canary-judgement.ts';

type Canary = NonNullable<Execution['canary']>;

export interface CanaryRun {
  readonly minion: string;
  readonly runId: string;
  /** The run's InfluxDB timestamp (runTimestampNs): its canary's point, and the end of its history. */
  readonly timestampNs: bigint;
  readonly canary: Canary;
}

/**
 * The run's canary judged against the canaries of the same version that ran on the minion before
 * it (InfluxDB, the system of record, so the judgement survives restarts and a redelivery judges
 * alike: the run's own point is not before it), and the canary's point that joins the history. Noisy
 * canaries stay in the history: a minion that became slower for good is judged against its new
 * level after a few runs instead of being noisy forever.
 */
export async function judgeRunCanary(
  influx: Pick<InfluxClient, 'query'>,
  run: CanaryRun,
  settings: JudgementSettings,
): Promise<{ judgement: CanaryJudgement; point: Point }> {
  const history = await earlierCanaries(influx, run, settings.history);
  const judgement = judgeCanary(run.canary.seconds ?? 0, history, settings);
  return { judgement, point: canaryPoint(run, judgement.noisy) };
}

async function earlierCanaries(influx: Pick<InfluxClient, 'query'>, run: CanaryRun, limit: number): Promise<number[]> {
  // The time bound is a computed integer, never user input; the rest is bound as parameters.
  const query = `SELECT "seconds" FROM "${CANARY_MEASUREMENT}" WHERE "minion" = $minion AND "version" = $version AND time < ${run.timestampNs} ORDER BY time DESC LIMIT ${limit}`;
  const [series] = await influx.query(query, { minion: run.minion, version: run.canary.version ?? '' });
  return (series?.values ?? []).map((row) => row[1]).filter((value): value is number => typeof value === 'number');
}

function canaryPoint(run: CanaryRun, noisy: boolean): Point {
  return {
    measurement: CANARY_MEASUREMENT,
    tags: { minion: run.minion, version: run.canary.version ?? '' },
    fields: {
      seconds: run.canary.seconds ?? 0,
      ...(run.canary.roundSeconds?.length && { rounds: run.canary.roundSeconds.join(',') }),
      run_id: run.runId,
      noisy,
    },
    timestamp: run.timestampNs,
  };
}
