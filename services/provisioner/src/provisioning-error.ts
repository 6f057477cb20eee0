import { BenchlineError, type ErrorCode } from '@benchline/core';

/**
 * Provisioning failed for a reason a user can act on, so no retry: the run fails at once with the
 * code. `detail` is the end of the tool output that shows it (stored as the run's ansible.log).
 */
export class ProvisioningError extends BenchlineError {
  override readonly name = 'ProvisioningError';

  constructor(code: ErrorCode, reason: string, outputTail = '') {
    super(code, reason, { detail: outputTail });
  }
}
