// The trigger's building blocks, for tests: not part of its public surface.

// Run ids of scheduled runs
export { scheduledRunId } from './run-ids.ts';
