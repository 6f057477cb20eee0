import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MinionConfig, SuiteConfig } from '@benchline/core';
import { holdMachineLock, startSshd, type MachineLock, type Sshd } from '@benchline/servers';
import { ansibleStateDir } from '../src/ansible-environment.ts';
import { closeAllConnections } from '../src/minion-connection.ts';
import { runPlaybook, type ProvisionRequest } from '../src/run-ansible.ts';

/*
 * The minion is this machine. The tuning asked for here changes nothing on it but vm.swappiness
 * (restored in afterAll): every host-wide knob the machine has is asked for in the state it is
 * already in, and one it lacks in the state a benchmark host would want. aslr and reservedCpus act
 * per benchmark process, never on the host.
 */
const run = promisify(execFile);
const log = pino({ level: 'silent' });
const CPU = '/sys/devices/system/cpu';
const SWAPPINESS = '/proc/sys/vm/swappiness';

const readKnob = async (path: string) => (existsSync(path) ? (await readFile(path, 'utf8')).trim() : undefined);

interface HostKnobs {
  governor?: string;
  /** 'on' or 'off' as the tuning config says it, when the host has a turbo knob. */
  turbo?: 'on' | 'off';
  smtControl?: string;
  swappiness: string;
}

async function hostKnobs(): Promise<HostKnobs> {
  const noTurbo = await readKnob(`${CPU}/intel_pstate/no_turbo`);
  const boost = await readKnob(`${CPU}/cpufreq/boost`);
  return {
    governor: await readKnob(`${CPU}/cpu0/cpufreq/scaling_governor`),
    turbo:
      noTurbo !== undefined
        ? noTurbo === '1'
          ? 'off'
          : 'on'
        : boost === undefined
          ? undefined
          : boost === '0'
            ? 'off'
            : 'on',
    smtControl: await readKnob(`${CPU}/smt/control`),
    swappiness: (await readKnob(SWAPPINESS))!,
  };
}

