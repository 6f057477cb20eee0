import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerHostKeyAlgorithm } from 'ssh2';

export interface PinnedHostKey {
  readonly type: string;
  /** The SSH wire-format public key blob (what the base64 in `TYPE BASE64` decodes to). */
  readonly blob: Buffer;
}

const HOST_KEY_LINE =
  /^(ssh-ed25519|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521|ssh-rsa) ([A-Za-z0-9+/]+={0,2})$/;

export function parsePinnedHostKey(hostKey: string): PinnedHostKey {
  const match = HOST_KEY_LINE.exec(hostKey.trim());
  if (!match) throw new Error(`pinned host key must look like "ssh-ed25519 AAAA...", got ${JSON.stringify(hostKey)}`);
  return { type: match[1]!, blob: Buffer.from(match[2]!, 'base64') };
}

/** OpenSSH's `SHA256:...` fingerprint (unpadded base64), as `ssh-keygen -lf` prints it. */
export function fingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

export function isSameKey(expected: Buffer, presented: Buffer): boolean {
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

/**
 * The host-key algorithms to offer so the server presents the key of the pinned type; a server
 * holding several host keys would otherwise pick its own preference and look like a mismatch.
 */
export function hostKeyAlgorithmsFor(type: string): ServerHostKeyAlgorithm[] {
  switch (type) {
    case 'ssh-rsa':
      return ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];
    case 'ssh-ed25519':
    case 'ecdsa-sha2-nistp256':
    case 'ecdsa-sha2-nistp384':
    case 'ecdsa-sha2-nistp521':
      return [type];
    default:
      throw new Error(`unsupported host key type ${type}`);
  }
}
