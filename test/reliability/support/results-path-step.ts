// One service's part of a results file's way, in a process of its own so that its memory can be
// measured as the service's would be: `executor` fetches the file from the minion over SFTP and
// stores it in the artifacts bucket (executeBenchmark), `publisher` reads it back and parses it
// (publishStage). Prints one JSON line: what came out, the RSS before the step and the peak RSS.
import {
  openContext,
  parseConfig,
  readArtifact,
  storeArtifact,
  type Artifact,
  type MinionConfig,
} from '@benchline/core';
import { connectMinion, fetchArtifact, RESULTS_FILE_NAME } from '@benchline/executor/internal';
import { parseResults, ResultsParseError } from '@benchline/results';
import { pino } from 'pino';

export interface StepInput {
  readonly natsUrl: string;
  readonly runId: string;
  readonly benchmark: string;
  /** executor: the minion and the benchmark's output dir on it. */
  readonly minion?: MinionConfig;
  readonly outputDir?: string;
  /** publisher: the stored results file, as run.executed carries it. */
  readonly artifact?: Artifact;
}

export interface StepReport {
  readonly artifact?: Artifact;
  readonly parsed?: { format: string; results: number } | { error: string };
  readonly rssBeforeBytes: number;
  readonly peakRssBytes: number;
}

const log = pino({ level: 'silent' });

async function executorStep(input: StepInput, maxBytes: number, store: Parameters<typeof storeArtifact>[0]) {
  const ssh = await connectMinion(input.minion!, { logger: log });
  try {
    const fetched = await fetchArtifact(ssh, { outputDir: input.outputDir!, path: RESULTS_FILE_NAME, maxBytes });
    return { artifact: await storeArtifact(store, input.runId, `${input.benchmark}/results`, fetched.bytes) };
  } finally {
    ssh.dispose();
  }
}

async function publisherStep(input: StepInput, store: Parameters<typeof readArtifact>[0]) {
  const bytes = await readArtifact(store, input.artifact!);
  try {
    const { format, results } = parseResults(bytes, { file: input.artifact!.path });
    return { parsed: { format, results: results.length } };
  } catch (error) {
    if (!(error instanceof ResultsParseError)) throw error;
    return { parsed: { error: error.message } };
  }
}

const [step, json] = process.argv.slice(2);
const input = JSON.parse(json!) as StepInput;
const config = parseConfig({ nats: { servers: [input.natsUrl] } });
const context = await openContext(config, `large-results-${step}`, log);
const rssBeforeBytes = process.memoryUsage().rss;
const outcome =
  step === 'executor'
    ? await executorStep(input, config.executor.maxArtifactBytes, context.buckets.artifacts)
    : await publisherStep(input, context.buckets.artifacts);
const report: StepReport = { ...outcome, rssBeforeBytes, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
await context.nc.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
