import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { gitRepository } from './git-repository.ts';

export const EXAMPLE_SUITE_DIR = new URL('../../../examples/ipfs-suite/', import.meta.url).pathname;
export const EXAMPLE_SUITE_NAME = 'ipfs-example';

/**
 * A git repository holding the example suite, as a team's benchmark repository would be: the
 * provisioner clones it onto the minion. Re-running commits only when the example changed, so the
 * commit (and with it the warm-provisioning decision) stays the same.
 */
export async function prepareExampleRepository(dataDir: string): Promise<string> {
  const repo = await gitRepository(join(dataDir, 'example-suite'), {
    name: 'Benchline demo',
    email: 'demo@benchline.invalid',
  });
  for (const entry of await readdir(repo.path)) {
    if (entry !== '.git') await rm(join(repo.path, entry), { recursive: true, force: true });
  }
  await cp(EXAMPLE_SUITE_DIR, repo.path, { recursive: true, filter: (source) => !source.includes('/node_modules') });
  if ((await repo.git('status', '--porcelain')) !== '') await repo.commit('Benchline example suite');
  return repo.path;
}

/** The example's suite definition (examples/ipfs-suite/benchline-suite.yaml) pointing at `repo`. */
export async function exampleSuiteConfig(repo: string): Promise<Record<string, unknown>> {
  const suite = parseYaml(await readFile(join(EXAMPLE_SUITE_DIR, 'benchline-suite.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...suite, repo };
}
