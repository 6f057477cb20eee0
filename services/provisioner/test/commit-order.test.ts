import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BenchlineError, parseConfig, type SuiteConfig } from '@benchline/core';
import { SuiteHistory } from '../src/history/suite-history.ts';

const run = promisify(execFile);

let dir: string;
let origin: string;
let dataDir: string;
let history: SuiteHistory;
let commitSeconds = 0;

/** git in the origin repository, each commit a minute after the previous one. */
async function git(...args: string[]): Promise<string> {
  const date = `@${1_700_000_000 + 60 * commitSeconds++} +0000`;
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const identity = ['-c', 'user.name=Ada', '-c', 'user.email=ada@benchline.invalid'];
  const { stdout } = await run('git', ['-C', origin, ...identity, ...args], { env });
  return stdout.trim();
}

async function commit(subject: string): Promise<string> {
  await git('commit', '-q', '--allow-empty', '-m', subject);
  return git('rev-parse', 'HEAD');
}

function historyOf(suites: Record<string, Partial<SuiteConfig>>, data = dataDir): SuiteHistory {
  const benchmarks = [{ name: 'b', command: ['true'] }];
  const withBenchmarks = Object.entries(suites).map(([name, suite]) => [name, { benchmarks, ...suite }]);
  const config = parseConfig({ suites: Object.fromEntries(withBenchmarks) });
  return new SuiteHistory({ dataDir: data, suites: config.suites, timeoutMs: 30_000 });
}

const fetchHead = (suite = 's') => join(dataDir, 'mirrors', `${suite}.git`, 'FETCH_HEAD');
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

