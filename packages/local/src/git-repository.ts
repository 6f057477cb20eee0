import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Who commits to a suite repository Benchline writes itself: the demos', the tests' and the benches'. */
export interface GitAuthor {
  readonly name: string;
  readonly email: string;
}

export interface GitRepository {
  readonly path: string;
  /** Runs git in the repository as the author, without signing; its trimmed output. */
  git(...args: string[]): Promise<string>;
  /** Writes `files` (null removes one), commits everything as `subject` and returns the new commit's sha. */
  commit(subject: string, files?: Readonly<Record<string, string | null>>): Promise<string>;
}

const BENCHLINE: GitAuthor = { name: 'Benchline', email: 'benchline@benchline.invalid' };

/** The git repository at `path`, created with branch `main` when there is none yet. */
export async function gitRepository(path: string, author = BENCHLINE): Promise<GitRepository> {
  await mkdir(path, { recursive: true });
  const git = async (...args: string[]) =>
    (
      await run(
        'git',
        ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, '-c', 'commit.gpgsign=false', ...args],
        { cwd: path },
      )
    ).stdout.trim();
  await git('init', '-q', '-b', 'main');
  return {
    path,
    git,
    async commit(subject, files = {}) {
      for (const [name, content] of Object.entries(files)) {
        if (content === null) await rm(join(path, name), { force: true });
        else await writeFile(join(path, name), content);
      }
      await git('add', '-A');
      await git('commit', '-q', '-m', subject);
      return git('rev-parse', 'HEAD');
    },
  };
}
