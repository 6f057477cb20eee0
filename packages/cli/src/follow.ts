import ora, { type Ora } from 'ora';
import type { BenchlineApi, RunState } from './api.ts';
import { short } from './render.ts';

/** What `benchline run --wait` shows while the run goes: one line per stage, the benchmarks' lines. */
export interface Progress {
  stage(state: RunState, stage: string): void;
  line(benchmark: string, stream: string, line: string): void;
  done(): void;
}

const NEXT: Record<string, string> = {
  requested: 'waiting for the minion and provisioning',
  provisioned: 'running the benchmarks',
  executed: 'publishing the results',
  published: 'analyzing',
};

/** The line of a stage, from the run's state after it. */
export function describeStage(state: RunState, stage: string): string {
  switch (stage) {
    case 'requested':
      return `requested    run ${state.runId}: suite ${state.suite} @ ${state.ref} on minion ${state.minion}`;
    case 'provisioned':
      return `provisioned  commit ${short(state.commit)}${state.provisioningSkipped ? ' (minion already up to date)' : ''}`;
    case 'executed':
      return `executed     ${(state.results ?? []).map((result) => `${result.benchmark} ${result.status}`).join(', ') || 'no benchmarks'}`;
    case 'published':
      return `published    ${state.points ?? 0} points${state.cid ? `, bundle ${state.cid}` : ''}`;
    case 'analyzed': {
      const analysis = state.analysis;
      return `analyzed     ${analysis?.verdicts.length ?? 0} series: ${analysis?.regressions ?? 0} regression(s), ${analysis?.improvements ?? 0} improvement(s)`;
    }
    case 'failed':
      return `failed       at ${state.error?.stage ?? '?'}: ${state.error?.reason ?? ''}`;
    case 'cancelled':
      return `cancelled    by ${state.cancellation?.by ?? '?'}${state.cancellation?.reason ? `: ${state.cancellation.reason}` : ''}`;
    default:
      return `${stage.padEnd(12)} `;
  }
}

/** Plain lines, for logs and pipes. */
export function plainProgress(write: (text: string) => void): Progress {
  return {
    stage: (state, stage) => write(`${describeStage(state, stage)}\n`),
    line: (benchmark, stream, line) => write(`  ${benchmark}${stream === 'stderr' ? ' (stderr)' : ''} | ${line}\n`),
    done: () => undefined,
  };
}

/** On a terminal: a spinner naming what the run is doing now, finished stages and log lines above it. */
export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  let spinner: Ora | undefined;
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  return {
    stage(state, stage) {
      const text = describeStage(state, stage);
      if (!spinner) spinner = ora({ stream, text }).start();
      if (stage === 'failed' || stage === 'cancelled') spinner.fail(text);
      else spinner.succeed(text);
      const next = NEXT[stage];
      if (next) spinner = ora({ stream, text: `${next}… (${elapsed()})` }).start();
      else spinner = undefined;
    },
    line(benchmark, source, line) {
      spinner?.clear();
      stream.write(`  ${benchmark}${source === 'stderr' ? ' (stderr)' : ''} │ ${line}\n`);
      spinner?.render();
    },
    done() {
      spinner?.stop();
    },
  };
}

/** Follows the run until it ends; resolves with its last state. */
export async function followRun(
  api: BenchlineApi,
  runId: string,
  progress: Progress,
  signal?: AbortSignal,
): Promise<RunState> {
  let last: RunState | undefined;
  try {
    for await (const message of api.events(runId, signal ? { signal } : {})) {
      if (message.event === 'stage') {
        last = message.data.state;
        progress.stage(message.data.state, message.data.stage);
      } else if (message.event === 'log') {
        progress.line(message.data.benchmark, message.data.stream, message.data.line);
      } else if (message.event === 'end') {
        break;
      }
    }
  } finally {
    progress.done();
  }
  // The fold of every event of the run: the same as GET /runs/:id once the recorder caught up.
  return last ?? api.getRun(runId);
}
