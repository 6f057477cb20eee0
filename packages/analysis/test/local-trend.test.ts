import { describe, expect, it } from 'vitest';
import { type ShockSearch, trendShocks } from '../src/local-trend.ts';
import { noisy } from './series.ts';

const LENGTH = 160;
const search = (enough: ShockSearch['enough'] = () => false): ShockSearch => ({
  threshold: 2 * Math.log(LENGTH),
  separation: 5,
  enough,
});
/** Standard normal noise, reproducible from `seed`. */
const noise = (seed: number) => noisy(LENGTH, 1, 1, seed).map((value) => value - 1);

describe('trendShocks', () => {
  it('finds a jump of the level at its first point, on a sloping series', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const values = noise(seed).map((e, i) => 0.05 * i + e + (i >= 80 ? 12 : 0));
      expect(trendShocks(values, 1, search())).toContain(80);
    }
  });

  it('finds a change of slope where it starts', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const values = noise(seed).map((e, i) => e + (i >= 100 ? i - 100 : 0));
      expect(trendShocks(values, 1, search()).some((shock) => Math.abs(shock - 100) <= 5)).toBe(true);
    }
  });

  it('finds no shock in a trend that bends smoothly, however far it moves', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const values = noise(seed).map((e, i) => e + 30 * Math.sin((2 * Math.PI * i) / LENGTH));
      expect(trendShocks(values, 1, search())).toEqual([]);
    }
  });

  it('finds a small shock that a large one hides until the variances are fitted again without it', () => {
    // The first fit alone, with the large jump still in the variances, sees only that one.
    const firstFitOnly = search((found) => found.length > 0);
    for (let seed = 1; seed <= 10; seed++) {
      const values = noise(seed).map((e, i) => e + (i >= 60 ? 60 : 0) + (i >= 120 ? 8 : 0));
      expect(trendShocks(values, 1, search())).toEqual(expect.arrayContaining([60, 120]));
      expect(trendShocks(values, 1, firstFitOnly)).toEqual([60]);
    }
  });
});