// A playbook run takes 3 s on an idle machine and over a minute on one loaded by parallel test runs.
describe('host tuning and environment facts through the real playbook on a loopback sshd minion', {
  timeout: 300_000,
}, () => {
  // The knobs are this machine's: another copy of the suite running this file at the same time
  // would tune and restore them under this one's feet.
  let machine: MachineLock;
  let sshd: Sshd;
  let knobs: HostKnobs;
  let minion: MinionConfig;
  let suite: SuiteConfig;
  let dataDir: string;
  let fakeTool: string;
  let tunedSwappiness: string;
  const lastCpu = String(cpus().length - 1);
  const smtSwitchable = (control?: string) => control === 'on' || control === 'off';

  const request = (overrides: Partial<ProvisionRequest> = {}): ProvisionRequest => ({
    minionName: 'm1',
    minion,
    suiteName: 'tuned',
    suite,
    ref: 'main',
    runId: 'run-1',
    dataDir,
    timeoutMs: 120_000,
    log,
    ...overrides,
  });
  const writeFakeTool = (version: string) =>
    writeFile(fakeTool, `#!/bin/sh\n[ "$1" = --version ] && echo "faketool ${version}" && echo "second line"\n`);

  beforeAll(async () => {
    machine = await holdMachineLock('host-tuning');
    knobs = await hostKnobs();
    tunedSwappiness = knobs.swappiness === '10' ? '11' : '10';
    sshd = await startSshd();
    dataDir = join(sshd.dir, 'data');
    const repo = join(sshd.dir, 'suite-repo');
    await mkdir(repo);
    await run('git', ['init', '-q', '-b', 'main', repo]);
    await run('git', [
      '-C',
      repo,
      '-c',
      'user.email=t@b.invalid',
      '-c',
      'user.name=T',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'one',
    ]);
    fakeTool = join(sshd.dir, 'faketool');
    await writeFakeTool('1.0.0');
    await chmod(fakeTool, 0o755);
    minion = {
      host: sshd.host,
      port: sshd.port,
      user: sshd.user,
      privateKeyFile: sshd.clientKey.privateKeyPath,
      hostKey: sshd.hostKey,
      workDir: join(sshd.dir, 'minion'),
      tuning: {
        governor: knobs.governor ?? 'performance',
        turbo: knobs.turbo ?? 'off',
        smt: smtSwitchable(knobs.smtControl) ? (knobs.smtControl as 'on' | 'off') : 'off',
        aslr: 'off',
        swappiness: Number(tunedSwappiness),
        reservedCpus: lastCpu,
      },
    };
    suite = {
      repo,
      defaultRef: 'main',
      packages: [],
      setup: [],
      setupInputs: [],
      parameters: {},
      environment: ['git', fakeTool, join(sshd.dir, 'no-such-tool')],
      benchmarks: [{ name: 'noop', command: ['true'], format: 'auto', timeoutSeconds: 10, artifacts: [] }],
    };
  }, 360_000); // the machine lock may wait for the other copy's whole file

  afterAll(async () => {
    if (knobs) await writeFile(SWAPPINESS, knobs.swappiness);
    if (dataDir) await closeAllConnections(ansibleStateDir(dataDir));
    await sshd?.close();
    await machine?.release();
  });

  test('the first run applies swappiness, checks aslr and the reserved CPU, and reports each knob the host lacks as unavailable with the reason', async () => {
    const result = await runPlaybook(request());

    expect(result.skipped).toBe(false);
    expect(result.tasks.changed).toBeGreaterThan(0);
    expect(await readKnob(SWAPPINESS)).toBe(tunedSwappiness);
    const byName = Object.fromEntries(result.facts.tuning.map((setting) => [setting.name, setting]));
    expect(result.facts.tuning.map((setting) => setting.name)).toEqual([
      'governor',
      'turbo',
      'smt',
      'aslr',
      'swappiness',
      'reserved_cpus',
    ]);
    expect(byName.swappiness).toEqual({ name: 'swappiness', state: 'applied', value: tunedSwappiness, detail: '' });
    expect(byName.aslr).toEqual({ name: 'aslr', state: 'applied', value: 'off', detail: '' });
    expect(byName.reserved_cpus).toEqual({ name: 'reserved_cpus', state: 'applied', value: lastCpu, detail: '' });
    expect(byName.governor).toMatchObject(
      knobs.governor
        ? { state: 'applied', value: knobs.governor }
        : { state: 'unavailable', value: '', detail: expect.stringContaining('no cpufreq') },
    );
    expect(byName.turbo).toMatchObject(
      knobs.turbo
        ? { state: 'applied', value: knobs.turbo }
        : { state: 'unavailable', detail: expect.stringContaining('no turbo control') },
    );
    expect(byName.smt).toMatchObject(
      smtSwitchable(knobs.smtControl)
        ? { state: 'applied', value: knobs.smtControl }
        : { state: 'unavailable', detail: expect.stringMatching(/SMT/) },
    );
    // The host's own ASLR is untouched: it is switched off per benchmark process only.
    expect(await readKnob('/proc/sys/kernel/randomize_va_space')).not.toBe('0');
  });

  test('a second playbook run changes nothing: the tuning task reports no change', async () => {
    const result = await runPlaybook(request({ force: true }));

    expect(result.skipped).toBe(false);
    expect(result.tasks).toMatchObject({ changed: 0, failed: 0 });
    expect(result.log).toMatch(/TASK \[suite : Tune the host for benchmarking\][^\n]*\nok:/);
    expect(result.facts.tuning.find((setting) => setting.name === 'swappiness')).toMatchObject({
      state: 'applied',
      value: tunedSwappiness,
    });
  });

  test('the warm check skips Ansible while the tuning holds, and re-provisions once a knob drifted', async () => {
    const warm = await runPlaybook(request());
    expect(warm.skipped).toBe(true);
    expect(warm.facts.tuning.find((setting) => setting.name === 'swappiness')?.value).toBe(tunedSwappiness);

    await writeFile(SWAPPINESS, knobs.swappiness);
    const cold = await runPlaybook(request());
    expect(cold.skipped).toBe(false);
    expect(cold.tasks.changed).toBe(1);
    expect(await readKnob(SWAPPINESS)).toBe(tunedSwappiness);
  });

  test('the facts carry the microcode, the versions of the suite’s packages and runtimes, read fresh on warm runs too', async () => {
    const microcode = /^microcode\s*:\s*(.*)$/m.exec(await readFile('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? '';
    const gitLine = (await run('git', ['--version'])).stdout.trim();

    const first = await runPlaybook(request({ force: true }));
    expect(first.facts.microcode).toBe(microcode);
    expect(first.facts.packages).toEqual({
      'bin:git': gitLine,
      [`bin:${fakeTool}`]: 'faketool 1.0.0',
      [`bin:${join(sshd.dir, 'no-such-tool')}`]: '',
    });

    await writeFakeTool('1.0.1');
    const warm = await runPlaybook(request());
    expect(warm.skipped).toBe(true);
    expect(warm.facts.packages[`bin:${fakeTool}`]).toBe('faketool 1.0.1');
  });

  test('Debian packages of the suite are reported by dpkg version under pkg:<name>, a version pin left out of the name', async () => {
    const gitVersion = (await run('dpkg-query', ['--show', '--showformat=${Version}', 'git'])).stdout;
    const result = await runPlaybook(
      request({ suite: { ...suite, packages: [`git=${gitVersion}`], environment: [] } }),
    );

    expect(result.facts.packages).toEqual({ 'pkg:git': gitVersion });
  });
});
