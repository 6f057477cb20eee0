import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CHANGES_STREAM, RUNS_STREAM, decodeEvent, parseEventSubject } from '@benchline/core';
import { watchRun } from './follow.ts';
import { gitRepository } from './git-repository.ts';
import { requestRun } from './request-run.ts';
import { runStack, Signalled } from './run-stack.ts';
import { DEFAULT_DATA_DIR, type Stack } from './stack.ts';

export const REGRESSION_SUITE = 'regression-demo';
export const REGRESSION_BENCHMARK = 'checksum';
/** The benchmark's execution windows, one line per run, in the minion's work dir. */
export const WINDOWS_FILE = 'windows.log';
/** Iterations of the checksum loop at the base level: about 50 ms a round here. */
const DEFAULT_WORK = 10_000_000;

/**
 * The benchmark: a checksum over `work.txt` iterations, timed five times by the CPU time the
 * process used (so other work on a busy machine barely moves it); it reports the fastest, with
 * all five as samples. The culprit commit makes it do more work, in the measured code. It also
 * appends its execution window (`<startMs> <endMs> <runId>`) to `windows.log` in the minion's
 * work dir (the output dir is <workDir>/runs/<runId>/<benchmark>), for the fairness test.
 */
const BENCHMARK = `
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const windowStart = Date.now();
const work = Number(readFileSync('work.txt', 'utf8'));
const samples = [];
let sink = 0;
for (let round = 0; round < 5; round++) {
  const started = process.cpuUsage();
  let x = round;
  for (let i = 0; i < work; i++) x = (x * 31 + i) % 1000003;
  sink += x;
  const used = process.cpuUsage(started);
  samples.push((used.user + used.system) / 1000);
}
writeFileSync(process.env.BENCHLINE_RESULTS_FILE, JSON.stringify({ version: 1, meta: { sink },
  benchmarks: [{ name: 'checksum', metric: 'duration', unit: 'ms', value: Math.min(...samples), samples }] }));
if (process.env.BENCHLINE_OUTPUT_DIR) {
  appendFileSync(join(process.env.BENCHLINE_OUTPUT_DIR, '..', '..', '..', '${WINDOWS_FILE}'), windowStart + ' ' + Date.now() + ' ' + process.env.BENCHLINE_RUN_ID + '\\n');
}
`;

/** Exits non-zero at a commit whose `broken-setup` file exists: its provisioning fails. */
const SETUP = `import { existsSync } from 'node:fs';
if (existsSync('broken-setup')) { console.error('setup failed: broken-setup is present'); process.exit(1); }
`;

const SUBJECTS = [
  'Parse options once',
  'Document the checksum',
  'Rename internal helpers',
  'Add a changelog entry',
  'Tidy imports',
  'Cache the input length',
  'Explain the modulus',
  'Update the licence year',
  'Split the reader',
  'Log the work size',
  'Simplify the loop bounds',
  'Clarify an error message',
  'Add an example',
  'Reword the README',
  'Bump the version',
];

export interface RegressionRepoOptions {
  /** 1-based index in the range of the commit that makes the benchmark slower (none: a range without a change). */
  culprit?: number;
  /** How much slower, as a factor of the work; default 1.18. */
  factor?: number;
  /** 1-based indices in the range of commits whose setup fails. */
  brokenSetup?: number[];
  /** Work of the loop (iterations); default 10 000 000. */
  work?: number;
  /** Commits with runs before the range's first commit, which is run too (a run's verdict needs five earlier points); default 4. */
  historyBefore?: number;
}

export interface RegressionRepo {
  repo: string;
  /** Commits run as history before the range (old level), the range's first commit included last. */
  before: string[];
  /** The range (first, last]: 15 commits, oldest first. */
  range: string[];
  culprit: string | undefined;
  culpritSubject: string | undefined;
}

/** One range of a fixture repository: its first commit (at the base level) and `length` commits after it. */
export interface RangeSpec {
  /** Commits in the range after its first commit; default 15. */
  length?: number;
  /** 1-based index in the range of the commit that makes the benchmark slower (none: a range without a change). */
  culprit?: number;
  /** How much slower, as a factor of the work; default 1.18. */
  factor?: number;
  /** 1-based indices in the range of commits whose setup fails. */
  brokenSetup?: number[];
}

