import { checkPublications, publicationPoints, type BenchmarkPublication } from './points.ts';
import type { PointWriter } from '@benchline/influx';

/**
 * The publisher's path from parsed results into InfluxDB. Everything is checked before the first
 * request, so bad data writes nothing; then points are built, serialized and sent batch by batch, so
 * neither all points nor all lines are ever in memory at once. Resolves with the number written.
 */
export async function writePublications(
  influx: PointWriter,
  publications: readonly BenchmarkPublication[],
): Promise<number> {
  checkPublications(publications);
  return influx.write(publicationPoints(publications));
}
