/** Every process of a run carries `BENCHLINE_RUN_ID=<runId>` in its environment, so cleanup can find it. */
export const RUN_ID_ENV = 'BENCHLINE_RUN_ID';

export function runMarker(runId: string): string {
  return `${RUN_ID_ENV}=${runId}`;
}
