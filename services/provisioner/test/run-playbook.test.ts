import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, hostname, release } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MinionConfig, SuiteConfig } from '@benchline/core';
import { freePort, generateKeyPair, liveProcesses, startSshd, until, type Sshd } from '@benchline/servers';
import { ansibleStateDir } from '../src/ansible-environment.ts';
import { closeAllConnections, connectionDir, minionConnection } from '../src/minion-connection.ts';
import { ProvisioningError } from '../src/provisioning-error.ts';
import { runPlaybook, type ProvisionRequest } from '../src/run-ansible.ts';

const run = promisify(execFile);
const logLines: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
/** Why the warm check last sent a run to Ansible: the message of a failed "skipped" expectation. */
const lastWarmReason = () =>
  `warm check: ${
    logLines
      .map((line) => JSON.parse(line) as { msg: string; reason?: string })
      .filter((line) => line.msg === 'running Ansible')
      .at(-1)?.reason
  }`;

let sshd: Sshd;
let repo: string;
let minion: MinionConfig;
let suite: SuiteConfig;
let dataDir: string;
let pwned: string;
let firstRunMs = 0;

async function git(...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', repo, ...args]);
  return stdout.trim();
}

async function commitLockfile(content: string, message: string): Promise<string> {
  await writeFile(join(repo, 'package-lock.json'), content);
  await git('add', 'package-lock.json');
  await git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}

function request(overrides: Partial<ProvisionRequest> = {}): ProvisionRequest {
  return {
    minionName: 'm1',
    minion,
    suiteName: 'demo',
    suite,
    ref: 'v1',
    runId: 'run-1',
    dataDir,
    timeoutMs: 120_000,
    log,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<ProvisioningError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProvisioningError);
  return error as ProvisioningError;
}

