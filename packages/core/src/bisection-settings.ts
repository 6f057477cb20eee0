import type { BenchlineConfig } from './config-schema.ts';

/** The documented defaults of the `bisection` block. */
const BISECTION_DEFAULTS = {
  enabled: true,
  confirmRuns: 3,
  stepRuns: 3,
  maxRuns: 60,
  confidence: 0.95,
} as const;

/** A suite's confirmation and bisection settings, every one resolved. */
export interface EffectiveBisectionSettings {
  enabled: boolean;
  confirmRuns: number;
  stepRuns: number;
  maxRuns: number;
  confidence: number;
}

/** The suite's settings over the block's, over the defaults. */
export function bisectionSettingsOf(config: BenchlineConfig, suite: string): EffectiveBisectionSettings {
  const block = config.bisection;
  const own = block.suites[suite] ?? {};
  return {
    enabled: own.enabled ?? block.enabled ?? BISECTION_DEFAULTS.enabled,
    confirmRuns: own.confirmRuns ?? block.confirmRuns ?? BISECTION_DEFAULTS.confirmRuns,
    stepRuns: own.stepRuns ?? block.stepRuns ?? BISECTION_DEFAULTS.stepRuns,
    maxRuns: own.maxRuns ?? block.maxRuns ?? BISECTION_DEFAULTS.maxRuns,
    confidence: own.confidence ?? block.confidence ?? BISECTION_DEFAULTS.confidence,
  };
}