export interface FixtureRange {
  /** The commit before the range (the change's last good commit). */
  before: string;
  /** The range (before, last]: oldest first. */
  range: string[];
  culprit: string | undefined;
  culpritSubject: string | undefined;
}

/** Writes commits of the benchmark at a given amount of work into a fresh repository. */
async function fixtureWriter(path: string) {
  await rm(path, { recursive: true, force: true });
  const repo = await gitRepository(path, { name: 'Dana Developer', email: 'dana@example.invalid' });
  let notes = 0;
  return (subject: string, work: number, broken = false) =>
    repo.commit(subject, {
      'bench.mjs': BENCHMARK,
      'setup.mjs': SETUP,
      'work.txt': String(work),
      'NOTES.md': `${subject} (${++notes})\n`,
      'broken-setup': broken ? 'yes\n' : null,
    });
}

/** Appends one range: its first commit at `work`, then its commits, the culprit and those after it at `work × factor`. */
async function appendRange(
  commit: Awaited<ReturnType<typeof fixtureWriter>>,
  work: number,
  spec: RangeSpec,
  firstSubject: string,
): Promise<FixtureRange> {
  const { length = 15, culprit, factor = 1.18, brokenSetup = [] } = spec;
  let currentWork = work;
  const before = await commit(firstSubject, currentWork);
  const range: string[] = [];
  let culpritSha: string | undefined;
  let culpritSubject: string | undefined;
  for (let i = 1; i <= length; i++) {
    let subject = SUBJECTS[(i - 1) % SUBJECTS.length]!;
    if (i === culprit) {
      currentWork = Math.round(work * factor);
      subject = 'Validate every entry twice';
    }
    const sha = await commit(subject, currentWork, brokenSetup.includes(i));
    range.push(sha);
    if (i === culprit) [culpritSha, culpritSubject] = [sha, subject];
  }
  return { before, range, culprit: culpritSha, culpritSubject };
}

/**
 * A suite repository with history: `historyBefore` commits, the range's first commit, then 15
 * commits of which one makes the benchmark slower for real.
 */
export async function createRegressionRepository(
  dir: string,
  options: RegressionRepoOptions = {},
): Promise<RegressionRepo> {
  const { culprit, factor = 1.18, brokenSetup = [], work = DEFAULT_WORK, historyBefore = 4 } = options;
  const commit = await fixtureWriter(dir);
  const before: string[] = [];
  for (let i = 1; i <= historyBefore; i++) before.push(await commit(`Nightly groundwork ${i}`, work));
  const range = await appendRange(
    commit,
    work,
    { length: 15, ...(culprit !== undefined && { culprit }), factor, brokenSetup },
    'Start of the range',
  );
  before.push(range.before);
  return { repo: dir, before, range: range.range, culprit: range.culprit, culpritSubject: range.culpritSubject };
}

/**
 * One repository holding several ranges one after another on its main line (tests share it
 * between suites): each range starts at the base level again, so its ends differ only by its
 * own culprit.
 */
export async function createRangesRepository(
  dir: string,
  specs: readonly RangeSpec[],
  work = DEFAULT_WORK,
): Promise<{ repo: string; ranges: FixtureRange[] }> {
  const commit = await fixtureWriter(dir);
  const ranges: FixtureRange[] = [];
  for (const [index, spec] of specs.entries()) {
    ranges.push(await appendRange(commit, work, spec, `Start of range ${index + 1}`));
  }
  return { repo: dir, ranges };
}

/** The suite's definition (as under `suites:` in the config). */
export function regressionSuiteConfig(repo: string): Record<string, unknown> {
  return {
    repo,
    defaultRef: 'main',
    setupInputs: [],
    setup: [['node', 'setup.mjs']],
    benchmarks: [
      { name: REGRESSION_BENCHMARK, command: ['node', 'bench.mjs'], format: 'benchline', timeoutSeconds: 120 },
    ],
  };
}

