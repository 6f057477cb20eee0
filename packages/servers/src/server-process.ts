import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { claimPort } from './port-claims.ts';

/** A real server binary started for a test, with its own temp dir and loopback port. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Output the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL, no grace. */
  kill(): Promise<void>;
}

export interface StartProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Every chunk of stdout and stderr, e.g. to keep a log file. */
  onOutput?(chunk: Buffer): void;
}

/** Processes startProcess started that have not exited yet. */
const running = new Set<ServerProcess>();

/**
 * What startProcess started and is still running: what a test file's end stops when its own hooks
 * did not (test/setup/stop-leftovers.ts), e.g. servers of a beforeAll that timed out mid-start.
 */
export function runningProcesses(): ServerProcess[] {
  return [...running];
}

export function startProcess(command: string, args: string[], options: StartProcessOptions = {}): ServerProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    options.onOutput?.(chunk);
    output = (output + chunk.toString()).slice(-64 * 1024);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const signal = async (sig: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const server: ServerProcess = {
    child,
    output: () => output,
    stop: (graceMs = 5_000) => signal('SIGTERM', graceMs),
    kill: () => signal('SIGKILL', 0),
  };
  running.add(server);
  void exited.then(() => running.delete(server));
  return server;
}

export interface ServerDir {
  path: string;
  remove(): Promise<void>;
}

export async function makeTempDir(prefix: string): Promise<ServerDir> {
  const path = await mkdtemp(join(tmpdir(), `benchline-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** The given directory, kept across runs (local mode), or a temp dir removed on close (tests). */
export async function serverDir(prefix: string, persistent?: string): Promise<ServerDir> {
  if (!persistent) return makeTempDir(prefix);
  await mkdir(persistent, { recursive: true });
  return { path: persistent, remove: async () => undefined };
}

/** Ports freePort tried in this process: none is handed out twice, though not bound yet. */
const handedOut = new Set<number>();

/**
 * A free port on 127.0.0.1, picked at random below the kernel's ephemeral range. Not one the kernel
 * hands out (bind to port 0): a server is started with its port some time after it is picked (a
 * service takes up to a minute to start under load), and meanwhile the kernel may give that very
 * port to any outgoing connection or any other bind to port 0 on the machine. Below the range, only
 * another picker's random choice can collide with it, and each pick is claimed among this user's
 * processes (port-claims.ts), so that two of them (two copies of the test suite) never pick the same.
 */
export async function freePort(): Promise<number> {
  const { low, high } = await pickableRange();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if ((await claimPort(port)) && (await canListen(port))) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${low} and ${high}`);
}

/** 12,000 ports just below the ephemeral range (Linux: ip_local_port_range, 32768–60999 by default). */
async function pickableRange(): Promise<{ low: number; high: number }> {
  const range = await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').catch(() => '32768');
  const high = Math.max(Number(range.trim().split(/\s+/)[0]) || 32_768, 13_024);
  return { low: high - 12_000, high };
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Polls `probe` until it returns a value, or throws with the server's output after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  server: ServerProcess,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null)
      throw new Error(`${what} exited with code ${server.child.exitCode}:\n${server.output()}`);
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs} ms:\n${server.output()}`);
    await sleep(50);
  }
}
