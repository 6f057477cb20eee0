// SSH_FX_NO_SUCH_FILE in the SFTP protocol; ssh2 puts it on the error's `code`.
const SFTP_NO_SUCH_FILE = 2;

export function isNoSuchFile(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === SFTP_NO_SUCH_FILE;
}
