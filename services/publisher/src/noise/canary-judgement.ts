import { madScale, median } from '@benchline/analysis';
import type { BenchlineConfig } from '@benchline/core';

export type JudgementSettings = BenchlineConfig['noise']['judgement'];

/** What Publication.noise carries. */
export interface CanaryJudgement {
  noisy: boolean;
  canarySeconds: number;
  historyCanaries: number;
  historyMedian: number;
  historySpread: number;
  /** 0 when not judged. */
  thresholdSeconds: number;
  reason: string;
}

const seconds = (value: number) => `${value.toFixed(3)} s`;

/**
 * The run's canary against the minion's earlier canaries (newest first, at most `history` of them):
 * noisy when it is slower than their median by more than `spreads` robust standard deviations
 * (1.4826 × MAD) and by more than `floorPercent` of the median. Median and MAD ignore a few wild
 * canaries in the history, the floor keeps a very steady history from making small hiccups noisy,
 * and only a slower canary counts (a faster one means nothing took the minion's CPU). Not judged
 * below `minHistory` canaries.
 */
export function judgeCanary(
  canarySeconds: number,
  history: readonly number[],
  settings: JudgementSettings,
): CanaryJudgement {
  const recent = history.slice(0, settings.history);
  const unjudged = { noisy: false, canarySeconds, historyCanaries: recent.length, thresholdSeconds: 0 };
  if (recent.length < settings.minHistory)
    return {
      ...unjudged,
      historyMedian: recent.length > 0 ? median(recent) : 0,
      historySpread: 0,
      reason: `not judged: the minion has ${recent.length} earlier canaries, ${settings.minHistory} are needed`,
    };
  const historyMedian = median(recent);
  const historySpread = madScale(recent);
  const thresholdSeconds =
    historyMedian + Math.max(settings.spreads * historySpread, (settings.floorPercent / 100) * historyMedian);
  const noisy = canarySeconds > thresholdSeconds;
  const against = `the median ${seconds(historyMedian)} of the last ${recent.length} canaries (noisy above ${seconds(thresholdSeconds)})`;
  return {
    noisy,
    canarySeconds,
    historyCanaries: recent.length,
    historyMedian,
    historySpread,
    thresholdSeconds,
    reason: `${noisy ? 'noisy' : 'quiet'}: canary ${seconds(canarySeconds)} against ${against}`,
  };
}
