import { describe, expect, it } from 'vitest';
import { proto } from '@benchline/core';
import { environmentFields, hostFactValues } from '../src/host-facts.ts';
import { environmentChange, knownAfter } from '../src/environment/environment-change.ts';

const BASIC = { cpuModel: 'Xeon', cores: 8, kernel: '6.1.0', memoryMb: 16_000, os: 'Debian 12', hostname: 'b1' };

describe('host facts as points carry them', () => {
  it('are the basic facts alone, as before microcode, packages and tuning existed, when those are empty', () => {
    expect(hostFactValues(proto.HostFacts.create(BASIC))).toEqual({ ...BASIC, governor: '' });
  });

  it('carry microcode, each package version and each tuning setting as a fact of its own', () => {
    const facts = hostFactValues(
      proto.HostFacts.create({
        ...BASIC,
        microcode: '0xde',
        packages: { 'bin:node': 'v20.11.0', 'pkg:libc6': '2.36-9' },
        tuning: [
          { name: 'governor', state: proto.TuningState.TUNING_STATE_APPLIED, value: 'performance' },
          { name: 'turbo', state: proto.TuningState.TUNING_STATE_UNAVAILABLE, detail: 'no cpufreq' },
        ],
      }),
    );
    expect(facts).toMatchObject({
      microcode: '0xde',
      'bin:node': 'v20.11.0',
      'pkg:libc6': '2.36-9',
      'tuning:governor': 'performance',
      'tuning:turbo': 'unavailable',
    });
    expect(environmentFields(facts).env).not.toBe(environmentFields({ ...facts, 'bin:node': 'v20.12.0' }).env);
  });
});

describe('environmentChange', () => {
  const run = { minion: 'm1', suite: 's', at: '2026-01-01T00:00:00.000Z' };
  const facts = { ...BASIC, 'bin:node': 'v20.11.0' };
  const before = { runId: 'r1', known: facts };

  it('names the facts that differ from what was known, with an id from minion and run', () => {
    const after = { runId: 'r2', facts: { ...BASIC, kernel: '6.8.0', 'bin:node': 'v22.1.0', 'pkg:new': '1' } };
    const change = environmentChange(before, after, run);
    expect(change).toMatchObject({ minion: 'm1', runId: 'r2', previousRunId: 'r1' });
    expect(change?.changed).toEqual(['bin:node', 'kernel']);
    expect(change?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(environmentChange(before, after, run)?.id).toBe(change?.id);
    expect(environmentChange(before, { ...after, runId: 'r3' }, run)?.id).not.toBe(change?.id);
  });

  it('is none for the same facts, and none for a minion’s first run', () => {
    expect(environmentChange(before, { runId: 'r2', facts: { ...facts } }, run)).toBeUndefined();
    expect(environmentChange(undefined, { runId: 'r1', facts }, run)).toBeUndefined();
  });

  it('compares a package only with its last version on the minion, across runs of suites that do not list it', () => {
    const otherSuite = { ...BASIC, 'pkg:libc6': '2.36' };
    expect(environmentChange(before, { runId: 'r2', facts: otherSuite }, run)).toBeUndefined();
    const known = knownAfter(facts, otherSuite);
    expect(known).toEqual({ ...BASIC, 'bin:node': 'v20.11.0', 'pkg:libc6': '2.36' });
    const bumped = { runId: 'r3', facts: { ...BASIC, 'bin:node': 'v22.1.0' } };
    expect(environmentChange({ runId: 'r2', known }, bumped, run)?.changed).toEqual(['bin:node']);
    expect(knownAfter({ ...BASIC, microcode: '0x1' }, BASIC)).not.toHaveProperty('microcode');
  });
});
