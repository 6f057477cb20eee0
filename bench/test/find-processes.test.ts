import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { pidsWhere, withDescendants } from '../lib/find-processes.ts';

const groups: number[] = [];
afterEach(() => {
  for (const pgid of groups.splice(0)) process.kill(-pgid, 'SIGKILL');
});

describe('finding processes', () => {
  it('finds a process by its command line, and its children and grandchild below it', async () => {
    const marker = `benchline-find-${process.pid}-${Date.now()}`;
    // sh (the marker in its argv) → sleep, and → sh → sleep: two children and a grandchild.
    const shell = spawn('sh', ['-c', 'sh -c "sleep 30; true" & sleep 30 & wait', marker], { detached: true });
    groups.push(shell.pid!);
    let tree: number[] = [];
    for (let attempt = 0; attempt < 100 && tree.length < 4; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      tree = await withDescendants([shell.pid!]);
    }
    expect(await pidsWhere((argv) => argv.includes(marker))).toEqual([shell.pid]);
    expect(tree).toContain(shell.pid);
    expect(tree).toHaveLength(4);
    expect(tree).not.toContain(process.pid);
  });
});
