/**
 * Benchline's measurements in InfluxDB (documented in the README, "Data in InfluxDB"): defined
 * once here for the publisher, the analyzer and the dashboards.
 */

/** One point per result of a published run. */
export const RESULTS_MEASUREMENT = 'benchmark_result';

/** One point per change point the analyzer found, at the time of the first run of the new level. */
export const CHANGES_MEASUREMENT = 'benchline_change';

/** One point per run with a noise canary: the canary's time on its minion (tags minion, version). */
export const CANARY_MEASUREMENT = 'benchline_canary';

/** One point per run with host facts: the minion's environment in that run (tag minion). */
export const ENVIRONMENT_MEASUREMENT = 'benchline_environment';

/** One point per environment change of a minion, at the time of the first run in the new environment. */
export const ENVIRONMENT_CHANGES_MEASUREMENT = 'benchline_environment_change';
