import type { JetStreamClient } from '@nats-io/jetstream';
import { environmentSubject } from '@benchline/core';
import {
  ENVIRONMENT_CHANGES_MEASUREMENT,
  ENVIRONMENT_MEASUREMENT,
  type InfluxClient,
  type Point,
} from '@benchline/influx';
import { environmentFields, type FactValues } from '../host-facts.ts';
import {
  environmentChange,
  knownAfter,
  type EnvironmentChangeRecord,
  type KnownEnvironment,
} from './environment-change.ts';

export interface EnvironmentRun {
  readonly minion: string;
  readonly suite: string;
  readonly runId: string;
  /** Request time, RFC 3339. */
  readonly at: string;
  readonly timestampNs: bigint;
  readonly facts: FactValues;
}

/**
 * The run's environment against what was known of the minion before it (the latest environment
 * point before the run's time in InfluxDB, whatever its suite: that run's facts and the versions of
 * packages other suites listed), and the points that record both: the run's environment (field
 * `known` carries the knowledge on), and the change when there is one. A redelivery finds the same previous run (its own
 * point is not before it) and so the same change, with the same id and point.
 */
export async function compareEnvironment(
  influx: Pick<InfluxClient, 'query'>,
  run: EnvironmentRun,
): Promise<{ change: EnvironmentChangeRecord | undefined; points: Point[] }> {
  const previous = await previousEnvironment(influx, run);
  const change = environmentChange(previous, { runId: run.runId, facts: run.facts }, run);
  const { env, host } = environmentFields(run.facts);
  const known = JSON.stringify(knownAfter(previous?.known, run.facts));
  const points: Point[] = [
    {
      measurement: ENVIRONMENT_MEASUREMENT,
      tags: { minion: run.minion },
      fields: { env, host, known, run_id: run.runId, suite: run.suite },
      timestamp: run.timestampNs,
    },
  ];
  if (change) points.push(changePoint(change, run.timestampNs));
  return { change, points };
}

const encoder = new TextEncoder();

/** `environment.changed.<minion>` on the CHANGES stream, de-duplicated by the change's id. */
export async function announceEnvironmentChange(js: JetStreamClient, change: EnvironmentChangeRecord): Promise<void> {
  await js.publish(environmentSubject(change.minion), encoder.encode(JSON.stringify(change)), {
    msgID: `environment:${change.id}`,
  });
}

async function previousEnvironment(
  influx: Pick<InfluxClient, 'query'>,
  run: EnvironmentRun,
): Promise<KnownEnvironment | undefined> {
  // The time bound is a computed integer, never user input.
  const query = `SELECT "known", "run_id" FROM "${ENVIRONMENT_MEASUREMENT}" WHERE "minion" = $minion AND time < ${run.timestampNs} ORDER BY time DESC LIMIT 1`;
  const [series] = await influx.query(query, { minion: run.minion });
  const row = series?.rows[0];
  if (typeof row?.known !== 'string') return undefined;
  return { runId: String(row.run_id ?? ''), known: JSON.parse(row.known) as FactValues };
}

/** The change's annotation (tags minion and change id, so a rewrite replaces it), at the first run in the new environment. */
function changePoint(change: EnvironmentChangeRecord, timestampNs: bigint): Point {
  return {
    measurement: ENVIRONMENT_CHANGES_MEASUREMENT,
    tags: { minion: change.minion, change_id: change.id },
    fields: {
      run_id: change.runId,
      suite: change.suite,
      previous_run_id: change.previousRunId,
      changed: JSON.stringify(change.changed),
      before: JSON.stringify(change.before),
      after: JSON.stringify(change.after),
      text: `environment changed: ${change.changed.join(', ')}`,
    },
    timestamp: timestampNs,
  };
}
