import { describe, expect, it } from 'vitest';
import { detectChangePoints } from '../src/index.ts';
import { median } from '../src/robust.ts';
import { noisy } from './series.ts';

describe('detectChangePoints', () => {
  it('finds a step at the first point of the new level, with robust levels and its size', () => {
    const values = [...noisy(60, 100, 0.01, 1), ...noisy(60, 110, 0.01, 2)];
    const [change, ...more] = detectChangePoints(values);
    expect(more).toEqual([]);
    expect(change!.index).toBe(60);
    expect(change!.before).toBeCloseTo(100, 0);
    expect(change!.after).toBeCloseTo(110, 0);
    expect(change!.changePercent).toBeCloseTo(10, 0);
    expect(change!.significance).toBeLessThan(1e-6);
    expect(change!.segmentBefore).toEqual({ from: 0, to: 60 });
    expect(change!.segmentAfter).toEqual({ from: 60, to: 120 });
  });

  it('finds steps up and down in order', () => {
    const values = [...noisy(50, 100, 0.01, 3), ...noisy(50, 95, 0.01, 4), ...noisy(50, 120, 0.01, 5)];
    expect(detectChangePoints(values).map((change) => change.index)).toEqual([50, 100]);
  });

  it('reports nothing on constant or merely noisy series', () => {
    expect(detectChangePoints(new Array(200).fill(42))).toEqual([]);
    for (let seed = 1; seed <= 20; seed++) expect(detectChangePoints(noisy(300, 50, 0.05, seed))).toEqual([]);
  });

  it('does not turn outliers into changes', () => {
    const values = noisy(300, 100, 0.01, 7);
    for (const i of [40, 41, 120, 200, 260]) values[i] = values[i]! * 8;
    expect(detectChangePoints(values)).toEqual([]);
  });

  it('does not cut a slow drift into a staircase', () => {
    const values = noisy(500, 100, 0.005, 8).map((value, i) => value * (1 + (0.03 * i) / 500));
    expect(detectChangePoints(values)).toEqual([]);
  });

  it('ignores changes smaller than minChangePercent, and reports them when asked', () => {
    const values = [...noisy(100, 100, 0.001, 9), ...noisy(100, 101, 0.001, 10)];
    expect(detectChangePoints(values)).toEqual([]);
    expect(detectChangePoints(values, { minChangePercent: 0.5 }).map((change) => change.index)).toEqual([100]);
  });

  it('needs minSegment points on each side', () => {
    const values = [...noisy(50, 100, 0.01, 11), ...noisy(3, 150, 0.01, 12)];
    expect(detectChangePoints(values)).toEqual([]);
    expect(detectChangePoints([...values, ...noisy(2, 150, 0.01, 13)]).map((change) => change.index)).toEqual([50]);
  });

  it('reports a break in a trend as a trend change, and a plain step as a level change', () => {
    // Flat, then a steady decline of 1 % per point from index 100: no step, a change of slope.
    const values = noisy(200, 100, 0.002, 14).map((value, i) => value * (i < 100 ? 1 : 0.99 ** (i - 100)));
    const changes = detectChangePoints(values);
    expect(changes.every((change) => change.shape === 'trend')).toBe(true);
    expect(changes.some((change) => Math.abs(change.index - 100) <= 3)).toBe(true);
    const step = [...noisy(60, 100, 0.01, 15), ...noisy(60, 110, 0.01, 16)];
    expect(detectChangePoints(step).map((found) => found.shape)).toEqual(['level']);
  });

  it("sizes a trend break by the new line against the old one extrapolated, not by the segments' medians", () => {
    // A V: falling 0.2 % per point, then rising as fast. The medians of its halves are equal.
    const v = noisy(200, 100, 0.002, 17).map((value, i) => value * 0.998 ** (i < 100 ? i : 200 - i));
    const [turn, ...moreTurns] = detectChangePoints(v);
    expect(moreTurns).toEqual([]);
    expect(turn!.shape).toBe('trend');
    expect(Math.abs(turn!.index - 100)).toBeLessThanOrEqual(3);
    // At the last point the old line would be near 100·0.998^200 ≈ 67, the new one is back near 100.
    expect(turn!.before).toBeCloseTo(67, -1);
    expect(turn!.after).toBeCloseTo(100, -1);
    expect(turn!.changePercent).toBeGreaterThan(30);
    expect(turn!.absoluteChange).toBeCloseTo(turn!.after - turn!.before, 9);
    // A drift up that stops: the later segment's median is higher, but the break bends the series down.
    const stop = noisy(200, 100, 0.002, 18).map((value, i) => value * 1.002 ** Math.min(i, 100));
    const [stopped, ...moreStops] = detectChangePoints(stop);
    expect(moreStops).toEqual([]);
    expect(stopped!.shape).toBe('trend');
    expect(median(stop.slice(stopped!.index))).toBeGreaterThan(median(stop.slice(0, stopped!.index)));
    expect(stopped!.changePercent).toBeLessThan(-10);
  });

  it('does not cut a smooth curve into lines', () => {
    // Curvature far above the noise, so a piecewise-linear fit beats a constant one, yet no corner:
    // a parabola over any two adjacent segments fits as well as two lines.
    for (let seed = 1; seed <= 10; seed++) {
      const bowl = noisy(200, 100, 0.002, seed).map((value, i) => value * Math.exp(0.3 * ((i - 100) / 100) ** 2));
      const bend = noisy(200, 100, 0.002, seed).map((value, i) => value * Math.exp(-0.4 * (i / 200) ** 2));
      expect(detectChangePoints(bowl)).toEqual([]);
      expect(detectChangePoints(bend)).toEqual([]);
    }
  });

  it('does not cut a trend that bends again and again into lines: its breaks must be shocks', () => {
    // Growth of 1 % per point with a cycle of 40 points and ±8 %: every corner of a piecewise-linear
    // fit is significant against straight lines, and no parabola follows two segments of it, but a
    // local linear trend bending as fast follows it all (local-trend.ts).
    for (let seed = 1; seed <= 10; seed++) {
      const cycles = noisy(200, 100, 0.003, seed).map(
        (value, i) => value * Math.exp(0.01 * i + 0.08 * Math.sin((2 * Math.PI * i) / 40)),
      );
      expect(detectChangePoints(cycles)).toEqual([]);
    }
  });

  it('finds a step on a short sloping series as a trend break when the rank test cannot confirm it', () => {
    // 37 points: a decline of 0.7 % per point, a gentler one, then 11 % up for the last 11 points.
    // Its running-median residuals look autocorrelated, so the widened rank test of 26 vs 11 points
    // does not reach p ≤ 0.001; the break between lines passes its own tests.
    const shape = (i: number) => (i < 10 ? 100 - 0.7 * i : i < 26 ? 97.5 - 0.12 * (i - 10) : 106);
    for (let seed = 1; seed <= 10; seed++) {
      const values = noisy(37, 1, 0.003, seed).map((value, i) => value * shape(i));
      expect(detectChangePoints(values).map((change) => [change.index, change.shape])).toEqual([[26, 'trend']]);
    }
  });

  it('takes a seasonal pattern out: a step on it is found where it is, and the season alone is no change', () => {
    // Monthly, ±12 %: 10 % up at index 150; the level at 1 % noise.
    const monthly = [0.9, 0.92, 1.0, 1.05, 1.1, 1.12, 1.1, 1.06, 1.0, 0.95, 0.9, 0.88];
    // Nightly, 6 % slower at weekends: 4 % slower from index 120.
    const weekly = (i: number) => (i % 7 >= 5 ? 1.06 : 1);
    for (let seed = 1; seed <= 5; seed++) {
      const season = noisy(300, 100, 0.01, seed).map((value, i) => value * monthly[i % 12]!);
      expect(detectChangePoints(season)).toEqual([]);
      const [change, ...more] = detectChangePoints(season.map((value, i) => value * (i >= 150 ? 1.1 : 1)));
      expect(more).toEqual([]);
      expect(change!.index).toBe(150);
      expect(change!.changePercent).toBeCloseTo(10, -0.5);
      const nightly = noisy(210, 100, 0.01, seed).map((value, i) => value * weekly(i) * (i >= 120 ? 1.04 : 1));
      expect(detectChangePoints(nightly).map((found) => found.index)).toEqual([120]);
    }
  });

  it('handles short series and rejects non-finite values', () => {
    expect(detectChangePoints([])).toEqual([]);
    expect(detectChangePoints([1, 2, 3])).toEqual([]);
    expect(() => detectChangePoints([...new Array(20).fill(1), Number.NaN])).toThrow(/values\[20\]/);
  });
});
