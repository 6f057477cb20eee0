export * from './errors.ts';
export { connectMinion, type ConnectMinionOptions } from './ssh/connect.ts';
export { MinionConnectionPool, type MinionConnectionPoolOptions } from './ssh/connection-pool.ts';
export { fingerprint } from './ssh/host-key.ts';
export { buildCommandLine, shellQuote } from './ssh/remote-command.ts';
export { assertId, benchmarkOutputDir, RESULTS_FILE_NAME, runDir } from './output-dir.ts';
export { runBenchmark, resultsFilePath, type BenchmarkOutcome, type OutputStream, type RunBenchmarkOptions } from './run-benchmark.ts';
export { fetchArtifact, type FetchArtifactOptions, type FetchedArtifact } from './fetch-artifact.ts';
export { cleanupAfterRun, cleanupRun, killRunProcesses, removeRunDir, type CleanupAfterRunOptions, type CleanupRunOptions } from './cleanup.ts';
