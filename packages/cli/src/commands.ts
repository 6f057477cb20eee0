import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BenchlineApi, CliError, EXIT, type RunState } from './api.ts';
import { followRun, plainProgress, terminalProgress } from './follow.ts';
import {
  changesMarkdown,
  changesTable,
  compareMarkdown,
  compareText,
  runMarkdown,
  runsMarkdown,
  runsTable,
  runText,
} from './render.ts';

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment: BENCHLINE_URL, BENCHLINE_API_KEY. */
  env?: Record<string, string | undefined>;
  /** The terminal stderr is, when it is one: --wait then shows a live progress display there. */
  terminal?: NodeJS.WriteStream;
}

type FailOn = 'regression' | 'failure' | 'none';

interface OutputOptions {
  json?: boolean;
  markdown?: boolean;
}

/** What `benchline run --json` prints (see docs/cli.md, "JSON output"). */
export interface RunOutput {
  runId: string;
  statusUrl: string;
  /** passed, regression (a regression verdict for one of its series), failed (the run or a benchmark failed), cancelled, or requested (without --wait). */
  outcome: 'passed' | 'regression' | 'failed' | 'cancelled' | 'requested';
  failOn: FailOn;
  exitCode: number;
  run: RunState;
}

const EXAMPLES = {
  run: `
Examples:
  export BENCHLINE_URL=https://bench.example.com BENCHLINE_API_KEY=...   # from your CI's secrets
  benchline run ipfs-example --ref "$GITHUB_SHA" --wait
  benchline run ipfs-example --ref v1.2.0 --param sizes=1MB --benchmark add-fetch --tag nightly --wait --fail-on failure
  benchline run ipfs-example --ref main --wait --markdown > comment.md    # a pull-request comment
  benchline run ipfs-example --json                                       # request only; prints the run id

Exit codes: 0 passed, 1 the run failed, was cancelled or (with --fail-on regression, the default) got a
regression verdict, 2 bad usage or a request the server refused, 3 the server could not be reached or failed.`,
  status: `
Examples:
  benchline status 01J9Z3...          # stages, results, verdicts
  benchline status 01J9Z3... --json`,
  runs: `
Examples:
  benchline runs --suite ipfs-example --status failed --limit 10
  benchline runs --json`,
  compare: `
Examples:
  benchline compare RUN_A RUN_B                              # two run ids: base, then head
  benchline compare --suite ipfs-example 3f2a9c1 8b7d0e4     # the suite's latest published runs at two commits
  benchline compare RUN_A RUN_B --markdown > comment.md`,
  changes: `
Examples:
  benchline changes --status confirmed   # confirmed change points, newest first
  benchline changes --status acknowledged --suite ipfs-example --json`,
  ack: `
Examples:
  benchline ack 3f9a0c2b7d1e4a55 --note "expected: new hashing algorithm"`,
  dismiss: `
Examples:
  benchline dismiss 3f9a0c2b7d1e4a55 --note "noisy neighbour on the minion"`,
  cancel: `
Examples:
  benchline cancel 01J9Z3... --reason "wrong ref"`,
};

