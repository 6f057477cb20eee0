import { outputTail, type MinionConfig, type SuiteConfig } from '@benchline/core';
import type { PlaybookEvents, TaskCounts, TaskDetail, TaskEvent } from './ansible-events.ts';
import { parseHostFacts, type HostFacts } from './host-facts.ts';
import { ProvisioningError } from './provisioning-error.ts';
import type { CommandOutcome } from './run-command.ts';
import { sshConnectionError } from './ssh-failure.ts';

export interface PlaybookContext {
  readonly minionName: string;
  readonly minion: MinionConfig;
  readonly suite: SuiteConfig;
  readonly ref: string;
  readonly timeoutMs: number;
}

export interface PlaybookReport {
  readonly commit: string;
  readonly facts: HostFacts;
  readonly tasks: TaskCounts;
}

// How ansible.builtin.git reports a version the repository does not have.
const UNKNOWN_VERSION = /^(Failed to checkout|Could not determine remote revision)/;

/** What a finished ansible-playbook process and its JSON-lines events amount to; throws a ProvisioningError on failure. */
export function playbookReport(
  context: PlaybookContext,
  outcome: CommandOutcome,
  events: PlaybookEvents,
): PlaybookReport {
  const tail = outputTail(outcome.output);
  if (outcome.timedOut) {
    throw new ProvisioningError(
      'PROVISION_TIMEOUT',
      `Provisioning minion "${context.minionName}" took longer than ${Math.round(context.timeoutMs / 1000)} s, so Ansible was stopped.`,
      tail,
    );
  }
  const unreachable = events.tasks.find((task) => task.status === 'unreachable');
  if (unreachable)
    throw sshConnectionError(context.minionName, context.minion, unreachable.detail.msg ?? outcome.output);
  const failed = events.tasks.find((task) => task.status === 'failed' && !task.ignored);
  if (failed) {
    if (failed.action.endsWith('git') && UNKNOWN_VERSION.test(failed.detail.msg ?? '')) {
      throw new ProvisioningError(
        'REF_INVALID',
        `The ref ${JSON.stringify(context.ref)} is not a branch, tag or commit of ${context.suite.repo}.`,
        tail,
      );
    }
    throw new ProvisioningError(
      'PROVISION_TASK_FAILED',
      `Provisioning task "${taskName(failed)}" failed on minion "${context.minionName}": ${describe(failed.detail)}`,
      tail,
    );
  }
  if (outcome.exitCode !== 0) {
    throw new ProvisioningError(
      'PROVISION_TASK_FAILED',
      `ansible-playbook stopped with ${outcome.signal ?? `exit code ${outcome.exitCode}`} before reporting a task failure: ${lastLine(outcome.output)}`,
      tail,
    );
  }
  const commit = events.custom.benchline_commit;
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit) || events.counts === null) {
    throw new ProvisioningError(
      'PROVISION_TASK_FAILED',
      'Ansible finished without reporting the checked-out commit; the playbook output is incomplete.',
      tail,
    );
  }
  return { commit, facts: parseHostFacts(events.custom.benchline_facts), tasks: events.counts };
}

function taskName(task: TaskEvent): string {
  return task.task.replace(/^[^:]+ : /, '');
}

function describe(detail: TaskDetail): string {
  const failure = detail.items?.[0] ?? detail;
  const cause =
    lastLine(failure.stderr ?? '') || lastLine(failure.stdout ?? '') || firstLine(failure.msg ?? '') || 'no message';
  if (failure.cmd === undefined) return cause;
  const command = Array.isArray(failure.cmd) ? failure.cmd.join(' ') : failure.cmd;
  return `\`${command}\` exited with code ${failure.rc ?? '?'}: ${cause}`;
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}
