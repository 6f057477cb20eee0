import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runGit } from './git-command.ts';

/** git on one mirror: argv after `git --git-dir=<mirror>`, and what to write to its stdin. */
export type MirrorGit = (args: readonly string[], input?: string) => Promise<string>;

/** The full commit sha of each revision asked about, in the same order. */
export type CommitShas<Revisions extends readonly string[]> = { readonly [K in keyof Revisions]: string };

export interface SuiteMirrorsOptions {
  /** Mirrors live in <dataDir>/mirrors/<suite>.git. */
  readonly dataDir: string;
  /** For each git command, clone and fetch included. */
  readonly timeoutMs: number;
}

/**
 * Bare mirrors (`git clone --mirror`) of the suites' repositories on the controller. A mirror is
 * fetched only when it lacks a revision asked about. Lookups for one suite run one at a time in
 * this process; replicas sharing the data dir may clone the same mirror at once (each clones into
 * a temporary directory and renames it into place; the first rename wins) and fetch at once (git
 * locks the refs it updates; a fetch that loses is fine when the other one brought the revisions).
 */
export class SuiteMirrors {
  private readonly lookups = new Map<string, Promise<void>>();

  constructor(private readonly options: SuiteMirrorsOptions) {}

  private path(suite: string): string {
    return join(this.options.dataDir, 'mirrors', `${suite}.git`);
  }

  /** Runs `read` on the suite's mirror of `repo` once it holds every revision (validated by the caller). */
  read<Revisions extends readonly string[], T>(
    suite: string,
    repo: string,
    revisions: Revisions,
    read: (git: MirrorGit, shas: CommitShas<Revisions>) => Promise<T>,
  ): Promise<T> {
    return this.oneAtATime(suite, async () => {
      const gitDir = this.path(suite);
      const git: MirrorGit = (args, input) => runGit(args, { gitDir, input, timeoutMs: this.options.timeoutMs });
      const shas = await this.commitsOf(suite, repo, revisions, git);
      return read(git, shas as unknown as CommitShas<Revisions>);
    });
  }

  private oneAtATime<T>(suite: string, lookup: () => Promise<T>): Promise<T> {
    const result = (this.lookups.get(suite) ?? Promise.resolve()).then(lookup);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.lookups.set(suite, settled);
    void settled.then(() => {
      if (this.lookups.get(suite) === settled) this.lookups.delete(suite);
    });
    return result;
  }

  /** The full shas of `revisions`, cloning the mirror first if it does not exist, fetching if it lacks one. */
  private async commitsOf(suite: string, repo: string, revisions: readonly string[], git: MirrorGit) {
    const repository = `the repository of suite "${suite}" (${repo})`;
    if (!existsSync(this.path(suite))) await this.clone(repo, this.path(suite), repository);
    const known = await resolveCommits(git, revisions);
    if (!known.includes(undefined)) return known as string[];

    // From the configured repo rather than the mirror's origin, so a suite whose `repo` changed follows it.
    const fetchFailure = await git(['fetch', '--prune', '--quiet', '--end-of-options', repo, '+refs/*:refs/*']).then(
      () => undefined,
      (error: Error) => error,
    );
    const fetched = await resolveCommits(git, revisions);
    const missing = revisions.filter((_, index) => fetched[index] === undefined);
    if (missing.length === 0) return fetched as string[];
    if (fetchFailure) throw new Error(`cannot fetch ${repository} into its mirror: ${fetchFailure.message}`);
    const names = missing.map((revision) => JSON.stringify(revision)).join(' and ');
    throw new Error(`${names} not found in ${repository}, even after a fetch`);
  }

  private async clone(repo: string, gitDir: string, repository: string): Promise<void> {
    await mkdir(dirname(gitDir), { recursive: true });
    const temporary = await mkdtemp(`${gitDir}.clone-`);
    try {
      const clone = ['clone', '--mirror', '--quiet', '--end-of-options', repo, temporary];
      await runGit(clone, { timeoutMs: this.options.timeoutMs }).catch((error: Error) => {
        throw new Error(`cannot clone ${repository} into its mirror: ${error.message}`);
      });
      await rename(temporary, gitDir).catch((error: unknown) => {
        if (!existsSync(gitDir)) throw error; // else another replica's clone won the race, and is as good
      });
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }
}

/** The full sha of the commit each revision names; undefined where the mirror lacks it or a short sha is ambiguous. */
async function resolveCommits(git: MirrorGit, revisions: readonly string[]): Promise<(string | undefined)[]> {
  const queries = revisions.map((revision) => `${revision}^{commit}\n`).join('');
  const output = await git(['cat-file', '--batch-check'], queries); // on stdin: never an argument
  return output
    .split('\n')
    .slice(0, revisions.length)
    .map((line) => {
      const [sha, type] = line.split(' ');
      return type === 'commit' ? sha : undefined;
    });
}
