import type { BenchlineConfig } from '@benchline/core';
import type { InvestigationSettings } from './investigation.ts';

/** The documented defaults of the `bisection` block. */
export const BISECTION_DEFAULTS = {
  enabled: true,
  confirmRuns: 3,
  stepRuns: 3,
  maxRuns: 60,
  confidence: 0.95,
} as const;

/** The suite's settings over the block's, over the defaults. */
export function bisectionSettings(
  config: BenchlineConfig,
  suite: string,
): InvestigationSettings & { enabled: boolean } {
  const block = config.bisection;
  const own = block.suites[suite] ?? {};
  const pick = <K extends keyof typeof BISECTION_DEFAULTS>(key: K) =>
    (own[key] ?? block[key] ?? BISECTION_DEFAULTS[key]) as (typeof BISECTION_DEFAULTS)[K] extends boolean
      ? boolean
      : number;
  return {
    enabled: pick('enabled'),
    confirmRuns: pick('confirmRuns'),
    stepRuns: pick('stepRuns'),
    maxRuns: pick('maxRuns'),
    confidence: pick('confidence'),
  };
}
