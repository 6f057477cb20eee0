import { describe, expect, it } from 'vitest';
import { judgeCanary, type JudgementSettings } from '../src/noise/canary-judgement.ts';

const SETTINGS: JudgementSettings = { history: 30, minHistory: 10, spreads: 6, floorPercent: 100, repeat: true };
/** A steady minion: 0.50 s ± 2 %. */
const steady = Array.from({ length: 20 }, (_, index) => 0.5 * (1 + ((index % 5) - 2) / 100));

describe('judgeCanary: median and MAD of the minion’s earlier canaries, with a floor', () => {
  it('leaves a run unjudged (never noisy) while the minion has fewer canaries than minHistory', () => {
    const judgement = judgeCanary(50, steady.slice(0, 9), SETTINGS);
    expect(judgement).toMatchObject({ noisy: false, historyCanaries: 9, thresholdSeconds: 0 });
    expect(judgement.reason).toMatch(/9 earlier canaries, 10 are needed/);
  });

  it('marks a canary over twice the median of a steady history noisy, and one just under it quiet', () => {
    expect(judgeCanary(1.05, steady, SETTINGS)).toMatchObject({ noisy: true, historyMedian: 0.5, thresholdSeconds: 1 });
    expect(judgeCanary(0.95, steady, SETTINGS).noisy).toBe(false);
  });

  it('never calls a faster canary noisy', () => {
    expect(judgeCanary(0.01, steady, SETTINGS).noisy).toBe(false);
  });

  it('widens the threshold on a history that is itself spread (a loaded machine), beyond the floor', () => {
    const loaded = Array.from({ length: 20 }, (_, index) => 0.5 + (index % 10) * 0.1);
    const judgement = judgeCanary(1.9, loaded, SETTINGS);
    expect(judgement.historySpread).toBeGreaterThan(0.2);
    expect(judgement.thresholdSeconds).toBeGreaterThan(2 * judgement.historyMedian);
    expect(judgement.noisy).toBe(false);
  });

  it('is not thrown off by a few wild canaries in the history', () => {
    const withOutliers = [...steady.slice(0, 17), 5, 6, 7];
    expect(judgeCanary(1.05, withOutliers, SETTINGS)).toMatchObject({ noisy: true });
    expect(judgeCanary(0.6, withOutliers, SETTINGS).noisy).toBe(false);
  });

  it('judges against the newest `history` canaries only (newest first)', () => {
    const slowerNow = [...Array.from({ length: 10 }, () => 1), ...steady];
    expect(judgeCanary(1.5, slowerNow, { ...SETTINGS, history: 10 })).toMatchObject({
      noisy: false,
      historyCanaries: 10,
      historyMedian: 1,
    });
  });
});
