import { describe, expect, it } from 'vitest';
import { RemoteCommandError } from '../src/errors.ts';
import { killGraceArgument, parseKillOutput } from '../src/remote-scripts.ts';
import { leftoverKillOutcome, parseWrapperReport } from '../src/wrapper-report.ts';

describe('the benchmark wrapper’s report', () => {
  it('reads the duration, the kill’s exit code and its output', () => {
    expect(parseWrapperReport('1234\n0\n\n')).toEqual({ durationMs: 1234, killExitCode: 0, killOutput: '' });
    expect(parseWrapperReport('7\n0\nTERM\n')).toEqual({ durationMs: 7, killExitCode: 0, killOutput: 'TERM' });
    expect(parseWrapperReport('7\n1\nstill alive after SIGKILL: 12 13\n')).toMatchObject({
      killExitCode: 1,
      killOutput: 'still alive after SIGKILL: 12 13',
    });
  });

  it('rejects anything else', () => {
    for (const text of ['', '12\n', 'x\n0\n', '12\n-1\n', '1.5\n0\n'])
      expect(() => parseWrapperReport(text)).toThrow(/malformed benchmark wrapper report/);
  });

  it('turns a kill that left processes alive into an error, and names the last signal otherwise', () => {
    expect(leftoverKillOutcome(parseWrapperReport('5\n0\n\n'), 'killing')).toEqual({});
    expect(leftoverKillOutcome(parseWrapperReport('5\n0\nKILL\n'), 'killing')).toEqual({ signal: 'SIGKILL' });
    expect(() =>
      leftoverKillOutcome(parseWrapperReport('5\n1\nstill alive after SIGKILL: 12\n'), 'killing leftovers'),
    ).toThrow(RemoteCommandError);
    expect(() =>
      leftoverKillOutcome(parseWrapperReport('5\n1\nstill alive after SIGKILL: 12\n'), 'killing leftovers'),
    ).toThrow(/killing leftovers failed on the minion \(exit 1\): still alive after SIGKILL: 12/);
  });
});

describe('kill-run.sh arguments and output', () => {
  it('accepts only a non-negative integer grace, defaulting to 2 s', () => {
    expect(killGraceArgument()).toBe('2000');
    expect(killGraceArgument(0)).toBe('0');
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => killGraceArgument(bad)).toThrow(/non-negative integer/);
  });

  it('maps its output to the last signal sent', () => {
    expect(parseKillOutput('TERM\n')).toEqual({ signal: 'SIGTERM' });
    expect(parseKillOutput('')).toEqual({});
  });
});
