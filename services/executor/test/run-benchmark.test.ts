import { randomBytes, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive, startSshd, until, type Sshd } from '@benchline/servers';
import type { NodeSSH } from 'node-ssh';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRun, removeRunDir } from '../src/cleanup.ts';
import {
  ArtifactMissingError,
  ArtifactTooLargeError,
  InvalidArtifactPathError,
  RemoteCommandError,
} from '../src/errors.ts';
import { fetchArtifact } from '../src/fetch-artifact.ts';
import { benchmarkOutputDir, runDir } from '../src/output-dir.ts';
import { runBenchmark, type OutputStream, type RunBenchmarkOptions } from '../src/run-benchmark.ts';
import { buildCommandLine } from '../src/ssh/remote-command.ts';
import { connectMinion } from '../src/ssh/connect.ts';
import { minionFor, pidsWithRunMarker, silentLogger } from './minion-helpers.ts';

let sshd: Sshd;
let ssh: NodeSSH;
let workDir: string;
let checkout: string;

beforeAll(async () => {
  sshd = await startSshd();
  workDir = join(sshd.dir, 'work');
  checkout = join(workDir, 'suite');
  await mkdir(checkout, { recursive: true });
  ssh = await connectMinion(minionFor(sshd, workDir), { logger: silentLogger });
});
afterAll(async () => {
  ssh?.dispose();
  await sshd?.close();
});

function newRunId(): string {
  return `run-${randomBytes(4).toString('hex')}`;
}

/** Counts the SSH execs (each starts the login shell on the minion) made on `ssh` while `action` runs. */
async function countingExecs<T>(action: () => Promise<T>): Promise<{ result: T; execs: number }> {
  const connection = ssh.connection!;
  const exec = connection.exec;
  let execs = 0;
  connection.exec = function (this: typeof connection, ...args: Parameters<typeof exec>) {
    execs++;
    return exec.apply(this, args);
  } as typeof exec;
  try {
    return { result: await action(), execs };
  } finally {
    connection.exec = exec;
  }
}

async function run(runId: string, benchmark: string, argv: string[], extra: Partial<RunBenchmarkOptions> = {}) {
  const outputDir = benchmarkOutputDir(workDir, runId, benchmark);
  const { result: outcome, execs } = await countingExecs(() =>
    runBenchmark(ssh, {
      runId,
      delivery: '1-1',
      cwd: checkout,
      argv,
      outputDir,
      timeoutMs: 10_000,
      logger: silentLogger,
      ...extra,
    }),
  );
  return { outputDir, outcome, execs };
}

