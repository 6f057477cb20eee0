import { posix } from 'node:path';
import type { FileEntryWithStats, SFTPWrapper, Stats } from 'ssh2';
import { isNoSuchFile } from './sftp.ts';

/**
 * `rm -rf PATH` over SFTP, without starting a shell on the minion. Never follows a symlink: a
 * directory is descended into only after lstat confirmed it is one (some servers report readdir
 * entries with stat, which sees through links). A missing PATH counts as removed.
 */
export async function removeTree(sftp: SFTPWrapper, path: string): Promise<void> {
  let stats: Stats;
  try {
    stats = await sftpCall<Stats>('lstat', path, (done) => sftp.lstat(path, done));
  } catch (error) {
    if (isNoSuchFile(error)) return;
    throw error;
  }
  if (!stats.isDirectory()) return unlink(sftp, path);
  const entries = await sftpCall<FileEntryWithStats[]>('readdir', path, (done) => sftp.readdir(path, done));
  await Promise.all(
    entries.map((entry) => {
      const child = posix.join(path, entry.filename);
      return entry.attrs.isDirectory() ? removeTree(sftp, child) : unlink(sftp, child);
    }),
  );
  await sftpCall('rmdir', path, (done) => sftp.rmdir(path, done));
}

function unlink(sftp: SFTPWrapper, path: string): Promise<void> {
  return sftpCall('unlink', path, (done) => sftp.unlink(path, done));
}

/** ssh2's SFTP errors name neither the operation nor the path; these do, and keep the status `code`. */
function sftpCall<T = void>(
  operation: string,
  path: string,
  request: (done: (error: Error | undefined | null, value?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    request((error, value) => {
      if (!error) return resolve(value as T);
      reject(
        Object.assign(new Error(`SFTP ${operation} ${path} failed: ${error.message}`, { cause: error }), {
          code: (error as { code?: unknown }).code,
        }),
      );
    });
  });
}
