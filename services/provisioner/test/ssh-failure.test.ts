import { expect, test } from 'vitest';
import type { MinionConfig } from '@benchline/core';
import { sshConnectionError } from '../src/ssh-failure.ts';

const minion: MinionConfig = {
  host: '127.0.0.1',
  port: 2222,
  user: 'bench',
  privateKeyFile: '/keys/minion',
  hostKey: 'ssh-ed25519 AAAA',
  workDir: '/srv/benchline',
};

test('a changed host key is a host-key failure, not a generic unreachable', () => {
  const error = sshConnectionError(
    'm1',
    minion,
    '@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nHost key verification failed.\r\n',
  );
  expect(error.code).toBe('MINION_HOST_KEY_MISMATCH');
  expect(error.message).toContain('minions.m1.hostKey');
});

test('a refused key and a refused connection are unreachable, each with its cause', () => {
  const refusedKey = sshConnectionError('m1', minion, 'bench@127.0.0.1: Permission denied (publickey).\r\n');
  expect(refusedKey).toMatchObject({
    code: 'MINION_AUTH_REFUSED',
    message: 'Minion "m1" (bench@127.0.0.1:2222) refused the SSH key /keys/minion.',
  });
  const refusedPort = sshConnectionError(
    'm1',
    minion,
    'Data could not be sent to remote host "127.0.0.1". Make sure this host can be reached over ssh: ssh: connect to host 127.0.0.1 port 2222: Connection refused\r\n',
  );
  expect(refusedPort).toMatchObject({
    code: 'MINION_UNREACHABLE',
    message:
      'Cannot reach minion "m1" (bench@127.0.0.1:2222) over SSH: connect to host 127.0.0.1 port 2222: Connection refused.',
  });
});
