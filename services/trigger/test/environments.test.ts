import { describe, expect, it } from 'vitest';
import { changedFacts, environmentShifts } from '../src/history/environments.ts';

describe('environmentShifts: where a series runs on other host facts than its previous point', () => {
  it('marks the first point of each new environment, once per run for the series that change there', () => {
    const envs = ['a', 'a', 'b', 'b', 'a'];
    expect(
      environmentShifts(
        [
          { key: 's1', index: [0, 1, 2, 3, 4] },
          { key: 's2', index: [0, 3] },
        ],
        envs,
      ),
    ).toEqual([
      { index: 2, fromIndex: 1, from: 'a', to: 'b', seriesKeys: ['s1'] },
      { index: 3, fromIndex: 0, from: 'a', to: 'b', seriesKeys: ['s2'] },
      { index: 4, fromIndex: 3, from: 'b', to: 'a', seriesKeys: ['s1'] },
    ]);
  });

  it('groups series that leave the same environment at the same run, whatever run they last had it at', () => {
    expect(
      environmentShifts(
        [
          { key: 's1', index: [0, 1, 2] },
          { key: 's2', index: [0, 2] },
        ],
        ['a', 'a', 'b'],
      ),
    ).toEqual([{ index: 2, fromIndex: 1, from: 'a', to: 'b', seriesKeys: ['s1', 's2'] }]);
  });

  it("compares each series with its own previous point: two minions' series interleaved are no change", () => {
    expect(
      environmentShifts(
        [
          { key: 'on-m1', index: [0, 2, 4] },
          { key: 'on-m2', index: [1, 3, 5] },
        ],
        ['m1', 'm2', 'm1', 'm2', 'm1', 'm2'],
      ),
    ).toEqual([]);
  });

  it('skips points without a fingerprint (written before it existed) and compares across them', () => {
    expect(environmentShifts([{ key: 's', index: [0, 1, 2, 3] }], [undefined, 'a', undefined, 'b'])).toEqual([
      { index: 3, fromIndex: 1, from: 'a', to: 'b', seriesKeys: ['s'] },
    ]);
    expect(environmentShifts([{ key: 's', index: [0, 1, 2] }], [undefined, undefined, 'a'])).toEqual([]);
  });
});

describe('changedFacts', () => {
  it('names the facts whose values differ, sorted, including ones only one side has', () => {
    expect(
      changedFacts(
        { kernel: '6.1.0', os: 'Debian 12', cores: 8, cpuModel: 'X' },
        { kernel: '6.8.0', os: 'Debian 12', cores: 16, governor: 'performance', cpuModel: 'X' },
      ),
    ).toEqual(['cores', 'governor', 'kernel']);
  });

  it('names every known fact when one side is unknown, and none when neither is', () => {
    expect(changedFacts(undefined, { kernel: '6.8.0', os: 'Debian 12' })).toEqual(['kernel', 'os']);
    expect(changedFacts(undefined, undefined)).toEqual([]);
  });
});
