import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MinionConfig, SuiteConfig } from '@benchline/core';
import type { Logger } from 'pino';
import { ansibleEnvironment, ansibleStateDir, ansibleStateDirs } from './ansible-environment.ts';
import { NO_TASKS, parsePlaybookEvents, type TaskCounts } from './ansible-events.ts';
import { toAnsibleYaml } from './ansible-yaml.ts';
import { provisioningFingerprint } from './fingerprint.ts';
import { assertValidRef, assertValidRepo } from './git-ref.ts';
import type { HostFacts } from './host-facts.ts';
import { writeInventory } from './inventory.ts';
import { tuningNeedsRoot } from './tuning.ts';
import { minionConnection } from './minion-connection.ts';
import { suitePaths, type SuitePaths } from './minion-layout.ts';
import { playbookReport } from './playbook-outcome.ts';
import { runCommand } from './run-command.ts';
import { stopProvisioning } from './stop-provisioning.ts';
import { warmCheck } from './warm-check.ts';

export const DEFAULT_ANSIBLE_DIR = fileURLToPath(new URL('../../../ansible/', import.meta.url));
const WARM_CHECK_TIMEOUT_MS = 60_000;

/**
 * Prefix of the playbook's argv: a shell that the kernel sends SIGHUP when the provisioner dies,
 * even by SIGKILL, and that then kills its process group (the playbook and everything it started),
 * so a redelivered attempt never overlaps a playbook left over from the dead one. The script is a
 * constant; the playbook's argv reaches it as "$@".
 */
const DIES_WITH_PROVISIONER = [
  '--pdeathsig',
  'HUP',
  '--',
  '/bin/sh',
  '-c',
  `trap 'kill -KILL 0' HUP; "$@" & wait $!`,
  'sh',
];

export interface ProvisionRequest {
  readonly minionName: string;
  readonly minion: MinionConfig;
  readonly suiteName: string;
  readonly suite: SuiteConfig;
  /** Branch, tag, or full or short commit sha. */
  readonly ref: string;
  readonly runId: string;
  /** The service's data dir; Ansible's state lives in <dataDir>/ansible. */
  readonly dataDir: string;
  /** For the whole call: warm check and playbook. */
  readonly timeoutMs: number;
  readonly log: Logger;
  /** Aborting stops the warm check or Ansible (process group killed) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Run the playbook even when the warm check finds the minion up to date. */
  readonly force?: boolean;
  /** The playbook and roles; default: the repository's ansible/ directory. */
  readonly ansibleDir?: string;
}

export interface ProvisionResult {
  /** Full sha the ref resolved to. */
  readonly commit: string;
  readonly facts: HostFacts;
  /** Ansible's recap, where ok includes changed; all zero when skipped. */
  readonly tasks: TaskCounts;
  readonly durationMs: number;
  /** Ansible's full output, or why Ansible was skipped. */
  readonly log: string;
  /** True when the warm check proved the minion up to date and Ansible did not run. */
  readonly skipped: boolean;
}

/**
 * Makes the minion ready to run the suite at `ref`: skips Ansible when the warm
 * check proves nothing would change, otherwise runs ansible/provision.yml.
 * Throws a ProvisioningError for failures a user can act on.
 */
export async function runPlaybook(request: ProvisionRequest): Promise<ProvisionResult> {
  const startedAt = performance.now();
  const deadline = Date.now() + request.timeoutMs;
  request.signal?.throwIfAborted();
  assertValidRef(request.ref);
  assertValidRepo(request.suite.repo);
  const ansibleDir = request.ansibleDir ?? DEFAULT_ANSIBLE_DIR;
  const paths = suitePaths(request.minion.workDir, request.suiteName);
  const fingerprint = await provisioningFingerprint(ansibleDir, request.suite);
  const log = request.log.child({ runId: request.runId, minion: request.minionName, suite: request.suiteName });

  const stateDir = ansibleStateDir(request.dataDir);
  await mkdir(join(stateDir, 'runs'), { recursive: true });
  const connection = await minionConnection(stateDir, request.minion);
  const dirs = ansibleStateDirs(stateDir, await mkdtemp(join(stateDir, 'runs', 'r')));
  try {
    const inventoryPath = await writeInventory(
      dirs.runDir,
      request.minionName,
      request.minion,
      connection.knownHostsPath,
    );
    if (!request.force) {
      const decision = await warmCheck({
        ...request,
        paths,
        fingerprint,
        connection,
        ansibleDir,
        timeoutMs: Math.min(WARM_CHECK_TIMEOUT_MS, deadline - Date.now()),
      });
      request.signal?.throwIfAborted();
      if (decision.warm) {
        log.info({ commit: decision.commit }, 'minion already provisioned; Ansible skipped');
        return {
          commit: decision.commit,
          facts: decision.facts,
          tasks: NO_TASKS,
          durationMs: Math.round(performance.now() - startedAt),
          log: `Ansible skipped: the warm check found suite "${request.suiteName}" provisioned at ${decision.commit} with fingerprint ${fingerprint}, a clean checkout and no leftovers.\n`,
          skipped: true,
        };
      }
      log.info({ reason: decision.reason }, 'running Ansible');
    }

    const provisioning = basename(dirs.runDir);
    const varsPath = join(dirs.runDir, 'vars.yml');
    await writeFile(varsPath, toAnsibleYaml(extraVars(request, paths, fingerprint, provisioning)), { mode: 0o600 });
    const timeoutMs = Math.max(deadline - Date.now(), 1);
    const outcome = await runCommand(
      'setpriv',
      [
        ...DIES_WITH_PROVISIONER,
        'ansible-playbook',
        '-i',
        inventoryPath,
        '-e',
        `@${varsPath}`,
        join(ansibleDir, 'provision.yml'),
      ],
      {
        env: ansibleEnvironment(ansibleDir, stateDir, dirs, connection),
        cwd: dirs.runDir,
        timeoutMs,
        signal: request.signal,
      },
    );
    if (outcome.timedOut || outcome.aborted)
      await stopProvisioning(
        { minionName: request.minionName, minion: request.minion, connection, ansibleDir },
        provisioning,
        log,
      );
    request.signal?.throwIfAborted();
    const events = parsePlaybookEvents(await readFile(dirs.eventsPath, 'utf8').catch(() => ''));
    const report = playbookReport(request, outcome, events);
    log.info({ commit: report.commit, tasks: report.tasks }, 'minion provisioned');
    return { ...report, durationMs: Math.round(performance.now() - startedAt), log: outcome.output, skipped: false };
  } finally {
    await rm(dirs.runDir, { recursive: true, force: true });
  }
}

function extraVars(request: ProvisionRequest, paths: SuitePaths, fingerprint: string, provisioning: string) {
  const { suite } = request;
  return {
    benchline_suite: request.suiteName,
    benchline_repo: suite.repo,
    benchline_ref: request.ref,
    benchline_packages: suite.packages,
    benchline_setup: suite.setup,
    benchline_setup_inputs: suite.setupInputs,
    benchline_fingerprint: fingerprint,
    benchline_work_dir: request.minion.workDir,
    benchline_paths: { ...paths },
    benchline_environment: suite.environment ?? [],
    benchline_tuning: { ...request.minion.tuning },
    benchline_tuning_needs_root: tuningNeedsRoot(request.minion.tuning),
    benchline_provisioning: provisioning,
  };
}
