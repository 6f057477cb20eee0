/** Every process of a run carries `BENCHLINE_RUN_ID=<runId>` in its environment, so cleanup can find it. */
export const RUN_ID_ENV = 'BENCHLINE_RUN_ID';

/**
 * ... and `BENCHLINE_DELIVERY=<runId>.<delivery>`: the delivery of the run's message that started it. A
 * redelivery takes a run over while the superseded delivery may still be finishing a benchmark; each
 * delivery's own leftover kill must then find only its own processes, never the newer delivery's.
 */
export const DELIVERY_ENV = 'BENCHLINE_DELIVERY';

export function runMarker(runId: string): string {
  return `${RUN_ID_ENV}=${runId}`;
}

export function deliveryMarker(runId: string, delivery: string): string {
  return `${DELIVERY_ENV}=${runId}.${delivery}`;
}

/** A lease claim's delivery (`<stream seq>:<consumer seq>`) as it appears in file names on the minion. */
export function deliveryTag(delivery: string): string {
  return delivery.replace(':', '-');
}
