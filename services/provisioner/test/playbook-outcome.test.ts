import { describe, expect, test } from 'vitest';
import type { MinionConfig, SuiteConfig } from '@benchline/core';
import { parsePlaybookEvents } from '../src/ansible-events.ts';
import { playbookReport, type PlaybookContext } from '../src/playbook-outcome.ts';
import { ProvisioningError } from '../src/provisioning-error.ts';
import type { CommandOutcome } from '../src/run-command.ts';

const minion: MinionConfig = {
  host: '127.0.0.1',
  port: 2222,
  user: 'bench',
  privateKeyFile: '/keys/minion',
  hostKey: 'ssh-ed25519 AAAA',
  workDir: '/srv/benchline',
};
const suite = { repo: '/srv/repos/suite.git', setup: [], setupInputs: [], packages: [] } as unknown as SuiteConfig;
const context: PlaybookContext = { minionName: 'm1', minion, suite, ref: 'nope', timeoutMs: 60_000 };
const finished: CommandOutcome = {
  exitCode: 2,
  signal: null,
  timedOut: false,
  aborted: false,
  stdout: '',
  stderr: '',
  output: 'PLAY RECAP\nm1 : ok=1 failed=1\n',
};
const facts = {
  cores: 2,
  cpuModel: 'AMD EPYC',
  governor: 'performance',
  hostname: 'vm',
  kernel: '6.1.0',
  memoryMb: 24105,
  os: 'Debian GNU/Linux 12 (bookworm)',
  microcode: '',
  packages: {},
  tuning: [],
};

function task(
  status: string,
  action: string,
  detail: object,
  name = 'suite : Check out the suite at the requested ref',
): string {
  return JSON.stringify({ type: 'task', host: 'm1', task: name, action, status, ignored: false, detail });
}
function stats(counts: object, custom: object = {}): string {
  return JSON.stringify({
    type: 'stats',
    hosts: { m1: { ok: 0, changed: 0, failures: 0, skipped: 0, unreachable: 0, rescued: 0, ignored: 0, ...counts } },
    custom,
  });
}
function report(lines: string[], outcome: Partial<CommandOutcome> = {}) {
  return playbookReport(context, { ...finished, ...outcome }, parsePlaybookEvents(lines.join('\n')));
}
function failureOf(run: () => unknown): ProvisioningError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProvisioningError) return error;
    throw error;
  }
  throw new Error('expected a ProvisioningError');
}

test('a successful run yields the commit, the facts and the recap counts', () => {
  const result = report(
    [
      task('changed', 'ansible.builtin.git', {}),
      stats({ ok: 9, changed: 3, skipped: 2 }, { _run: { benchline_commit: 'c'.repeat(40), benchline_facts: facts } }),
    ],
    { exitCode: 0 },
  );
  expect(result).toEqual({
    commit: 'c'.repeat(40),
    facts,
    tasks: { ok: 9, changed: 3, failed: 0, skipped: 2, unreachable: 0 },
  });
});

describe('failures are classified', () => {
  test('the git module not finding the version is a bad ref', () => {
    const error = failureOf(() =>
      report([
        task('failed', 'ansible.builtin.git', {
          msg: 'Failed to checkout nope',
          rc: 1,
          stderr: "error: pathspec 'nope' did not match",
        }),
        stats({ failures: 1 }),
      ]),
    );
    expect(error).toMatchObject({
      code: 'REF_INVALID',
      message: 'The ref "nope" is not a branch, tag or commit of /srv/repos/suite.git.',
    });
    expect(error.detail).toContain('PLAY RECAP');
  });

  test('a failing setup step names the task, the command and its last error line', () => {
    const error = failureOf(() =>
      report([
        task(
          'failed',
          'ansible.builtin.command',
          {
            msg: 'One or more items failed',
            items: [{ cmd: ['npm', 'ci'], rc: 1, stderr: 'npm ERR! code ENOLOCK\nnpm ERR! missing lockfile' }],
          },
          'suite : Run a setup step',
        ),
      ]),
    );
    expect(error).toMatchObject({
      code: 'PROVISION_TASK_FAILED',
      message:
        'Provisioning task "Run a setup step" failed on minion "m1": `npm ci` exited with code 1: npm ERR! missing lockfile',
    });
  });

  test('an ignored failure is not a failure', () => {
    const result = report(
      [
        JSON.stringify({
          type: 'task',
          host: 'm1',
          task: 'probe',
          action: 'command',
          status: 'failed',
          ignored: true,
          detail: { msg: 'meh' },
        }),
        stats({ ok: 1 }, { _run: { benchline_commit: 'c'.repeat(40), benchline_facts: facts } }),
      ],
      { exitCode: 0 },
    );
    expect(result.commit).toBe('c'.repeat(40));
  });

  test('an unreachable host with a changed key is host-key', () => {
    const error = failureOf(() =>
      report([
        task('unreachable', 'ansible.builtin.git', {
          msg: 'Data could not be sent to remote host "127.0.0.1". Make sure this host can be reached over ssh: Host key verification failed.\r\n',
        }),
      ]),
    );
    expect(error.code).toBe('MINION_HOST_KEY_MISMATCH');
  });

  test('a timed-out run is a timeout whatever the events say', () => {
    const error = failureOf(() =>
      report([task('ok', 'ansible.builtin.git', {})], { timedOut: true, signal: 'SIGTERM', exitCode: null }),
    );
    expect(error).toMatchObject({
      code: 'PROVISION_TIMEOUT',
      message: 'Provisioning minion "m1" took longer than 60 s, so Ansible was stopped.',
    });
  });

  test('ansible-playbook dying before any task (e.g. a broken vars file) is reported with its last output line', () => {
    const error = failureOf(() => report([], { exitCode: 4, output: 'ERROR! Syntax Error while loading YAML.\n' }));
    expect(error).toMatchObject({
      code: 'PROVISION_TASK_FAILED',
      message: expect.stringContaining(
        'exit code 4 before reporting a task failure: ERROR! Syntax Error while loading YAML.',
      ),
    });
  });

  test('a run that claims success without reporting the commit is not trusted', () => {
    const error = failureOf(() => report([stats({ ok: 3 })], { exitCode: 0 }));
    expect(error.message).toContain('without reporting the checked-out commit');
  });
});

test('a line cut short by a killed Ansible is ignored', () => {
  const events = parsePlaybookEvents(`${task('ok', 'ansible.builtin.git', {})}\n{"type": "ta`);
  expect(events.tasks).toHaveLength(1);
  expect(events.counts).toBeNull();
});
