import { spawn } from 'node:child_process';

export interface CommandOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Written to the child's stdin, which is then closed. */
  readonly input?: string;
  readonly timeoutMs: number;
  /** Stops the child like a timeout does. */
  readonly signal?: AbortSignal;
  /** Output beyond this keeps only its end. */
  readonly maxOutputChars?: number;
}

export interface CommandOutcome {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved as they arrived. */
  readonly output: string;
}

const KILL_GRACE_MS = 3_000;

/**
 * Runs a program with an argv array (never a shell). The child leads its own
 * process group, so a timeout or an abort stops it together with everything it started.
 */
export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const limit = options.maxOutputChars ?? 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    let timedOut = false;
    const keepEnd = (text: string) => (text.length > limit ? text.slice(-limit) : text);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = keepEnd(stdout + chunk);
      output = keepEnd(output + chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = keepEnd(stderr + chunk);
      output = keepEnd(output + chunk);
    });
    child.stdin.on('error', () => {
      /* the child may exit without reading its input */
    });
    child.stdin.end(options.input ?? '');

    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // the group is already gone
      }
    };
    let killTimer: NodeJS.Timeout | undefined;
    const stop = () => {
      signalGroup('SIGTERM');
      killTimer ??= setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });

    child.once('error', (error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      reject(new Error(`cannot run ${command}: ${error.message}`));
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', stop);
      const aborted = options.signal?.aborted ?? false;
      if (timedOut || aborted) signalGroup('SIGKILL'); // stragglers that ignored SIGTERM
      resolve({ exitCode, signal, timedOut, aborted, stdout, stderr, output });
    });
  });
}
