import type { SuiteConfig } from '@benchline/core';
import type { SuitePaths } from './minion-layout.ts';
import { runRemotePython, type RemotePythonRequest } from './remote-python.ts';
import { decideWarm, parseObservation, type WarmDecision } from './warm-decision.ts';

export interface WarmCheckRequest extends RemotePythonRequest {
  readonly suite: SuiteConfig;
  readonly ref: string;
  readonly paths: SuitePaths;
  readonly fingerprint: string;
}

/**
 * One SSH command that reads the minion's stamps, resolves the ref there and looks for leftovers
 * (ansible/warm_check.py). Throws a ProvisioningError when the minion cannot be reached or its host
 * key is wrong.
 */
export async function warmCheck(request: WarmCheckRequest): Promise<WarmDecision> {
  const outcome = await runRemotePython(request, 'warm_check.py', 'observe', {
    workDir: request.minion.workDir,
    repo: request.suite.repo,
    ref: request.ref,
    paths: request.paths,
    setupInputs: request.suite.setupInputs,
    packages: request.suite.packages,
    environment: request.suite.environment ?? [],
    tuning: request.minion.tuning ?? {},
  });
  if (outcome.aborted) return { warm: false, reason: 'the warm check was aborted' };
  if (outcome.timedOut) return { warm: false, reason: `the warm check did not answer within ${request.timeoutMs} ms` };
  if (outcome.exitCode !== 0)
    return {
      warm: false,
      reason: `the warm check failed: ${outcome.stderr.trim().split('\n').at(-1) ?? `exit code ${outcome.exitCode}`}`,
    };
  return decideWarm(parseObservation(outcome.stdout), request.fingerprint);
}
