import { loadConfig, type BenchlineConfig } from '@benchline/core';
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';

/** The file Grafana provisions: stable key order and a trailing newline, so regenerating is byte-identical. */
export function dashboardJson(dashboard: Dashboard): string {
  return `${JSON.stringify(dashboard, null, 2)}\n`;
}

/**
 * Loads a Benchline config for its suites only. `${VAR}` references to secrets that are not set where
 * the dashboard is generated stay as written instead of failing the load.
 */
export function loadConfigForDashboard(path: string, env: NodeJS.ProcessEnv = process.env): Promise<BenchlineConfig> {
  const keepUnset = new Proxy(env, { get: (target, name) => (typeof name === 'string' ? (target[name] ?? `\${${name}}`) : undefined) });
  return loadConfig(path, keepUnset);
}
