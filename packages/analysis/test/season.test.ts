import { describe, expect, it } from 'vitest';
import { findSeason, seasonalAdjustment } from '../src/season.ts';
import { noisy } from './series.ts';

/** AR(1) noise of unit variance and lag-1 autocorrelation `rho`, reproducible from `seed`. */
function autoregressive(length: number, rho: number, seed: number): number[] {
  const shocks = noisy(length, 1, 1, seed).map((value) => value - 1);
  let previous = shocks[0]!;
  return shocks.map((shock) => (previous = rho * previous + Math.sqrt(1 - rho * rho) * shock));
}

describe('findSeason', () => {
  it('finds a monthly pattern on a trend with a step, and its profile', () => {
    const pattern = [-3, -2, 0, 1, 2, 3, 2, 1, 0, -1, -2, -1];
    const values = noisy(240, 100, 0.005, 1).map(
      (value, i) => value + 0.1 * i + (i >= 130 ? 20 : 0) + pattern[i % 12]!,
    );
    const season = findSeason(values, 0.001);
    expect(season?.period).toBe(12);
    for (const [phase, level] of pattern.entries()) expect(season!.profile[phase]).toBeCloseTo(level, 0);
  });

  it('takes a season out as a factor per phase from positive values, as an amount otherwise', () => {
    const percent = [-6, -4, 0, 2, 4, 6, 4, 2, 0, -2, -4, -2];
    const positive = noisy(240, 100, 0.005, 4).map(
      (value, i) => value * (i >= 130 ? 1.2 : 1) * (1 + percent[i % 12]! / 100),
    );
    const { adjust } = seasonalAdjustment(positive, true, 0.001)!;
    // Phase 5 is 6 % above the series' level: the adjustment takes about 6 % off, before and after the step.
    for (const i of [5, 233]) expect(adjust(positive[i]!, i) / positive[i]!).toBeCloseTo(1 / 1.06, 2);
    expect(findSeason(positive.map(adjust).map(Math.log), 0.001)).toBeUndefined();
    const signed = positive.map((value) => value - 150);
    const subtract = seasonalAdjustment(signed, false, 0.001)!.adjust;
    expect(signed[5]! - subtract(signed[5]!, 5)).toBeCloseTo(6, 0);
  });

  it('finds a weekly pattern through outliers and skewed noise (ranks)', () => {
    const values = noisy(140, 100, 0.02, 2).map((value, i) => Math.exp(value / 100 - 1) * (i % 7 >= 5 ? 1.08 : 1));
    for (const i of [10, 33, 71, 100]) values[i] = values[i]! * 6;
    expect(findSeason(values.map(Math.log), 0.001)?.period).toBe(7);
  });

  it('does not see a season in autocorrelated noise (the residuals are prewhitened)', () => {
    // Without prewhitening, 9 of these 200 series have a "season" at 0.001:
    // neighbouring phases move together, and Kruskal–Wallis takes them for independent groups.
    let seasons = 0;
    for (let seed = 1; seed <= 200; seed++) if (findSeason(autoregressive(500, 0.8, seed), 0.001)) seasons++;
    expect(seasons).toBeLessThanOrEqual(3);
  });

  it('tests only periods with four whole cycles', () => {
    const pattern = (i: number) => 10 * Math.sin((2 * Math.PI * i) / 12);
    expect(
      findSeason(
        noisy(47, 100, 0.001, 3).map((value, i) => value + pattern(i)),
        0.001,
      ),
    ).toBeUndefined();
    expect(
      findSeason(
        noisy(48, 100, 0.001, 3).map((value, i) => value + pattern(i)),
        0.001,
      )?.period,
    ).toBe(12);
  });
});