/** Requests a run of each commit at once (the minion's queue keeps them in order) and waits until every one is analyzed. */
export async function runHistory(
  stack: Stack,
  nc: NatsConnection,
  suite: string,
  commits: readonly string[],
  onDone: (commit: string, index: number) => void = () => undefined,
): Promise<void> {
  const accepted = [];
  for (const commit of commits) accepted.push(await requestRun(stack, { suite, ref: commit, tags: ['history'] }));
  await Promise.all(
    accepted.map(async ({ runId }, index) => {
      const watcher = await watchRun(
        nc,
        runId,
        () => undefined,
        () => undefined,
        'analyzed',
      );
      const final = await watcher.finished.finally(() => watcher.stop());
      if (final.stage === 'failed')
        throw new Error(`run ${runId} of ${commits[index]} failed at ${final.message.stage}: ${final.message.reason}`);
      onDone(commits[index]!, index);
    }),
  );
}

/** Every change.* and bisect.* event of the CHANGES stream from now on, as JSON. */
export async function followChanges(
  nc: NatsConnection,
  onEvent: (subject: string, payload: Record<string, unknown>) => void,
): Promise<{ stop(): void }> {
  // The stream holds only change.* and bisect.* (and nats-server 2.9 takes one filter subject per consumer).
  const consumer = await jetstream(nc).consumers.get(CHANGES_STREAM, { deliver_policy: DeliverPolicy.All });
  const messages = await consumer.consume();
  void (async () => {
    for await (const msg of messages) onEvent(msg.subject, msg.json());
  })().catch(() => undefined);
  return { stop: () => void messages.close() };
}

/** The bisector's runs as they finish. */
async function followBackgroundRuns(nc: NatsConnection, say: (message: string) => void): Promise<{ stop(): void }> {
  const consumer = await jetstream(nc).consumers.get(RUNS_STREAM, { deliver_policy: DeliverPolicy.New });
  const messages = await consumer.consume();
  void (async () => {
    for await (const msg of messages) {
      const address = parseEventSubject(msg.subject);
      if (!address || !['published', 'failed'].includes(address.stage) || !/^(confirm|bisect)-/.test(address.runId))
        continue;
      const event = decodeEvent(address.stage, msg.data);
      const ref = event.message.request.ref.slice(0, 10);
      say(
        `  │ ${address.runId} at ${ref}: ${address.stage === 'failed' ? `failed (${(event.message as { reason?: string }).reason ?? ''})` : 'measured'}`,
      );
    }
  })().catch(() => undefined);
  return { stop: () => void messages.close() };
}

const pct = (value: unknown) => (typeof value === 'number' ? `${value >= 0 ? '+' : ''}${value.toFixed(1)} %` : '?');

/** The demo's investigation settings: smaller than the defaults (3, 3, 0.95) so the whole demo takes minutes; an 18 % step needs no more. */
const DEMO_BISECTION = { confirmRuns: 2, stepRuns: 2, confidence: 0.8 } as const;
/** The demo gives up after this long without a result. */
const DEMO_RESULT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * `npm run demo:regression`: a suite repository whose benchmark gets 18 % slower at one of 15
 * commits; the range's first and last commit are run, after four nightly runs before them (a
 * run's verdict needs five earlier points), and Benchline flags the last commit's run as a
 * regression, confirms it by reruns and bisects it down to the culprit. The stack is stopped on
 * every way out: the result, an error, Ctrl-C or SIGTERM.
 */
export async function demoRegression(): Promise<number> {
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  const say = (message: string) => console.log(`benchline  ${message}`);
  const dataDir = process.env.BENCHLINE_DATA_DIR ?? join(DEFAULT_DATA_DIR, 'demo-regression');
  await rm(join(dataDir, 'state'), { recursive: true, force: true });
  await rm(join(dataDir, 'nats'), { recursive: true, force: true });
  await rm(join(dataDir, 'influxdb'), { recursive: true, force: true });
  const fixture = await createRegressionRepository(join(dataDir, 'regression-suite'), { culprit: 9 });
  say(
    `suite repository ${fixture.repo}: range ${fixture.before.at(-1)!.slice(0, 10)}..${fixture.range.at(-1)!.slice(0, 10)} of 15 commits, one of them 18 % slower (the demo knows which; Benchline does not)`,
  );

  const options = {
    dataDir,
    httpPort: 0,
    gatewayPort: 0,
    influxPort: 0,
    schedules: false,
    say,
    extraSuites: { [REGRESSION_SUITE]: regressionSuiteConfig(fixture.repo) },
    configOverrides: { bisection: { suites: { [REGRESSION_SUITE]: DEMO_BISECTION } } },
  };
  try {
    const ended = await runStack(options, async (stack) => {
      const nc = await connect({
        servers: stack.nats.url,
        name: 'benchline-demo-regression',
        ...stack.natsCredentials('admin'),
      });
      try {
        return await watchInvestigation(stack, nc, fixture, say, elapsed, dataDir);
      } finally {
        await nc.close().catch(() => undefined);
      }
    });
    return ended instanceof Signalled ? ended.exitCode : ended;
  } catch (error) {
    say(`demo:regression failed after ${elapsed()}: ${(error as Error).message}`);
    say(`service logs: ${join(dataDir, 'logs')}`);
    return 1;
  }
}

