import { BenchlineError, type SuiteConfig } from '@benchline/core';
import { assertValidRepo } from '../git-ref.ts';
import { commitLog, type HistoryCommit } from './commit-log.ts';
import { readCommitOrder, type CommitOrder } from './commit-order.ts';
import { SuiteMirrors } from './mirror.ts';
import { assertCommitSha, assertRevision } from './revision.ts';

export interface SuiteHistoryOptions {
  readonly dataDir: string;
  readonly suites: Readonly<Record<string, SuiteConfig>>;
  /** For each git command, clone and fetch included. */
  readonly timeoutMs: number;
}

/**
 * Questions about a suite's history, answered from its mirror on the controller. Every revision is
 * validated before git runs. A repository that cannot be cloned or fetched, or that lacks a
 * revision even after a fetch, is a plain Error (retryable); an invalid revision is REF_INVALID.
 */
export class SuiteHistory {
  private readonly mirrors: SuiteMirrors;

  constructor(private readonly options: SuiteHistoryOptions) {
    this.mirrors = new SuiteMirrors(options);
  }

  /** Where `commit` (a sha) sits on the first-parent line of the suite's `defaultRef`: see readCommitOrder. */
  async commitOrder(suite: string, commit: string): Promise<CommitOrder> {
    const { repo, defaultRef } = this.suite(suite);
    assertCommitSha(commit, 'commit');
    assertRevision(defaultRef, `defaultRef of suite "${suite}"`);
    return this.mirrors.read(suite, repo, [commit, defaultRef] as const, (git, [sha, tip]) =>
      readCommitOrder(git, defaultRef, tip, sha),
    );
  }

  /**
   * The first-parent commits of `toInclusive` that `fromExclusive` does not contain, oldest first:
   * the commits after `fromExclusive` up to `toInclusive` when both are on one first-parent line.
   */
  async firstParentCommits(suite: string, fromExclusive: string, toInclusive: string): Promise<HistoryCommit[]> {
    const { repo } = this.suite(suite);
    assertRevision(fromExclusive, 'revision');
    assertRevision(toInclusive, 'revision');
    return this.mirrors.read(suite, repo, [fromExclusive, toInclusive] as const, (git, [from, to]) =>
      commitLog(git, ['--first-parent', '--reverse'], [to, `^${from}`]),
    );
  }

  private suite(name: string): SuiteConfig {
    const suite = this.options.suites[name];
    if (!suite) throw new BenchlineError('CONFIG_MISSING', `The suite "${name}" is not configured.`);
    assertValidRepo(suite.repo);
    return suite;
  }
}
