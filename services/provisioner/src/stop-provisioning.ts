import type { Logger } from 'pino';
import { runRemotePython, type RemotePythonRequest } from './remote-python.ts';

/** How long the minion waits for the killed processes to be gone; the SSH command gets a little more. */
const WAIT_SECONDS = 10;

/**
 * Stops what a stopped playbook left running on the minion. Killing ansible-playbook (a timeout, a
 * lost lease, a superseded delivery) does not stop the module it was running there: a `git checkout`
 * of the old ref could land after the next provisioning's and leave the minion at the wrong commit.
 * Every process of the playbook carries BENCHLINE_PROVISIONING=<id> (ansible/provision.yml); this
 * kills them and waits until they are gone (ansible/stop_provisioning.py). Best effort: a minion that
 * cannot be reached is logged, and the next provisioning's warm check still sees what it left.
 */
export async function stopProvisioning(
  request: Omit<RemotePythonRequest, 'timeoutMs' | 'signal'>, // no signal: it runs after an abort too
  provisioning: string,
  log: Logger,
): Promise<void> {
  try {
    const outcome = await runRemotePython(
      { ...request, timeoutMs: (WAIT_SECONDS + 5) * 1000 },
      'stop_provisioning.py',
      'stop',
      { provisioning, waitSeconds: WAIT_SECONDS },
    );
    if (outcome.exitCode !== 0)
      throw new Error(outcome.stderr.trim().split('\n').at(-1) || `exit code ${outcome.exitCode}`);
    const { killed, alive } = JSON.parse(outcome.stdout) as { killed: number; alive: number };
    if (killed > 0 || alive > 0) log.info({ killed, alive }, "stopped the playbook's processes on the minion");
  } catch (error) {
    log.warn({ err: error }, "could not stop the playbook's processes on the minion");
  }
}
