import { outputTail, type MinionConfig } from '@benchline/core';
import { ProvisioningError } from './provisioning-error.ts';

const HOST_KEY_MISMATCH =
  /REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed|No \S+ host key is known for/;
const KEY_REFUSED = /Permission denied \(/;
// OpenSSH's own check: it ignores a private key that group or others may read.
const UNPROTECTED_KEY = /Permissions (0[0-7]{3}) for '[^']*' are too open/;

/** Turns what OpenSSH printed when a connection failed into an error naming the cause. */
export function sshConnectionError(minionName: string, minion: MinionConfig, output: string): ProvisioningError {
  const where = `minion "${minionName}" (${minion.user}@${minion.host}:${minion.port})`;
  const tail = outputTail(output);
  if (HOST_KEY_MISMATCH.test(output)) {
    return new ProvisioningError(
      'MINION_HOST_KEY_MISMATCH',
      `The SSH host key of ${where} does not match the key pinned in the configuration (minions.${minionName}.hostKey), so Benchline refused to connect. If the minion was reinstalled on purpose, pin its new key.`,
      tail,
    );
  }
  const unprotected = UNPROTECTED_KEY.exec(output);
  if (unprotected) {
    return new ProvisioningError(
      'MINION_PRIVATE_KEY_UNPROTECTED',
      `The SSH private key ${minion.privateKeyFile} has mode ${unprotected[1]}: group or others may read it, so OpenSSH refused to use it. Make it readable by the service's user only (chmod 600).`,
      tail,
    );
  }
  if (KEY_REFUSED.test(output)) {
    return new ProvisioningError(
      'MINION_AUTH_REFUSED',
      `${capitalize(where)} refused the SSH key ${minion.privateKeyFile}.`,
      tail,
    );
  }
  return new ProvisioningError(
    'MINION_UNREACHABLE',
    `Cannot reach ${where} over SSH: ${lastSshMessage(output)}.`,
    tail,
  );
}

function lastSshMessage(output: string): string {
  const last =
    output
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? 'no answer';
  // Ansible prefixes ssh's own "ssh: connect to host …" with its advice; keep ssh's words.
  return last.replace(/^.*\bssh: /, '').replace(/\.$/, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
