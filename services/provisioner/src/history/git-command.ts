import { runCommand } from '../run-command.ts';

export interface GitOptions {
  /** The repository to work on; none for `git clone`. */
  readonly gitDir?: string;
  /** Written to git's stdin. */
  readonly input?: string;
  readonly timeoutMs: number;
}

/**
 * Runs git with an argv (never a shell) and without a terminal prompt for credentials, which would
 * hang a service. Resolves with stdout; rejects with a plain Error carrying git's stderr.
 */
export async function runGit(args: readonly string[], options: GitOptions): Promise<string> {
  const argv = options.gitDir === undefined ? args : [`--git-dir=${options.gitDir}`, ...args];
  const outcome = await runCommand('git', argv, {
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    input: options.input,
    timeoutMs: options.timeoutMs,
  });
  if (outcome.exitCode === 0) return outcome.stdout;
  const why = outcome.timedOut
    ? `timed out after ${options.timeoutMs} ms`
    : outcome.stderr.trim() || `ended with ${outcome.signal ?? `exit code ${outcome.exitCode}`}`;
  throw new Error(`git ${args[0]} failed: ${why}`);
}
