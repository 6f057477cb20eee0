import { ENVIRONMENT_CHANGES_MEASUREMENT, type InfluxClient } from '@benchline/influx';

const NS_PER_MS = 1_000_000n;

/**
 * Where the minion's current environment began, as seen by a run requested at `requestedAt`: the
 * time in ms of the latest environment change (written by the publisher) up to that run, the run's
 * own included. Points before it were measured on another machine, in effect: the analyzer judges
 * the run and finds change points only among the points since, so an environment change starts a
 * new segment instead of being blamed on a commit. Undefined when the minion never changed.
 */
export async function environmentSegmentStart(
  influx: Pick<InfluxClient, 'query'>,
  minion: string,
  requestedAt: string,
): Promise<number | undefined> {
  const requestedAtMs = Date.parse(requestedAt);
  if (!Number.isSafeInteger(requestedAtMs)) return undefined;
  // A run's points sit within the millisecond after its request time (runTimestampNs).
  const until = (BigInt(requestedAtMs) + 1n) * NS_PER_MS;
  const [series] = await influx.query(
    `SELECT "run_id" FROM "${ENVIRONMENT_CHANGES_MEASUREMENT}" WHERE "minion" = $minion AND time < ${until} ORDER BY time DESC LIMIT 1`,
    { minion },
  );
  const time = series?.rows[0]?.time;
  return typeof time === 'number' ? time : undefined;
}