describe('runBenchmark + fetchArtifact + cleanupRun against a real sshd', () => {
  it('runs in the checkout in one SSH exec, and the fetched results file has the bytes and sha256 written on the minion', async () => {
    const runId = newRunId();
    const stale = join(benchmarkOutputDir(workDir, runId, 'writes'), 'stale-from-an-earlier-attempt');
    await mkdir(stale, { recursive: true });
    const script =
      'pwd; printf "ops=%s\\n" 42 > "$1"; printf "\\000\\377binary" >> "$BENCHLINE_RESULTS_FILE"; echo "$BENCHLINE_RUN_ID"; ls "$BENCHLINE_OUTPUT_DIR"';
    const { outputDir, outcome, execs } = await run(runId, 'writes', ['sh', '-c', script, 'sh', '{resultsFile}']);
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false, leftoversKilledByWrapper: true });
    expect(outcome.stdout).toBe(`${checkout}\n${runId}\nresults\n`);
    expect(execs).toBe(1);

    const onMinion = await readFile(join(outputDir, 'results'));
    const fetched = await fetchArtifact(ssh, { outputDir, path: 'results', maxBytes: 1024 });
    expect(fetched.bytes.equals(onMinion)).toBe(true);
    expect(fetched.size).toBe(onMinion.length);
    expect(fetched.sha256).toBe(createHash('sha256').update(onMinion).digest('hex'));

    const { execs: cleanupExecs } = await countingExecs(() =>
      cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) }),
    );
    expect(cleanupExecs).toBe(1);
    expect(existsSync(runDir(workDir, runId))).toBe(false);
  });

  it('reports a non-zero exit and a missing results file', async () => {
    const runId = newRunId();
    const { outputDir, outcome } = await run(runId, 'fails', ['sh', '-c', 'echo broken >&2; exit 3']);
    expect(outcome).toMatchObject({ exitCode: 3, timedOut: false, stderr: 'broken\n' });
    expect(outcome.signal).toBeUndefined();
    await expect(fetchArtifact(ssh, { outputDir, path: 'results', maxBytes: 1024 })).rejects.toThrow(
      ArtifactMissingError,
    );
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('on timeout kills the whole tree, including a child that left the process group, and cleanup removes the output dir', async () => {
    const runId = newRunId();
    const script = 'sleep 300 & echo $!; setsid sleep 300 & echo $!; env -i sleep 300 & echo $!; wait';
    const started = Date.now();
    const { outcome, execs } = await run(runId, 'hangs', ['sh', '-c', script], { timeoutMs: 1_500, killGraceMs: 500 });
    expect(outcome.timedOut).toBe(true);
    expect(outcome.leftoversKilledByWrapper).toBe(false);
    expect(execs).toBe(2);
    expect(outcome.exitCode).toBeNull();
    expect(outcome.signal).toBe('SIGTERM');
    expect(outcome.durationMs).toBeGreaterThanOrEqual(1_500);
    expect(Date.now() - started).toBeLessThan(8_000);
    const children = outcome.stdout.trim().split('\n').map(Number);
    expect(children).toHaveLength(3);
    expect(children.filter(isAlive)).toEqual([]);
    expect(pidsWithRunMarker(runId)).toEqual([]);

    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
    expect(existsSync(runDir(workDir, runId))).toBe(false);
  });

  it('does not wait for a background child that keeps the output open after the benchmark exited, and kills it', async () => {
    const runId = newRunId();
    const started = Date.now();
    const { outcome, execs } = await run(runId, 'leaves-child', ['sh', '-c', 'sleep 300 & echo $!; exit 0']);
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(isAlive(Number(outcome.stdout.trim()))).toBe(false);
    expect(pidsWithRunMarker(runId)).toEqual([]);
    expect(execs).toBe(1);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('streams output lines while the benchmark is still running', async () => {
    const runId = newRunId();
    const arrivals: { stream: OutputStream; line: string; at: number }[] = [];
    const started = Date.now();
    const { outcome } = await run(
      runId,
      'streams',
      ['sh', '-c', 'echo first; echo warming >&2; sleep 2; echo second'],
      {
        onLine: (stream, line) => arrivals.push({ stream, line, at: Date.now() }),
      },
    );
    const finished = Date.now();
    expect(outcome.exitCode).toBe(0);
    expect(outcome.durationMs).toBeGreaterThanOrEqual(2_000);
    expect(outcome.durationMs).toBeLessThanOrEqual(finished - started);
    expect(arrivals.map(({ stream, line }) => [stream, line])).toEqual(
      expect.arrayContaining([
        ['stdout', 'first'],
        ['stderr', 'warming'],
        ['stdout', 'second'],
      ]),
    );
    // Streamed, not read at the end: the first line arrived well before the last, 2 s later in the script.
    const at = (text: string) => arrivals.find(({ line }) => line === text)!.at;
    expect(at('second') - at('first')).toBeGreaterThanOrEqual(1_000);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('passes hostile parameter values to the benchmark literally, through env and argv', async () => {
    const runId = newRunId();
    const pwned = `/tmp/pwned-${randomBytes(6).toString('hex')}`;
    const hostile = [`$(touch ${pwned})`, `; touch ${pwned}; rm -rf ~`, `\`touch ${pwned}\``, `a'b"c\nd`, '${HOME} *'];
    const env = Object.fromEntries(hostile.map((value, index) => [`P${index}`, value]));
    const report =
      'process.stdout.write(JSON.stringify({ argv: process.argv.slice(1), env: [0,1,2,3,4].map((i) => process.env["P" + i]) }))';
    const { outcome } = await run(
      runId,
      'hostile',
      [process.execPath, '-e', report, '--', ...hostile, '--out={resultsFile}'],
      { env },
    );
    expect(outcome.exitCode).toBe(0);
    const received = JSON.parse(outcome.stdout) as { argv: string[]; env: string[] };
    expect(received.argv).toEqual([...hostile, `--out=${join(runDir(workDir, runId), 'hostile', 'results')}`]);
    expect(received.env).toEqual(hostile);
    expect(existsSync(pwned)).toBe(false);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('fails with a clear error, without running the benchmark, when the output dir cannot be created', async () => {
    const runId = newRunId();
    const canary = join(sshd.dir, `ran-${runId}`);
    await mkdir(join(workDir, 'runs'), { recursive: true });
    await writeFile(runDir(workDir, runId), 'a file where the run dir should be');
    const attempt = run(runId, 'blocked', ['touch', canary]);
    await expect(attempt).rejects.toThrow(RemoteCommandError);
    await expect(attempt).rejects.toThrow(/recreating output dir .*blocked/);
    expect(existsSync(canary)).toBe(false);
    await rm(runDir(workDir, runId));
  });

  it('kills the leftovers from here when the wrapper itself was killed before it could', async () => {
    const runId = newRunId();
    // The benchmark's parent is `setsid -f -w`, whose parent is the wrapper: field 4 of /proc/<pid>/stat is the ppid.
    const script = 'sleep 300 & echo $!; kill -KILL "$(cut -d" " -f4 /proc/$PPID/stat)"; exit 0';
    const { outcome, execs } = await run(runId, 'wrapper-killed', ['sh', '-c', script], { killGraceMs: 500 });
    expect(outcome).toMatchObject({
      exitCode: null,
      signal: 'SIGKILL',
      timedOut: false,
      leftoversKilledByWrapper: false,
    });
    expect(isAlive(Number(outcome.stdout.trim()))).toBe(false);
    expect(pidsWithRunMarker(runId)).toEqual([]);
    expect(execs).toBe(2);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('cleanupRun during a benchmark (a redelivery after the executor died) kills its wrapper too, leaving nothing', async () => {
    const runId = newRunId();
    const running = run(runId, 'orphaned', ['sh', '-c', 'sleep 300 & sleep 300'], { timeoutMs: 60_000 });
    await until('the benchmark started', async () => pidsWithRunMarker(runId).length >= 3 || undefined, 10_000);
    const other = await connectMinion(minionFor(sshd, workDir), { logger: silentLogger });
    try {
      await cleanupRun(other, { runId, outputDir: runDir(workDir, runId), graceMs: 500 });
    } finally {
      other.dispose();
    }
    const { outcome } = await running;
    // The wrapper died of the cleanup's SIGTERM: had it survived to its own kill step, it would report the benchmark's exit code.
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: false });
    expect(pidsWithRunMarker(runId)).toEqual([]);
    expect(existsSync(runDir(workDir, runId))).toBe(false);
  });

  it("the leftover kill of one delivery of a run leaves a newer delivery's benchmark alone", async () => {
    const runId = newRunId();
    // The newer delivery's benchmark runs while the older delivery's wrapper kills its own leftovers.
    const newer = run(runId, 'newer', ['sh', '-c', 'sleep 2; echo 2 > "$BENCHLINE_RESULTS_FILE"'], { delivery: '9-2' });
    await until(
      "the newer delivery's benchmark started",
      async () => pidsWithRunMarker(runId).length > 0 || undefined,
      10_000,
    );
    const older = await run(runId, 'older', ['sh', '-c', 'sleep 300 & echo 1 > "$BENCHLINE_RESULTS_FILE"'], {
      delivery: '9-1',
    });
    expect(older.outcome).toMatchObject({ exitCode: 0, leftoversKilledByWrapper: true });
    expect((await newer).outcome).toMatchObject({ exitCode: 0, leftoversKilledByWrapper: true });
    expect(pidsWithRunMarker(runId)).toEqual([]);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('refuses reserved environment names', async () => {
    const runId = newRunId();
    await expect(run(runId, 'reserved', ['true'], { env: { BENCHLINE_RUN_ID: 'other' } })).rejects.toThrow(/reserved/);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('refuses artifacts above the size limit and paths outside the output dir', async () => {
    const runId = newRunId();
    const { outputDir } = await run(runId, 'big', [
      'sh',
      '-c',
      'head -c 5000 /dev/zero > "$BENCHLINE_OUTPUT_DIR/profile.bin"',
    ]);
    const tooLarge = fetchArtifact(ssh, { outputDir, path: 'profile.bin', maxBytes: 4096 });
    await expect(tooLarge).rejects.toThrow(ArtifactTooLargeError);
    await expect(tooLarge).rejects.toThrow(`${outputDir}/profile.bin is 5000 bytes, above the limit of 4096 bytes`);
    expect((await fetchArtifact(ssh, { outputDir, path: 'profile.bin', maxBytes: 5000 })).size).toBe(5000);
    await expect(fetchArtifact(ssh, { outputDir, path: '../../../sshd_config', maxBytes: 1 << 20 })).rejects.toThrow(
      InvalidArtifactPathError,
    );
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('cleanupRun kills a detached process carrying the run marker, and is idempotent', async () => {
    const runId = newRunId();
    const outputDir = benchmarkOutputDir(workDir, runId, 'daemon');
    await mkdir(outputDir, { recursive: true });
    const detach = buildCommandLine(['sh', '-c', 'setsid -f sleep 300 </dev/null >/dev/null 2>&1'], {
      env: { BENCHLINE_RUN_ID: runId },
    });
    expect((await ssh.execCommand(detach)).code).toBe(0);
    expect(pidsWithRunMarker(runId)).toHaveLength(1);
    expect(existsSync(outputDir)).toBe(true);

    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId), graceMs: 500 });
    expect(pidsWithRunMarker(runId)).toEqual([]);
    expect(existsSync(runDir(workDir, runId))).toBe(false);
    await cleanupRun(ssh, { runId, outputDir: runDir(workDir, runId) });
  });

  it('removeRunDir removes the whole run dir over SFTP, without an exec and without following symlinks out of it', async () => {
    const runId = newRunId();
    const { outputDir } = await run(runId, 'tree', [
      'sh',
      '-c',
      'mkdir -p "$BENCHLINE_OUTPUT_DIR/a/b" && echo x > "$BENCHLINE_OUTPUT_DIR/a/b/deep" && echo y > "$BENCHLINE_RESULTS_FILE"',
    ]);
    const outside = join(sshd.dir, `outside-${runId}`);
    await mkdir(outside);
    await writeFile(join(outside, 'keep'), 'must survive');
    await symlink(outside, join(outputDir, 'dir-link'));
    await symlink(join(outside, 'keep'), join(outputDir, 'a', 'file-link'));

    const { execs } = await countingExecs(() => removeRunDir(ssh, { runId, outputDir: runDir(workDir, runId) }));
    expect(execs).toBe(0);
    expect(existsSync(runDir(workDir, runId))).toBe(false);
    expect(await readFile(join(outside, 'keep'), 'utf8')).toBe('must survive');
    // Already gone is fine; a path outside the layout is refused before anything is touched.
    await removeRunDir(ssh, { runId, outputDir: runDir(workDir, runId) });
    await expect(removeRunDir(ssh, { runId, outputDir: outside })).rejects.toThrow(/not a run output dir/);
    expect(existsSync(outside)).toBe(true);
  });

  it('cleanupRun refuses to remove a directory outside the run layout', async () => {
    await expect(cleanupRun(ssh, { runId: 'r1', outputDir: workDir })).rejects.toThrow(/not a run output dir/);
    expect(existsSync(workDir)).toBe(true);
  });
});
