import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { clockTicksPerSecond, parseStat, procStat } from '../lib/process-cpu.ts';

describe('parseStat', () => {
  it('reads the parent, utime + stime and cutime + cstime, counting fields from the last parenthesis', () => {
    // A command name with a space and a ')' in it; utime 1234, stime 56, cutime 7, cstime 8.
    const stat =
      '4711 (ssh: /tmp/x) [mux]) S 1 4711 4711 0 -1 4194560 300 0 0 0 1234 56 7 8 20 0 1 0 9000 10000 500 18446744073709551615';
    expect(parseStat(stat)).toEqual({ ppid: 1, own: 1290, children: 15 });
  });

  it('names a line that is not a stat line', () => {
    expect(() => parseStat('4711 (node) S 1 2')).toThrow(/not a \/proc\/<pid>\/stat line/);
  });
});

describe('procStat', () => {
  it("agrees with getrusage on this process's own CPU time, in ms through CLK_TCK", async () => {
    const msPerTick = 1000 / (await clockTicksPerSecond());
    const before = (await procStat(process.pid))!;
    const usageBefore = process.cpuUsage();
    // Burn 300 ms of CPU (not of wall time: the machine may be loaded).
    while (cpuMs(process.cpuUsage(usageBefore)) < 300) Math.sqrt(Math.random());
    const usedMs = cpuMs(process.cpuUsage(usageBefore));
    const after = (await procStat(process.pid))!;
    expect(after.ppid).toBe(process.ppid);
    const measuredMs = (after.own - before.own) * msPerTick;
    // /proc samples at tick granularity; other threads (GC) count in both.
    expect(measuredMs).toBeGreaterThan(usedMs * 0.7);
    expect(measuredMs).toBeLessThan(usedMs * 1.3 + 50);
  });
});

const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;

describe('procStat of a process that is gone', () => {
  it('is undefined rather than an error', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    expect(await procStat(child.pid!)).toBeUndefined();
  });
});