async function watchInvestigation(
  stack: Stack,
  nc: NatsConnection,
  fixture: RegressionRepo,
  say: (message: string) => void,
  elapsed: () => string,
  dataDir: string,
): Promise<number> {
  const outcome = new Promise<Record<string, unknown>>((resolve) => {
    void followChanges(nc, (subject, payload) => {
      const [kind, event] = subject.split('.');
      if (kind === 'change') {
        say(
          `[${elapsed()}] change ${event}: ${payload.kind} ${pct(payload.changePercent)} of ${(payload.series as { benchmark: string }).benchmark} in ${String(payload.commitBefore).slice(0, 10)}..${String(payload.commitAfter).slice(0, 10)} — status ${payload.status}`,
        );
        const note = (payload.history as { by: string; note?: string }[]).at(-1);
        if (note?.by === 'bisector' && note.note) say(`  ${note.note}`);
        // A false alarm elsewhere (a noisy run) is shown and passed over; the demo waits for the range's own result.
        if (payload.status === 'not-reproduced' && payload.commitAfter === fixture.range.at(-1))
          resolve({ result: { outcome: 'not-reproduced', message: note?.note } });
      } else if (event === 'started') {
        say(`[${elapsed()}] bisection started over ${payload.commits} first-parent commits`);
      } else if (event === 'step') {
        const step = payload.step as {
          step: number;
          commit: string;
          verdict: string;
          basis: string;
          vsGood?: { changePercent: number };
        };
        say(
          `[${elapsed()}] bisection step ${step.step}: ${step.commit.slice(0, 10)} is ${step.verdict.toUpperCase()} (${step.basis}${step.vsGood ? `; ${pct(step.vsGood.changePercent)} against the good end` : ''})`,
        );
      } else if (event === 'completed') {
        resolve(payload);
      }
    });
  });
  const background = await followBackgroundRuns(nc, say);
  try {
    const history = [...fixture.before, fixture.range.at(-1)!];
    say(
      `[${elapsed()}] running ${history.length - 2} nightly runs, then the range's first and last commit (a run's verdict needs five earlier points)`,
    );
    await runHistory(stack, nc, REGRESSION_SUITE, history, (commit) =>
      say(`[${elapsed()}] analyzed a run of ${commit.slice(0, 10)}`),
    );
    say(
      `[${elapsed()}] history complete: waiting for the analyzer's suspected regression, its confirmation and the bisection (${DEMO_BISECTION.confirmRuns} reruns per end, ${DEMO_BISECTION.stepRuns} per midpoint)`,
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>(
      (resolve) => (timer = setTimeout(() => resolve(undefined), DEMO_RESULT_TIMEOUT_MS)),
    );
    const final = (await Promise.race([outcome, timeout]).finally(() => clearTimeout(timer))) as
      | { result?: { outcome: string; message: string; culprit?: { sha: string } } }
      | undefined;
    if (!final?.result) {
      say(
        `no result within ${DEMO_RESULT_TIMEOUT_MS / 60_000} minutes of the last history run; service logs are in ${join(dataDir, 'logs')}`,
      );
      return 1;
    }
    console.log('');
    say(`summary after ${elapsed()}: ${final.result.message}`);
    const right = final.result.culprit?.sha === fixture.culprit;
    say(
      right
        ? `that is the commit that made the benchmark slower ("${fixture.culpritSubject}")`
        : `expected ${fixture.culprit?.slice(0, 10)} "${fixture.culpritSubject}"`,
    );
    return right ? 0 : 1;
  } finally {
    background.stop();
  }
}
