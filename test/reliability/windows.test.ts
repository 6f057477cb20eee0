import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventOf } from '@benchline/core';
import type { ServiceName, ServiceProcess } from '@benchline/local';
import { onlyTerminal } from './support/runs.ts';
import { backoffMismatches, deadServices, gaps, watchServiceExits } from './support/service-logs.ts';
import { overlaps, readWindows, windowsPerRun, type Window } from './support/windows.ts';

const w = (runId: string, start: number, end: number): Window => ({ runId, start, end });

/** The checkers the reliability tests rely on must themselves be able to fail, and fail on missing data. */
describe('overlaps', () => {
  it('finds none in back-to-back windows, touching ends included', () => {
    expect(overlaps([w('b', 10, 20), w('a', 0, 10), w('c', 25, 30)])).toEqual([]);
  });

  it('finds a window starting inside another', () => {
    expect(overlaps([w('a', 0, 10), w('b', 9, 20)])).toEqual([[w('a', 0, 10), w('b', 9, 20)]]);
  });

  it('finds a window nested in a long one even after a short one in between', () => {
    expect(
      overlaps([w('long', 0, 100), w('short', 10, 20), w('late', 50, 60)]).map(([a, b]) => `${a.runId}/${b.runId}`),
    ).toEqual(['long/short', 'long/late']);
  });
});

describe('readWindows', () => {
  const withFile = async (text: string | undefined, check: (path: string) => Promise<void>) => {
    const dir = await mkdtemp(join(tmpdir(), 'windows-'));
    try {
      const path = join(dir, 'windows.log');
      if (text !== undefined) await writeFile(path, text);
      await check(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('fails on a missing windows file instead of returning no windows', () =>
    withFile(undefined, async (path) => {
      await expect(readWindows(path)).rejects.toThrow(/no execution windows at .*ENOENT/);
    }));

  it('fails on an empty file and on a line that is not a window', async () => {
    await withFile('', async (path) => {
      await expect(readWindows(path)).rejects.toThrow(/the file is empty/);
    });
    await withFile('1000 2000 a\nnot a window\n', async (path) => {
      await expect(readWindows(path)).rejects.toThrow(/:2: not a window/);
    });
  });

  it('reads ns windows as µs and counts them per run, 0 for a run without one', () =>
    withFile('1000 5000 a\n6000 9000 b\n10000 12000 b\n', async (path) => {
      const windows = await readWindows(path);
      expect(windows).toEqual([w('a', 1, 5), w('b', 6, 9), w('b', 10, 12)]);
      expect(windowsPerRun(windows, ['a', 'b', 'c'])).toEqual({ a: 1, b: 2, c: 0 });
    }));
});

describe('onlyTerminal', () => {
  const published = { stage: 'published', message: { request: { runId: 'r' } } } as unknown as EventOf<'published'>;
  const failed = {
    stage: 'failed',
    message: { request: { runId: 'r' }, reason: 'stray' },
  } as unknown as EventOf<'failed'>;

  it('reports a run with both run.published and run.failed instead of preferring either', () => {
    expect(() => onlyTerminal('r', published, failed)).toThrow(/both run.published and run.failed \(stray\)/);
  });

  it('returns the one terminal event, or none', () => {
    expect(onlyTerminal('r', published, undefined)).toBe(published);
    expect(onlyTerminal('r', undefined, failed)).toBe(failed);
    expect(onlyTerminal('r', undefined, undefined)).toBeUndefined();
  });
});

describe('deadServices', () => {
  const fake = (name: ServiceName, script: string): ServiceProcess => {
    const child: ChildProcess = spawn('sh', ['-c', script], { stdio: 'ignore' });
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    };
    return { name, child, logFile: '', stop, kill: stop };
  };

  it('refuses a stack whose exits nobody watched', () => {
    expect(() => deadServices({ services: new Map() })).toThrow(/not watched/);
  });

  it('counts a service that died and was replaced by a restart, but not one the test killed', async () => {
    const crashing = fake('executor', 'exit 3');
    const killed = fake('publisher', 'sleep 30');
    const stack = {
      services: new Map<ServiceName, ServiceProcess>([
        ['executor', crashing],
        ['publisher', killed],
      ]),
    };
    watchServiceExits(stack);
    await once(crashing.child, 'exit');
    await stack.services.get('publisher')!.kill();
    // Both replaced by fresh, running processes: only the crash is left to tell.
    const replacements = [fake('executor', 'sleep 30'), fake('publisher', 'sleep 30')];
    for (const service of replacements) stack.services.set(service.name, service);
    try {
      expect(deadServices(stack)).toEqual([`executor pid ${crashing.child.pid} exited (code 3)`]);
    } finally {
      await Promise.all(replacements.map((service) => service.stop()));
    }
  });
});

describe('backoffMismatches', () => {
  const expected = [1_000, 2_000, 4_000, 8_000];

  it('accepts the doubling sequence with each attempt’s own work on top', () => {
    expect(backoffMismatches(gaps([0, 1_200, 3_300, 7_500, 15_700]), expected, 900)).toEqual([]);
  });

  it('rejects a stuck delay, a repeated one and a missing attempt', () => {
    expect(backoffMismatches([1_050, 1_050, 1_050, 1_050], expected, 900)).toHaveLength(3);
    expect(backoffMismatches([1_050, 2_050, 2_050, 4_050], expected, 900)).toHaveLength(2);
    expect(backoffMismatches([1_050, 2_050, 4_050], expected, 900)).toEqual([
      '3 gaps (1050, 2050, 4050 ms), expected 4',
    ]);
  });
});
