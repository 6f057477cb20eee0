import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSshd, type Sshd } from '@benchline/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMinion } from '../src/ssh/connect.ts';
import { withSftp } from '../src/ssh/sftp.ts';
import { minionFor, silentLogger } from './minion-helpers.ts';

let sshd: Sshd;
beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(async () => {
  await sshd?.close();
});

describe('withSftp against a real sshd', () => {
  it('reads through the session and ends it', async () => {
    const ssh = await connectMinion(minionFor(sshd, '/unused'), { logger: silentLogger });
    try {
      const entries = await withSftp(
        ssh,
        (sftp) =>
          new Promise<string[]>((resolve, reject) =>
            sftp.readdir(sshd.dir, (error, list) =>
              error ? reject(error) : resolve(list.map((entry) => entry.filename)),
            ),
          ),
      );
      expect(entries).toContain('sshd_config');
    } finally {
      ssh.dispose();
    }
  });

  // What hung a run of the soak for good: sshd killed while the executor read the wrapper's report.
  it('fails at once when the connection is lost under it, where ssh2 would never answer a later request', async () => {
    const ssh = await connectMinion(minionFor(sshd, '/unused'), { logger: silentLogger });
    let answeredAfterClose: boolean | undefined;
    try {
      const started = Date.now();
      const outcome = withSftp(ssh, async (sftp) => {
        (ssh.connection as unknown as { _sock: Socket })._sock.destroy();
        await sleep(200);
        // A request after the close, as ssh2's readFile makes one to close its handle after a failed read.
        const stat = new Promise<boolean>((resolve) => sftp.stat(sshd.dir, () => resolve(true)));
        answeredAfterClose = await Promise.race([stat, sleep(2_000).then(() => false)]);
      });
      await expect(outcome).rejects.toThrow(/SFTP session to the minion closed \(connection lost\)/);
      expect(Date.now() - started).toBeLessThan(1_000);
      await sleep(2_500);
      expect(answeredAfterClose).toBe(false);
    } finally {
      ssh.dispose();
    }
  });
});
