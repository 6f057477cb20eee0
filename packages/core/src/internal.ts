// Internals for tests, bench/ and the bin/ scripts: not part of @benchline/core's public surface.

// Topology names, for tests that look into the buckets directly
export { ARTIFACTS_BUCKET, LEASES_BUCKET, RUNS_BUCKET } from './topology.ts';

// NATS credentials and the production server config, for deployment and security tests
export { resolveNatsCredentials, type NatsCredentials } from './nats-credentials.ts';
export { passwordEnvName, productionNatsAuthorization } from './nats-server-config.ts';

// The stage kit's timing, for tests that wait for it
export { CANCEL_POLL_MS } from './stage.ts';
