import { commitLog } from './commit-log.ts';
import type { MirrorGit } from './mirror.ts';

/** The fields of the proto message `CommitOrder`: where a commit sits in its suite's history. */
export interface CommitOrder {
  readonly defaultBranch: string;
  readonly position: number;
  readonly onDefaultBranch: boolean;
  readonly mergeBase: string;
  readonly commitTime: string;
  readonly subject: string;
  readonly author: string;
}

/**
 * Where `commit` sits on the first-parent line of `defaultBranch`, whose tip is `tip` (full shas).
 *
 * - `position`: how many commits of that line `commit` contains (is, or has as an ancestor). For a
 *   commit on the line, its 1-based place counted from the root; a merge into the line counts once.
 *   For any other commit, the place of the newest line commit it contains (its merge-base with the
 *   default branch); 0 for a commit that shares no history with the line.
 * - `onDefaultBranch`: `commit` is itself on the line (a commit of a merged side branch is not).
 * - `mergeBase`: for a commit off the line, that newest line commit it contains; `git merge-base`
 *   gives the same one whenever the branch forked from the line. Empty on the line or when unrelated.
 */
export async function readCommitOrder(
  git: MirrorGit,
  defaultBranch: string,
  tip: string,
  commit: string,
): Promise<CommitOrder> {
  const firstParents = (options: string[], ...revisions: string[]) =>
    git(['rev-list', '--first-parent', ...options, '--end-of-options', ...revisions, '--']);
  const lineLength = Number(await firstParents(['--count'], tip));
  // The line's newest commits that `commit` does not contain; the exclusion follows every parent of
  // `commit`, not only first parents, so a branch that merged the line in contains what it merged.
  const notContained = Number(await firstParents(['--count'], tip, `^${commit}`));
  const position = lineLength - notContained;
  const newestContained =
    position === 0 ? '' : (await firstParents([`--skip=${notContained}`, '--max-count=1'], tip)).trim();
  const [details] = await commitLog(git, ['--no-walk'], [commit]);
  if (!details) throw new Error(`git log listed nothing for commit ${commit}`);
  const onDefaultBranch = newestContained === commit;
  const { commitTime, subject, author } = details;
  const mergeBase = onDefaultBranch ? '' : newestContained;
  return { defaultBranch, position, onDefaultBranch, mergeBase, commitTime, subject, author };
}
