import type { NodeSSH } from 'node-ssh';
import type { SFTPWrapper } from 'ssh2';

// SSH_FX_NO_SUCH_FILE in the SFTP protocol; ssh2 puts it on the error's `code`.
const SFTP_NO_SUCH_FILE = 2;

export function isNoSuchFile(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === SFTP_NO_SUCH_FILE;
}

/**
 * Opens an SFTP session, runs `use` with it, and ends it. Fails as soon as the session closes under
 * `use` (the connection to the minion lost, sshd killed): ssh2 then fails the requests in flight, but
 * a request made after the close is never sent nor answered, and ssh2 makes such requests itself
 * (`readFile` and read streams close their file handle after a failed read), so `use` would never
 * settle and the run would hang for good.
 */
export async function withSftp<T>(ssh: NodeSSH, use: (sftp: SFTPWrapper) => Promise<T>): Promise<T> {
  const sftp = await ssh.requestSFTP();
  const closed = new Promise<never>((_resolve, reject) =>
    sftp.once('close', () => reject(new Error('the SFTP session to the minion closed (connection lost)'))),
  );
  // Ending the session below closes it too, when nobody waits for this any more.
  closed.catch(() => undefined);
  try {
    return await Promise.race([use(sftp), closed]);
  } finally {
    sftp.end();
  }
}