describe('SuiteHistory on a mirror of a real repository', () => {
  // main: c1 - c2 - c3 - merge - c5, the merge bringing in feature f1 - f2 forked at c2; topic t1 forks at the
  // merge; sync: s1 forked at c1, then c3 merged into it.
  const c: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'benchline-history-'));
    origin = join(dir, 'origin');
    dataDir = join(dir, 'data');
    await run('git', ['init', '-q', '-b', 'main', origin]);
    for (const name of ['c1', 'c2', 'c3']) c[name] = await commit(name);
    await git('checkout', '-q', '-b', 'feature', c.c2!);
    for (const name of ['f1', 'f2']) c[name] = await commit(name);
    await git('checkout', '-q', 'main');
    await git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    c.merge = await git('rev-parse', 'HEAD');
    await git('checkout', '-q', '-b', 'topic');
    c.t1 = await commit('t1');
    await git('checkout', '-q', '-b', 'sync', c.c1!);
    c.s1 = await commit('s1');
    await git('merge', '-q', '--no-ff', '-m', 'sync with main', c.c3!);
    c.sync = await git('rev-parse', 'HEAD');
    await git('checkout', '-q', 'main');
    c.c5 = await commit('c5');
    history = historyOf({ s: { repo: origin } });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test("the default branch's first-parent line is numbered from the root, a merge counting once", async () => {
    const lines = ['c1', 'c2', 'c3', 'merge', 'c5'];
    const orders = await Promise.all(lines.map((name) => history.commitOrder('s', c[name]!)));

    expect(orders.map((order) => order.position)).toEqual([1, 2, 3, 4, 5]);
    const onLine = { defaultBranch: 'main', onDefaultBranch: true, mergeBase: '' };
    for (const order of orders) expect(order).toMatchObject(onLine);
    expect(orders[0]).toMatchObject({ subject: 'c1', author: 'Ada <ada@benchline.invalid>' });
    expect(orders[0]!.commitTime).toBe('2023-11-14T22:13:20+00:00');
  });

  test('a commit off the line is placed at its merge-base, merged or not', async () => {
    const offLine = (position: number, mergeBase: string) => ({ position, onDefaultBranch: false, mergeBase });
    expect(await history.commitOrder('s', c.t1!)).toMatchObject({ ...offLine(4, c.merge!), subject: 't1' });
    // f2 is on main since the merge, but not on its first-parent line: still judged against c2.
    expect(await history.commitOrder('s', c.f2!)).toMatchObject(offLine(2, c.c2!));
    // sync's first-parent line holds only c1, but it contains c3 through its merge.
    expect(await history.commitOrder('s', c.sync!)).toMatchObject(offLine(3, c.c3!));
  });

  test('an abbreviated sha gives the same order', async () => {
    expect(await history.commitOrder('s', c.c3!.slice(0, 8))).toEqual(await history.commitOrder('s', c.c3!));
  });

  test('a commit the mirror lacks is fetched; one it has needs no fetch', async () => {
    await history.commitOrder('s', c.c1!);
    const c6 = await commit('c6');
    await rm(fetchHead(), { force: true });

    expect(await history.commitOrder('s', c.c5!)).toMatchObject({ position: 5 });
    expect(existsSync(fetchHead())).toBe(false);

    expect(await history.commitOrder('s', c6)).toMatchObject({ position: 6, onDefaultBranch: true, subject: 'c6' });
    expect(existsSync(fetchHead())).toBe(true);
  });

  test('a commit the repository does not have is a retryable error naming the suite and the repository', async () => {
    const error = await failure(history.commitOrder('s', 'f'.repeat(40)));

    expect(error).not.toBeInstanceOf(BenchlineError);
    expect(error?.message).toContain(`not found in the repository of suite "s" (${origin}), even after a fetch`);
  });

  test('a repository that cannot be cloned is a retryable error naming the suite and the repository', async () => {
    const missing = join(dir, 'no-such-repo');
    const error = await failure(historyOf({ gone: { repo: missing } }).commitOrder('gone', c.c1!));

    expect(error).not.toBeInstanceOf(BenchlineError);
    expect(error?.message).toContain(`cannot clone the repository of suite "gone" (${missing}) into its mirror`);
  });

  test('hostile revisions are refused before git runs', async () => {
    const pwned = join(dir, 'pwned');
    const fresh = historyOf({ h: { repo: origin }, bad: { repo: origin, defaultRef: `--upload-pack=touch ${pwned}` } });
    const refusals = [
      fresh.firstParentCommits('h', `--upload-pack=touch ${pwned}`, 'main'),
      fresh.firstParentCommits('h', c.c1!, `$(touch ${pwned})`),
      fresh.firstParentCommits('h', c.c1!, '$(id)'),
      fresh.commitOrder('h', 'main'),
      fresh.commitOrder('h', `--output=${pwned}`),
      fresh.commitOrder('bad', c.c1!),
    ];

    for (const error of await Promise.all(refusals.map(failure))) {
      expect(error).toBeInstanceOf(BenchlineError);
      expect((error as BenchlineError).code).toBe('REF_INVALID');
    }
    expect(existsSync(join(dataDir, 'mirrors', 'h.git'))).toBe(false);
    expect(existsSync(join(dataDir, 'mirrors', 'bad.git'))).toBe(false);
    expect(existsSync(pwned)).toBe(false);
  });

  test('firstParentCommits lists a range of the line oldest first, by sha or by branch', async () => {
    const range = await history.firstParentCommits('s', c.c2!, c.c5!);

    expect(range.map((entry) => entry.sha)).toEqual([c.c3, c.merge, c.c5]);
    expect(range[1]).toMatchObject({ subject: 'merge feature', author: 'Ada <ada@benchline.invalid>' });
    expect(range[1]!.commitTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    const byBranch = await history.firstParentCommits('s', c.c3!.slice(0, 7), 'topic');
    expect(byBranch.map((entry) => entry.sha)).toEqual([c.merge, c.t1]);
  });

  test('replicas sharing the data dir clone one mirror at the same time safely, leaving nothing behind', async () => {
    const shared = join(dir, 'shared');
    const replicas = [historyOf({ s: { repo: origin } }, shared), historyOf({ s: { repo: origin } }, shared)];

    const lookups = replicas.flatMap((replica) => [replica.commitOrder('s', c.c3!), replica.commitOrder('s', c.t1!)]);
    const orders = await Promise.all(lookups);

    expect(orders.map((order) => order.position)).toEqual([3, 4, 3, 4]);
    expect(await readdir(join(shared, 'mirrors'))).toEqual(['s.git']);
  });

  test('an order already read is read again once the default branch was rewritten', async () => {
    expect(await history.commitOrder('s', c.c5!)).toMatchObject({ position: 5, onDefaultBranch: true });
    // main becomes c1 - c2 - c3 - r1: c5 is off the line now, placed at c3.
    await git('reset', '-q', '--hard', c.c3!);
    const r1 = await commit('r1');

    expect(await history.commitOrder('s', r1)).toMatchObject({ position: 4, onDefaultBranch: true });
    expect(await history.commitOrder('s', c.c5!)).toMatchObject({
      position: 3,
      onDefaultBranch: false,
      mergeBase: c.c3,
    });
  });
});