const positiveInteger = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a positive integer');
  return number;
};
const keyValue = (value: string, previous: Record<string, string> = {}) => {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(value);
  if (!match) throw new InvalidArgumentError('expected NAME=VALUE');
  return { ...previous, [match[1]!]: match[2]! };
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Builds the `benchline` program; `run` returns the exit code through `setExitCode`. */
export function buildProgram(io: CommandIo, setExitCode: (code: number) => void): Command {
  const env = io.env ?? process.env;
  const program = new Command('benchline')
    .description(
      'Benchline from the command line and CI: request and follow runs, compare them, triage change points; parse results files and detect change points offline.',
    )
    .addOption(new Option('--url <url>', "the trigger's HTTP API (default: $BENCHLINE_URL)"))
    .addOption(
      new Option(
        '--api-key <key>',
        'API key (default: $BENCHLINE_API_KEY; prefer the variable, a flag shows in process lists)',
      ),
    )
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .addHelpText(
      'after',
      `
Offline commands (no server needed):
  benchline parse FILE [--format NAME]      parse a results file, print the measurements as JSON
  benchline parse --list-formats
  benchline detect FILE [--direction lower|higher]   change points of one series

Environment: BENCHLINE_URL, BENCHLINE_API_KEY. Run \`benchline COMMAND --help\` for a command's options and examples.`,
    );

  const api = (command: Command): BenchlineApi => {
    const options = command.optsWithGlobals<{ url?: string; apiKey?: string }>();
    const url = options.url ?? env.BENCHLINE_URL;
    const apiKey = options.apiKey ?? env.BENCHLINE_API_KEY;
    if (!url) throw new CliError('no server given: set BENCHLINE_URL or pass --url', EXIT.usage);
    if (!/^https?:\/\/[^\s]+$/.test(url))
      throw new CliError(`--url / BENCHLINE_URL must be an http(s) URL, not "${url}"`, EXIT.usage);
    if (!apiKey) throw new CliError('no API key given: set BENCHLINE_API_KEY (or pass --api-key)', EXIT.usage);
    return new BenchlineApi({ url, apiKey });
  };
  const output = (options: OutputOptions, json: unknown, text: () => string, markdown?: () => string) => {
    if (options.json) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else if (options.markdown && markdown) io.stdout(markdown());
    else io.stdout(text());
  };
  const formats = (command: Command, markdown: boolean) => {
    command.option('--json', 'print JSON (schema: docs/cli.md)');
    if (markdown) command.option('--markdown', 'print Markdown, e.g. for a pull-request comment');
    return command;
  };

  formats(
    program
      .command('run')
      .summary('request a run of a suite; with --wait follow it and gate on the outcome')
      .description(
        "Requests a run of SUITE over HTTP. With --wait, follows it live (stages, the benchmarks' output), then prints the results and verdicts and exits non-zero on a failed or cancelled run or, by default, a regression verdict.",
      )
      .argument('<suite>', 'a configured suite (see GET /suites)')
      .option('--ref <ref>', "branch, tag or commit (default: the suite's defaultRef)")
      .option('--param <name=value>', 'a suite parameter (repeatable)', keyValue)
      .option('--benchmark <name>', 'run only this benchmark (repeatable)', collect)
      .option('--minion <name>', 'the minion to run on (default: the configured default)')
      .option('--tag <tag>', 'a tag for the run (repeatable)', collect)
      .option(
        '--idempotency-key <key>',
        'the same key always names the same run (a retried CI step requests nothing new)',
      )
      .option('--wait', 'follow the run until it ends and exit with its outcome')
      .addOption(
        new Option('--fail-on <what>', 'with --wait: what makes the exit code 1')
          .choices(['regression', 'failure', 'none'])
          .default('regression'),
      )
      .option('--timeout <seconds>', 'with --wait: give up (exit 3) after this long', positiveInteger),
    true,
  )
    .addHelpText('after', EXAMPLES.run)
    .action(
      async (
        suite: string,
        options: OutputOptions & {
          ref?: string;
          param?: Record<string, string>;
          benchmark?: string[];
          minion?: string;
          tag?: string[];
          idempotencyKey?: string;
          wait?: boolean;
          failOn: FailOn;
          timeout?: number;
        },
        command: Command,
      ) => {
        const client = api(command);
        const body = {
          suite,
          ...(options.ref ? { ref: options.ref } : {}),
          ...(options.param ? { parameters: options.param } : {}),
          ...(options.benchmark ? { benchmarks: options.benchmark } : {}),
          ...(options.minion ? { minion: options.minion } : {}),
          ...(options.tag ? { tags: options.tag } : {}),
        };
        const accepted = await client.requestRun(body, options.idempotencyKey);
        if (!options.wait) {
          const run = await client.getRun(accepted.runId);
          const result: RunOutput = {
            runId: accepted.runId,
            statusUrl: accepted.statusUrl,
            outcome: 'requested',
            failOn: options.failOn,
            exitCode: EXIT.ok,
            run,
          };
          output(
            options,
            result,
            () =>
              `Run ${accepted.runId} requested${accepted.duplicate ? ' (already requested with this idempotency key)' : ''}: ${accepted.statusUrl}\nFollow it: benchline status ${accepted.runId}\n`,
          );
          return;
        }
        io.stderr(`Run ${accepted.runId} requested: ${accepted.statusUrl}\n`);
        const progress = io.terminal ? terminalProgress(io.terminal) : plainProgress(io.stderr);
        const signal = options.timeout ? AbortSignal.timeout(options.timeout * 1000) : undefined;
        let run: RunState;
        try {
          run = await followRun(client, accepted.runId, progress, signal);
        } catch (error) {
          if (signal?.aborted)
            throw new CliError(
              `run ${accepted.runId} did not end within ${options.timeout} s (it goes on: benchline status ${accepted.runId})`,
            );
          throw error;
        }
        const outcome = outcomeOf(run);
        const exitCode = gate(outcome, options.failOn);
        const result: RunOutput = {
          runId: run.runId,
          statusUrl: accepted.statusUrl,
          outcome,
          failOn: options.failOn,
          exitCode,
          run,
        };
        output(
          options,
          result,
          () => runText(run, accepted.statusUrl),
          () => runMarkdown(run, accepted.statusUrl),
        );
        if (exitCode !== EXIT.ok && !options.json) io.stderr(`benchline: ${gateSentence(outcome, options.failOn)}\n`);
        setExitCode(exitCode);
      },
    );

  formats(
    program
      .command('status')
      .summary('show one run: stages, results, verdicts')
      .argument('<run>', 'run id')
      .addHelpText('after', EXAMPLES.status),
    true,
  ).action(async (runId: string, options: OutputOptions, command: Command) => {
    const client = api(command);
    const run = await client.getRun(runId);
    const statusUrl = `${client.url}/runs/${runId}`;
    output(
      options,
      run,
      () => runText(run, statusUrl),
      () => runMarkdown(run, statusUrl),
    );
  });

  formats(
    program
      .command('runs')
      .summary('list recent runs, newest first')
      .option('--suite <suite>', "only this suite's runs")
      .addOption(
        new Option('--status <status>', 'only runs in this state').choices([
          'requested',
          'provisioned',
          'executed',
          'published',
          'analyzed',
          'failed',
          'cancelled',
        ]),
      )
      .option(
        '--limit <n>',
        'at most this many, newest first, over as many pages as it takes (default 50)',
        positiveInteger,
      )
      .addHelpText('after', EXAMPLES.runs),
    true,
  ).action(async (options: OutputOptions & { suite?: string; status?: string; limit?: number }, command: Command) => {
    const runs = await api(command).listRuns({ suite: options.suite, status: options.status, limit: options.limit });
    output(
      options,
      { runs },
      () => (runs.length ? runsTable(runs) : 'No runs.\n'),
      () => runsMarkdown(runs),
    );
  });

  formats(
    program
      .command('compare')
      .summary('compare two runs, or a suite at two commits, series by series')
      .argument('<base>', 'base run id (or commit, with --suite)')
      .argument('<head>', 'head run id (or commit, with --suite)')
      .option('--suite <suite>', 'BASE and HEAD are commits of this suite: its latest published run at each')
      .option('--confidence <level>', 'of the intervals (default 0.95)', (value) => {
        const number = Number(value);
        if (!(number > 0.5 && number < 1)) throw new InvalidArgumentError('expected a number between 0.5 and 1');
        return number;
      })
      .addHelpText('after', EXAMPLES.compare),
    true,
  ).action(
    async (
      base: string,
      head: string,
      options: OutputOptions & { suite?: string; confidence?: number },
      command: Command,
    ) => {
      const comparison = await api(command).compare({
        base,
        head,
        suite: options.suite,
        confidence: options.confidence,
      });
      output(
        options,
        comparison,
        () => compareText(comparison),
        () => compareMarkdown(comparison),
      );
    },
  );

  formats(
    program
      .command('changes')
      .summary('list change points the analyzer found, newest first')
      .addOption(
        new Option('--status <status>', 'only changes in this state').choices([
          'detected',
          'confirmed',
          'not-reproduced',
          'acknowledged',
          'dismissed',
          'fixed',
        ]),
      )
      .option('--suite <suite>', "only this suite's changes")
      .option('--limit <n>', 'at most this many (default 50)', positiveInteger)
      .addHelpText('after', EXAMPLES.changes),
    true,
  ).action(async (options: OutputOptions & { status?: string; suite?: string; limit?: number }, command: Command) => {
    const changes = await api(command).listChanges({
      status: options.status,
      suite: options.suite,
      limit: options.limit,
    });
    output(
      options,
      { changes },
      () => (changes.length ? changesTable(changes) : 'No change points.\n'),
      () => changesMarkdown(changes),
    );
  });

  for (const [name, status, summary] of [
    ['ack', 'acknowledged', 'acknowledge a change point (it stays visible)'],
    ['dismiss', 'dismissed', 'dismiss a change point (never reported again)'],
  ] as const) {
    formats(
      program
        .command(name)
        .summary(summary)
        .argument('<change>', 'change id (16 hex digits, from `benchline changes`)')
        .option('--note <text>', "why, for the change's history")
        .addHelpText('after', EXAMPLES[name]),
      false,
    ).action(async (id: string, options: OutputOptions & { note?: string }, command: Command) => {
      const change = await api(command).triage(id, status, options.note);
      output(options, change, () => `Change ${change.id} is now ${change.status}.\n${changesTable([change])}`);
    });
  }

  formats(
    program
      .command('cancel')
      .summary('cancel a queued or running run')
      .argument('<run>', 'run id')
      .option('--reason <text>', "why, for the run's record")
      .addHelpText('after', EXAMPLES.cancel),
    false,
  ).action(async (runId: string, options: OutputOptions & { reason?: string }, command: Command) => {
    const answer = await api(command).cancel(runId, options.reason);
    output(options, answer, () => `Run ${runId} cancelled (it was ${answer.previousStatus}).\n`);
  });

  return program;
}

export function outcomeOf(run: RunState): RunOutput['outcome'] {
  if (run.status === 'failed') return 'failed';
  if (run.status === 'cancelled') return 'cancelled';
  if (run.status === 'requested' || run.status === 'provisioned' || run.status === 'executed') return 'requested';
  if ((run.results ?? []).some((result) => result.status !== 'ok' || result.error)) return 'failed';
  if ((run.analysis?.regressions ?? 0) > 0) return 'regression';
  return 'passed';
}

function gate(outcome: RunOutput['outcome'], failOn: FailOn): number {
  if (failOn === 'none') return EXIT.ok;
  if (outcome === 'failed' || outcome === 'cancelled') return EXIT.gate;
  return outcome === 'regression' && failOn === 'regression' ? EXIT.gate : EXIT.ok;
}

function gateSentence(outcome: RunOutput['outcome'], failOn: FailOn): string {
  if (outcome === 'regression') return `the analyzer found a regression in the run (--fail-on ${failOn})`;
  if (outcome === 'cancelled') return 'the run was cancelled';
  return 'the run or one of its benchmarks failed';
}

/** Runs the program; returns the exit code. Commander's own usage errors exit 2 with its message. */
export async function runProgram(args: readonly string[], io: CommandIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; commander already printed its message.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr(`benchline: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`benchline: unexpected error: ${(error as Error).message}\n`);
    return EXIT.service;
  }
}
