// The stage kit: what a stage declares (documented interfaces first) and how it is run
export type { StageDefinition, StageDeps, StageLease, StageRun } from './stage.ts';
export { stageHandler } from './stage.ts';
export type { MessageHandler, Worker, WorkerOptions } from './worker.ts';
export { reportProgress, RetryLater, startWorker, Superseded, waitingFor } from './worker.ts';
export { backoffDelayMs, STAGE_BACKOFF, type BackoffOptions } from './backoff.ts';

// Errors: one coded error class, the registry of codes (docs/errors.md) and run.failed
export {
  BenchlineError,
  ERROR_CODES,
  errorCode,
  isRetryable,
  type BenchlineErrorOptions,
  type ErrorCode,
} from './errors.ts';
export { outputTail, publishFailure, runFailed, type Failure } from './fail.ts';

// The minion lease: one delivery of one run holds one minion
export { LeaseSession, takeLease, type LeaseSessionOptions } from './lease-session.ts';
export { leaseClaim, MinionLeases, type AcquireResult, type LeaseClaim, type LeaseStatus } from './lease.ts';
export { LeaseReleases } from './lease-releases.ts';

// Events: the protobuf contracts, their codec, subjects and publishing
export {
  BenchmarkStatus,
  proto,
  Stage,
  TriggerSource,
  Verdict,
  type Analysis,
  type Artifact,
  type BenchmarkExecution,
  type CommitOrder,
  type Execution,
  type HostFacts,
  type Provisioning,
  type Publication,
  type RunAnalyzed,
  type RunCancelled,
  type RunExecuted,
  type RunFailed,
  type RunProvisioned,
  type RunPublished,
  type RunRequest,
  type RunRequested,
  type SeriesKey,
  type SeriesVerdict,
  type SeriesVerdictFields,
} from './messages.ts';
export {
  decodeEvent,
  decodeMessage,
  encodeEvent,
  MessageDecodeError,
  runRequested,
  type EventOf,
  type RunEvent,
} from './codec.ts';
export {
  CHANGES_STREAM,
  changeSubject,
  DEAD_LETTER_STREAM,
  deadLetterSubject,
  environmentSubject,
  eventSubject,
  NOTIFICATIONS_STREAM,
  notifySubject,
  parseEventSubject,
  runFilter,
  runLogSubject,
  RUNS_STREAM,
  STAGES,
  stageFilter,
  type EventAddress,
  type StageName,
} from './subjects.ts';
export { publishEvent } from './publish.ts';
export { hasAnyEvent } from './progress.ts';
export { effectiveParameters, validateRequest } from './request-validation.ts';
export { purposeTag, runPurpose, RUN_PURPOSES, type RunPurpose } from './run-purpose.ts';

// Configuration: the schema's types, loading and validation
export type {
  AnalysisSettings,
  BenchlineConfig,
  BenchmarkConfig,
  MinionConfig,
  NotificationDestination,
  NotificationEventKind,
  ParameterConfig,
  RetentionConfig,
  ScheduleConfig,
  SuiteConfig,
} from './config-schema.ts';
export { ConfigError, loadConfig, parseConfig } from './config.ts';

// A service's life: NATS connection, topology, logging, the shared main
export { openContext, runService, type RunningService, type ServiceContext } from './service.ts';
export { connectNats, type NatsContext } from './nats.ts';
export {
  CHANGE_FOLLOWER_CONSUMER,
  CONSUMERS,
  NOTIFIER_CONSUMERS,
  RECORDER_CONSUMER,
  type Buckets,
} from './topology.ts';
export { initTopology } from './init-topology.ts';
export { createLogger, type Logger } from './logger.ts';

// Benchline's own metrics (GET /metrics) and readiness (GET /healthz)
export { countRetry, metricsRegistry, type RetriedDependency, type WorkerLiveness } from './metrics.ts';
export { readinessCheck, type ReadinessOptions } from './service.ts';
export type { HealthReport } from './health.ts';

// NATS users, their permissions and the server's authorization config
export { NATS_USERS, type NatsUser } from './nats-permissions.ts';
export { renderNatsAuthorization, type PasswordSource } from './nats-server-config.ts';

// Run state and change points, as stored in the KV buckets
export {
  applyEvent,
  getRun,
  indexStoredRuns,
  listRuns,
  recordEvent,
  type RunFilter,
  type RunState,
  type RunStore,
} from './run-state.ts';
export type { RunIndex } from './run-index.ts';
export { pageRuns } from './run-pages.ts';
export {
  CHANGE_STATUSES,
  ChangeStore,
  TRIAGE_STATUSES,
  type ChangeFilter,
  type ChangeRecord,
  type ChangeStatus,
  type SeriesIdentity,
  type TriageStatus,
} from './changes.ts';
export { identityOfTags, seriesKeyOf, tagsOfIdentity } from './series-identity.ts';

// Artifacts, the on-minion layout and time stamps
export { readArtifact, storeArtifact } from './artifacts.ts';
export { PUBLISHED_META, removeArtifact, trimArtifacts, trimRuns } from './retention.ts';
export { suiteCheckoutDir } from './minion-layout.ts';
export { nowIso } from './time.ts';

// Confirmation and bisection of changes (services/bisector)
export type { BisectionSettings } from './config-schema.ts';
export { bisectionSettingsOf, type EffectiveBisectionSettings } from './bisection-settings.ts';
export { bisectSubject } from './subjects.ts';
export { BISECTIONS_BUCKET, BISECTOR_CONSUMER } from './topology.ts';
