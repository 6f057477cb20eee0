/**
 * Benchline's measurements in InfluxDB (documented in the README, "Data in InfluxDB"): defined
 * once here for the publisher, the analyzer and the dashboards.
 */

/** One point per result of a published run. */
export const RESULTS_MEASUREMENT = 'benchmark_result';

/** One point per change point the analyzer found, at the time of the first run of the new level. */
export const CHANGES_MEASUREMENT = 'benchline_change';
