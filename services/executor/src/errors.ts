/** The minion presented a host key other than the pinned one: possible man-in-the-middle, nothing was run. */
export class HostKeyMismatchError extends Error {
  override name = 'HostKeyMismatchError';
  constructor(
    readonly host: string,
    readonly port: number,
    readonly expectedFingerprint: string,
    readonly presentedFingerprint: string,
  ) {
    super(`host key mismatch for ${host}:${port}: expected ${expectedFingerprint}, the server presented ${presentedFingerprint}; refusing to connect`);
  }
}

export class MinionUnreachableError extends Error {
  override name = 'MinionUnreachableError';
  constructor(readonly host: string, readonly port: number, reason: string, options?: ErrorOptions) {
    super(`minion ${host}:${port} is unreachable: ${reason}`, options);
  }
}

export class MinionAuthenticationError extends Error {
  override name = 'MinionAuthenticationError';
  constructor(readonly host: string, readonly port: number, readonly user: string, options?: ErrorOptions) {
    super(`minion ${host}:${port} refused the key of user ${user}`, options);
  }
}

export class PrivateKeyError extends Error {
  override name = 'PrivateKeyError';
}

/** A helper command the executor itself ran on the minion (mkdir, kill, ...) failed. */
export class RemoteCommandError extends Error {
  override name = 'RemoteCommandError';
  constructor(readonly what: string, readonly exitCode: number | null, readonly stderr: string) {
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
  constructor(readonly path: string, readonly size: number, readonly limit: number) {
    super(`artifact ${path} is ${size} bytes, above the limit of ${limit} bytes`);
  }
}

export class InvalidArtifactPathError extends Error {
  override name = 'InvalidArtifactPathError';
}
