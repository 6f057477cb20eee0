import type { Logger } from '@benchline/core';
import { InfluxRequestError, type InfluxClient } from '@benchline/influx';

/**
 * Creates the v1 database before the first write or query (again after an outage). A refusal is fine: a
 * user without admin rights (production's) may not create databases, and in production the database exists already.
 */
export function withDatabase(
  writer: InfluxClient,
  apiVersion: 'v1' | 'v2',
  log: Logger,
): Pick<InfluxClient, 'write' | 'query'> {
  let ready: Promise<void> | undefined;
  const ensure = () =>
    writer.ensureDatabase().catch((error: unknown) => {
      if (error instanceof InfluxRequestError)
        return log.warn({ err: error }, 'could not create the InfluxDB database; assuming it exists');
      ready = undefined;
      throw error;
    });
  const databaseReady = async () => {
    if (apiVersion === 'v1') await (ready ??= ensure());
  };
  return {
    async write(points) {
      await databaseReady();
      return writer.write(points);
    },
    async query(statement, params) {
      await databaseReady();
      return writer.query(statement, params);
    },
  };
}