/** The pid of the shared SSH master for this minion config, undefined when none runs. */
async function masterPid(target: MinionConfig = minion): Promise<number | undefined> {
  const { socketPath } = await minionConnection(ansibleStateDir(dataDir), target);
  const check = await run('ssh', [
    '-F',
    '/dev/null',
    '-o',
    `ControlPath=${socketPath}`,
    '-O',
    'check',
    'benchline-master',
  ]).catch((error: { stderr: string }) => error);
  const pid = /pid=(\d+)/.exec(check.stderr)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

const checkout = () => join(minion.workDir, 'suites', 'demo', 'checkout');
const setupRuns = async () =>
  (await readFile(join(checkout(), 'setup-marker'), 'utf8')).split('\n').filter(Boolean).length;

function startMarkedProcess(cwd: string): ChildProcess {
  return spawn('sleep', ['300'], { cwd, env: { ...process.env, BENCHLINE_RUN_ID: 'an-earlier-run' }, stdio: 'ignore' });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

describe('runPlaybook against a real sshd and ansible-playbook', () => {
  let commitA: string;

  beforeAll(async () => {
    sshd = await startSshd();
    repo = join(sshd.dir, 'suite-repo');
    dataDir = join(sshd.dir, 'data');
    pwned = join(sshd.dir, 'pwned');
    await mkdir(repo);
    await run('git', ['init', '-q', '-b', 'main', repo]);
    await git('config', 'user.email', 'test@benchline.invalid');
    await git('config', 'user.name', 'Benchline test');
    commitA = await commitLockfile('{"lockfileVersion": 1}\n', 'first');
    await git('tag', 'v1');
    minion = {
      host: sshd.host,
      port: sshd.port,
      user: sshd.user,
      privateKeyFile: sshd.clientKey.privateKeyPath,
      hostKey: sshd.hostKey,
      workDir: join(sshd.dir, 'minion'),
    };
    suite = {
      repo,
      defaultRef: 'main',
      packages: [],
      setup: [
        ['sh', '-c', 'echo ran >> setup-marker'],
        // Reach the program literally: neither a shell nor Jinja may evaluate them.
        ['echo', `$(touch ${pwned}-shell)`, `{{ lookup('pipe', 'touch ${pwned}-jinja') }}`],
      ],
      setupInputs: ['package-lock.json'],
      parameters: {},
      benchmarks: [{ name: 'noop', command: ['true'], format: 'auto', timeoutSeconds: 10, artifacts: [] }],
    };
  });

  afterAll(async () => {
    if (dataDir) await closeAllConnections(ansibleStateDir(dataDir));
    await sshd?.close();
  });

  test('a first run checks out the requested tag, runs setup and reports the commit, host facts and task counts', async () => {
    const result = await runPlaybook(request());
    firstRunMs = result.durationMs;

    expect(result.skipped).toBe(false);
    expect(result.commit).toBe(commitA);
    expect(await run('git', ['-C', checkout(), 'rev-parse', 'HEAD']).then(({ stdout }) => stdout.trim())).toBe(commitA);
    expect(await setupRuns()).toBe(1);
    expect(result.tasks.changed).toBeGreaterThan(0);
    expect(result.tasks.failed).toBe(0);
    expect(result.tasks.unreachable).toBe(0);
    expect(result.facts).toMatchObject({ cores: cpus().length, kernel: release(), hostname: hostname() });
    expect(result.facts.cpuModel).not.toBe('');
    expect(result.facts.memoryMb).toBeGreaterThan(0);
    expect(result.facts.os).not.toBe('');
    expect(result.log).toContain('PLAY RECAP');
    expect(existsSync(`${pwned}-shell`)).toBe(false);
    expect(existsSync(`${pwned}-jinja`)).toBe(false);
  });

  // How much faster the warm check is than a playbook is bench/provisioning.ts's to measure.
  test("a second run with the same ref is skipped by the warm check, faster, reusing the first run's SSH master", async () => {
    const master = await masterPid();
    expect(master).toBeGreaterThan(0);

    const result = await runPlaybook(request());

    expect(result.skipped).toBe(true);
    expect(result.commit).toBe(commitA);
    expect(result.facts).toMatchObject({ cores: cpus().length, kernel: release() });
    expect(result.durationMs).toBeLessThan(firstRunMs);
    expect(await setupRuns()).toBe(1);
    expect(await masterPid()).toBe(master);
  });

  test('forcing Ansible on the unchanged minion reports changed=0, leaves setup alone and opens the SSH master the next warm check reuses', async () => {
    await closeAllConnections(ansibleStateDir(dataDir));
    const result = await runPlaybook(request({ force: true }));

    expect(result.skipped).toBe(false);
    expect(result.tasks).toMatchObject({ changed: 0, failed: 0, unreachable: 0 });
    expect(result.tasks.ok).toBeGreaterThan(0);
    expect(await setupRuns()).toBe(1);
    const master = await masterPid();
    expect(master).toBeGreaterThan(0);
    expect(await runPlaybook(request()), lastWarmReason()).toMatchObject({ skipped: true });
    expect(await masterPid()).toBe(master);
  });

  test('a short sha is resolved to the full commit on the minion', async () => {
    const result = await runPlaybook(request({ ref: commitA.slice(0, 8) }));

    expect(result.commit).toBe(commitA);
    expect(result.skipped).toBe(true);
  });

  test('a new commit on the branch that changes the lockfile re-runs setup; the unchanged branch is then skipped', async () => {
    const commitB = await commitLockfile('{"lockfileVersion": 2}\n', 'bump lockfile');

    const moved = await runPlaybook(request({ ref: 'main' }));
    expect(moved).toMatchObject({ skipped: false, commit: commitB });
    expect(await setupRuns()).toBe(2);

    const again = await runPlaybook(request({ ref: 'main' }));
    expect(again, lastWarmReason()).toMatchObject({ skipped: true, commit: commitB });
  });

  test('leftover run directories and stray marked processes of this work dir are removed, others are spared', async () => {
    const leftover = join(minion.workDir, 'runs', 'an-earlier-run');
    await mkdir(leftover, { recursive: true });
    await writeFile(join(leftover, 'results.json'), '{}');
    const stray = startMarkedProcess(leftover);
    const elsewhere = startMarkedProcess(sshd.dir); // another installation's benchmark, outside this work dir
    try {
      const result = await runPlaybook(request({ ref: 'main' }));

      expect(result.skipped).toBe(false);
      expect(result.tasks.changed).toBe(1);
      expect(existsSync(leftover)).toBe(false);
      await exited(stray);
      expect(stray.signalCode).toBe('SIGTERM');
      expect(elsewhere.exitCode).toBeNull();
      expect(elsewhere.signalCode).toBeNull();
    } finally {
      stray.kill('SIGKILL');
      elsewhere.kill('SIGKILL');
    }
  });

  test('a ref the repository does not have fails as bad-ref with a reason naming it', async () => {
    const error = await failure(runPlaybook(request({ ref: 'no-such-branch' })));

    expect(error.code).toBe('REF_INVALID');
    expect(error.message).toContain('"no-such-branch" is not a branch, tag or commit of');
    expect(error.detail).toContain('no-such-branch');
  });

  test('a hostile ref is passed along as data and never executed', async () => {
    const error = await failure(runPlaybook(request({ ref: `$(touch\${IFS}${pwned}-ref)` })));

    expect(error.code).toBe('REF_INVALID');
    expect(existsSync(`${pwned}-ref`)).toBe(false);
  });

  test('a closed port fails as unreachable', async () => {
    const error = await failure(runPlaybook(request({ minion: { ...minion, port: await freePort() } })));

    expect(error.code).toBe('MINION_UNREACHABLE');
    expect(error.message).toMatch(/Cannot reach minion "m1" .* Connection refused/);
  });

  test('a wrong pinned host key fails as host-key in the warm check and in Ansible, even right after a run with the right key', async () => {
    const impostor = await generateKeyPair(sshd.dir, 'impostor');
    const wrongKey = { ...minion, hostKey: impostor.publicKey.split(' ').slice(0, 2).join(' ') };

    for (const force of [false, true]) {
      expect(await runPlaybook(request({ ref: 'main' })), lastWarmReason()).toMatchObject({ skipped: true });
      expect(await masterPid()).toBeGreaterThan(0);
      const error = await failure(runPlaybook(request({ minion: wrongKey, force })));
      expect(error.code, `force: ${force}; ${error.message}\n${error.detail}`).toBe('MINION_HOST_KEY_MISMATCH');
      expect(error.message).toContain('does not match the key pinned in the configuration');
    }
  });

  test('a playbook exceeding the timeout is stopped and fails as timeout', async () => {
    const started = Date.now();
    const error = await failure(runPlaybook(request({ force: true, timeoutMs: 1_500 })));

    expect(error.code).toBe('PROVISION_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  test('closing the connections, as the service does when it stops, ends every master and removes its socket', async () => {
    await runPlaybook(request({ ref: 'main' }));
    expect(await masterPid()).toBeGreaterThan(0);

    await closeAllConnections(ansibleStateDir(dataDir));
    expect(existsSync(connectionDir(ansibleStateDir(dataDir)))).toBe(false);
    expect(await masterPid()).toBeUndefined();
    expect(await runPlaybook(request({ ref: 'main' })), lastWarmReason()).toMatchObject({ skipped: true });
  });

  test('aborting stops Ansible and rejects with the abort reason', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('lease lost')), 500);

    await expect(runPlaybook(request({ force: true, signal: controller.signal }))).rejects.toThrow('lease lost');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('stopping a playbook also stops what it runs on the minion, which would outlive ansible-playbook', async () => {
    const marker = join(sshd.dir, 'long-setup-started');
    const longSetup = { ...suite, setup: [['sh', '-c', `echo started > ${marker}; exec sleep 120`]] };
    const controller = new AbortController();
    const provisioning = runPlaybook(
      request({ suiteName: 'long-setup', suite: longSetup, force: true, signal: controller.signal }),
    );
    await until('the setup step to start', async () => (existsSync(marker) ? true : undefined), 60_000, 100);
    expect(playbookProcesses()).not.toEqual([]);
    controller.abort(new Error('lease lost'));
    await expect(provisioning).rejects.toThrow('lease lost');
    expect(playbookProcesses()).toEqual([]);
  });
});

/**
 * The processes that carry a playbook's BENCHLINE_PROVISIONING marker and descend from this file's
 * sshd (the minion is this machine, where other test files run playbooks of their own meanwhile).
 */
function playbookProcesses(): number[] {
  const sshdPid = Number(readFileSync(join(sshd.dir, 'sshd.pid'), 'utf8'));
  const parent = (pid: number) => Number(/\) \S+ (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? 0);
  const descendsFromSshd = (pid: number): boolean => {
    for (let ancestor = parent(pid); ancestor > 1; ancestor = parent(ancestor)) if (ancestor === sshdPid) return true;
    return false;
  };
  return liveProcesses('environ', (environment) =>
    environment.some((variable) => variable.startsWith('BENCHLINE_PROVISIONING=')),
  ).filter((pid) => {
    try {
      return descendsFromSshd(pid);
    } catch {
      return false; // exited meanwhile
    }
  });
}
