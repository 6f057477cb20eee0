import { BenchlineError } from '@benchline/core';

/** The minion presented a host key other than the pinned one: possible man-in-the-middle, nothing was run. */
export class HostKeyMismatchError extends BenchlineError {
  override name = 'HostKeyMismatchError';
  constructor(
    readonly host: string,
    readonly port: number,
    readonly expectedFingerprint: string,
    readonly presentedFingerprint: string,
  ) {
    super(
      'MINION_HOST_KEY_MISMATCH',
      `host key mismatch for ${host}:${port}: expected ${expectedFingerprint}, the server presented ${presentedFingerprint}; refusing to connect`,
    );
  }
}

/** Retried: a minion that is rebooting or briefly off the network comes back. */
export class MinionUnreachableError extends BenchlineError {
  override name = 'MinionUnreachableError';
  constructor(
    readonly host: string,
    readonly port: number,
    reason: string,
    options?: ErrorOptions,
  ) {
    super('MINION_UNREACHABLE', `minion ${host}:${port} is unreachable: ${reason}`, { ...options, retryable: true });
  }
}

export class MinionAuthenticationError extends BenchlineError {
  override name = 'MinionAuthenticationError';
  constructor(
    readonly host: string,
    readonly port: number,
    readonly user: string,
    options?: ErrorOptions,
  ) {
    super('MINION_AUTH_REFUSED', `minion ${host}:${port} refused the key of user ${user}`, options);
  }
}

export class PrivateKeyError extends BenchlineError {
  override name = 'PrivateKeyError';
  constructor(message: string, options?: ErrorOptions) {
    super('MINION_PRIVATE_KEY_UNPROTECTED', message, options);
  }
}

/** A helper command the executor itself ran on the minion (mkdir, kill, ...) failed. */
export class RemoteCommandError extends Error {
  override name = 'RemoteCommandError';
  constructor(
    readonly what: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`${what} failed on the minion (exit ${exitCode ?? 'none'}): ${stderr.trim() || 'no error output'}`);
  }
}

export class ArtifactMissingError extends Error {
  override name = 'ArtifactMissingError';
  constructor(readonly path: string) {
    super(`artifact ${path} does not exist on the minion`);
  }
}

export class ArtifactTooLargeError extends Error {
  override name = 'ArtifactTooLargeError';
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`artifact ${path} is ${size} bytes, above the limit of ${limit} bytes`);
  }
}

export class InvalidArtifactPathError extends Error {
  override name = 'InvalidArtifactPathError';
}
