import { describe, expect, it } from 'vitest';
import { grid } from '../lib/grid.ts';

describe('grid', () => {
  it('left-aligns labels and right-aligns values under their header', () => {
    expect(grid(['minions', '1', '16'], [['wall', '100.2 s', '9.0 s']]).split('\n')).toEqual([
      '  minions        1     16',
      '  wall     100.2 s  9.0 s',
    ]);
  });
});
