// The executor's building blocks, for bench/ and tests: not part of its public surface.

// Coded errors of SSH, remote commands and artifacts
export {
  ArtifactMissingError,
  ArtifactTooLargeError,
  HostKeyMismatchError,
  InvalidArtifactPathError,
  MinionAuthenticationError,
  MinionUnreachableError,
  PrivateKeyError,
  RemoteCommandError,
} from './errors.ts';

// SSH to a minion: connections, host keys, command lines
export { connectMinion, type ConnectMinionOptions } from './ssh/connect.ts';
export { MinionConnectionPool, type MinionConnectionPoolOptions } from './ssh/connection-pool.ts';
export { fingerprint } from './ssh/host-key.ts';
export { buildCommandLine, shellQuote } from './ssh/remote-command.ts';

// The noise canary, as the executor times it at the start of every run
export { CANARY_VERSION, runCanary, type CanaryOptions } from './canary.ts';

// One benchmark on the minion: its folders, running it, fetching its files, cleaning up
export { assertId, benchmarkOutputDir, RESULTS_FILE_NAME, runDir } from './output-dir.ts';
export {
  runBenchmark,
  resultsFilePath,
  type BenchmarkOutcome,
  type OutputStream,
  type RunBenchmarkOptions,
} from './run-benchmark.ts';
export { fetchArtifact, type FetchArtifactOptions, type FetchedArtifact } from './fetch-artifact.ts';
export {
  cleanupAfterRun,
  cleanupRun,
  killRunProcesses,
  removeRunDir,
  type CleanupAfterRunOptions,
  type CleanupRunOptions,
} from './cleanup.ts';
