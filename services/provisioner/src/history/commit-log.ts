import type { MirrorGit } from './mirror.ts';

export interface HistoryCommit {
  readonly sha: string;
  readonly subject: string;
  /** `Name <email>`. */
  readonly author: string;
  /** Committer time, RFC 3339. */
  readonly commitTime: string;
}

const FIELDS = ['%H', '%s', '%an <%ae>', '%cI'] as const;

/**
 * The commits `git log <options> <revisions>` lists, in its order. NUL separates fields and
 * commits, so no subject or name can shift them.
 */
export async function commitLog(
  git: MirrorGit,
  options: readonly string[],
  revisions: readonly string[],
): Promise<HistoryCommit[]> {
  const format = `--format=${FIELDS.join('%x00')}`;
  const output = await git(['log', '-z', format, ...options, '--end-of-options', ...revisions, '--']);
  const fields = output.split('\0');
  const commits: HistoryCommit[] = [];
  for (let start = 0; start + FIELDS.length <= fields.length; start += FIELDS.length) {
    const [sha = '', subject = '', author = '', commitTime = ''] = fields.slice(start, start + FIELDS.length);
    commits.push({ sha, subject, author, commitTime });
  }
  return commits;
}
