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

/** Commit orders kept: far more than the (tip, commit) pairs that runs ask about between two pushes. */
const REMEMBERED_ORDERS = 1000;

/**
 * Questions about a suite's history, answered from its mirror on the controller. Every revision is
 * validated before git runs. A repository that cannot be cloned or fetched, or that lacks a
 * revision even after a fetch, is a plain Error (retryable); an invalid revision is REF_INVALID.
 */
export class SuiteHistory {
  private readonly mirrors: SuiteMirrors;
  /**
   * Commit orders already read, by suite, default branch, tip sha and commit sha: the history of two
   * commits never changes, so neither does the answer. A run then costs one git command (resolving
   * the revisions) instead of five, and the runs of a suite, which take their turns on its mirror,
   * each hold it that much shorter (bench/README.md, "Fleet scaling").
   */
  private readonly orders = new Map<string, CommitOrder>();

  constructor(private readonly options: SuiteHistoryOptions) {
    this.mirrors = new SuiteMirrors(options);
  }

  /** Where `commit` (a sha) sits on the first-parent line of the suite's `defaultRef`: see readCommitOrder. */
  async commitOrder(suite: string, commit: string): Promise<CommitOrder> {
    const { repo, defaultRef } = this.suite(suite);
    assertCommitSha(commit, 'commit');
    assertRevision(defaultRef, `defaultRef of suite "${suite}"`);
    return this.mirrors.read(suite, repo, [commit, defaultRef] as const, async (git, [sha, tip]) => {
      const key = JSON.stringify([suite, defaultRef, tip, sha]);
      const known = this.orders.get(key);
      if (known) return known;
      const order = await readCommitOrder(git, defaultRef, tip, sha);
      if (this.orders.size >= REMEMBERED_ORDERS) this.orders.delete(this.orders.keys().next().value!);
      this.orders.set(key, order);
      return order;
    });
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
