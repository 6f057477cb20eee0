import type { AnalysisSettings, BenchlineConfig } from '@benchline/core';

/** The analysis settings of one benchmark: its own, else its suite's, else the config's; unset ones take the library defaults. */
export function settingsFor(config: BenchlineConfig, suite: string, benchmark: string): AnalysisSettings {
  const { suites, ...global } = config.analysis;
  const { benchmarks = {}, ...ofSuite } = suites[suite] ?? {};
  return { ...defined(global), ...defined(ofSuite), ...defined(benchmarks[benchmark] ?? {}) };
}

function defined(settings: AnalysisSettings): AnalysisSettings {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
