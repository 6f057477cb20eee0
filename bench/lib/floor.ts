import { mkdir } from 'node:fs/promises';
import { posix } from 'node:path';
import type { MinionConfig } from '@benchline/core';
import { parseResults } from '@benchline/results';
import type { Logger } from 'pino';
import { buildCommandLine, connectMinion, fetchArtifact } from '@benchline/executor/internal';
import { benchmarkPoints, type BundleStore } from '@benchline/publisher/internal';
import type { InfluxClient } from '@benchline/influx';
import { NOOP_BENCHMARK_NAME, NOOP_COMMAND, NOOP_SUITE_NAME } from './noop-suite.ts';

export interface FloorTools {
  minion: MinionConfig;
  influx: InfluxClient;
  ipfs: BundleStore;
  logger: Logger;
}

export interface FloorTiming {
  totalMs: number;
  steps: { ssh: number; influx: number; ipfs: number };
}

/**
 * The least any runner must do for one no-op run, done directly: SSH connect (pinned host key),
 * exec the benchmark's command, SFTP-fetch its results file, write its points to InfluxDB, add
 * the file to IPFS.
 */
export async function floorRun(tools: FloorTools, iteration: number): Promise<FloorTiming> {
  const outputDir = posix.join(tools.minion.workDir, 'bench-floor');
  await mkdir(outputDir, { recursive: true });
  const started = performance.now();
  const ssh = await connectMinion(tools.minion, { logger: tools.logger });
  let bytes: Buffer;
  try {
    const command = buildCommandLine(NOOP_COMMAND, {
      env: { BENCHLINE_PARAM_sleep: '0', BENCHLINE_RESULTS_FILE: posix.join(outputDir, 'results') },
    });
    const result = await ssh.execCommand(command);
    if (result.code !== 0) throw new Error(`the floor's command failed (${result.code}): ${result.stderr}`);
    bytes = (await fetchArtifact(ssh, { outputDir, path: 'results', maxBytes: 1024 * 1024 })).bytes;
  } finally {
    ssh.dispose();
  }
  const sshDone = performance.now();
  const runId = `floor-${iteration}`;
  await tools.influx.write(
    benchmarkPoints({
      runId,
      suite: NOOP_SUITE_NAME,
      benchmark: NOOP_BENCHMARK_NAME,
      minion: 'local',
      ref: 'main',
      commit: '',
      cid: '',
      requestedAtMs: Date.now(),
      runParameters: { sleep: '0' },
      results: parseResults(bytes, { file: 'results', format: 'benchline' }).results,
    }),
  );
  const influxDone = performance.now();
  await tools.ipfs.addBundle([{ path: 'results', bytes }]);
  const ipfsDone = performance.now();
  return {
    totalMs: ipfsDone - started,
    steps: { ssh: sshDone - started, influx: influxDone - sshDone, ipfs: ipfsDone - influxDone },
  };
}
