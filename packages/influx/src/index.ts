// The client: writes in line protocol, InfluxQL queries
export {
  InfluxClient,
  InfluxRequestError,
  type InfluxClientOptions,
  type PointWriter,
  type QueryParams,
} from './client.ts';
export type { QuerySeries } from './query-answer.ts';

// Points and their line protocol
export {
  LineProtocolError,
  toLineProtocol,
  toLineProtocolBatch,
  toLineProtocolBatches,
  checkTagText,
  type FieldValue,
  type LineProtocolBatch,
  type Point,
} from './line-protocol.ts';

// Benchline's measurement names, defined once
export {
  CANARY_MEASUREMENT,
  CHANGES_MEASUREMENT,
  ENVIRONMENT_CHANGES_MEASUREMENT,
  ENVIRONMENT_MEASUREMENT,
  RESULTS_MEASUREMENT,
} from './measurements.ts';

// A result's samples as one string field, for GET /compare
export {
  decodeSampleValues,
  encodeSampleValues,
  MAX_SAMPLE_VALUES,
  SAMPLE_VALUES_FIELD,
} from './sample-values.ts';

// Retries with backoff for transient failures
export {
  defaultRetryOptions,
  jitteredBackoffDelayMs,
  RetriesExhaustedError,
  RetryableError,
  retryWithBackoff,
  type RetryOptions,
} from './retry.ts';
