export type ProvisioningFailureKind = 'unreachable' | 'host-key' | 'private-key' | 'task-failed' | 'bad-ref' | 'timeout';

/** Provisioning failed for a reason a user can act on; `outputTail` is the end of the tool output that shows it. */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';

  constructor(
    readonly kind: ProvisioningFailureKind,
    readonly reason: string,
    readonly outputTail: string = '',
  ) {
    super(reason);
  }
}
