export { InfluxClient, InfluxRequestError, type InfluxClientOptions, type PointWriter, type QuerySeries } from './client.ts';
export {
  LineProtocolError, toLineProtocol, toLineProtocolBatch, toLineProtocolBatches, checkTagText,
  type FieldValue, type LineProtocolBatch, type Point,
} from './line-protocol.ts';
export { CHANGES_MEASUREMENT, RESULTS_MEASUREMENT } from './measurements.ts';
export { defaultRetryOptions, jitteredBackoffDelayMs, RetriesExhaustedError, RetryableError, retryWithBackoff, type RetryOptions } from './retry.ts';
