import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';

const run = promisify(execFile);
export const EXAMPLE_SUITE_DIR = new URL('../../../examples/ipfs-suite/', import.meta.url).pathname;
export const EXAMPLE_SUITE_NAME = 'ipfs-example';

const git = (cwd: string, ...args: string[]) =>
  run(
    'git',
    [
      '-c',
      'user.name=Benchline demo',
      '-c',
      'user.email=demo@benchline.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd },
  );

/**
 * A git repository holding the example suite, as a team's benchmark repository would be: the
 * provisioner clones it onto the minion. Re-running commits only when the example changed, so the
 * commit (and with it the warm-provisioning decision) stays the same.
 */
export async function prepareExampleRepository(dataDir: string): Promise<string> {
  const repo = join(dataDir, 'example-suite');
  await mkdir(repo, { recursive: true });
  await git(repo, 'init', '-q', '-b', 'main').catch(() => git(repo, 'init', '-q'));
  for (const entry of await readdir(repo)) {
    if (entry !== '.git') await rm(join(repo, entry), { recursive: true, force: true });
  }
  await cp(EXAMPLE_SUITE_DIR, repo, { recursive: true, filter: (source) => !source.includes('/node_modules') });
  await git(repo, 'add', '-A');
  const { stdout } = await git(repo, 'status', '--porcelain');
  if (stdout.trim() !== '') await git(repo, 'commit', '-q', '-m', 'Benchline example suite');
  return repo;
}

/** The example's suite definition (examples/ipfs-suite/benchline-suite.yaml) pointing at `repo`. */
export async function exampleSuiteConfig(repo: string): Promise<Record<string, unknown>> {
  const suite = parseYaml(await readFile(join(EXAMPLE_SUITE_DIR, 'benchline-suite.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...suite, repo };
}
