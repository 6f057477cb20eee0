import { loadConfig, type BenchlineConfig } from '@benchline/core';
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';

/** The file Grafana provisions: stable key order and a trailing newline, so regenerating is byte-identical. */
export function dashboardJson(dashboard: Dashboard): string {
  return `${JSON.stringify(dashboard, null, 2)}\n`;
}

/** What an unset `${NAME}` reads as while loading: a URL, so that it passes as a secret, a token and a webhook URL alike. */
const UNSET_PREFIX = 'https://unset.invalid/';
const UNSET = new RegExp(`${UNSET_PREFIX.replaceAll('.', '\\.')}([A-Za-z_][A-Za-z0-9_]*)`, 'g');

/**
 * Loads a Benchline config for its suites only. `${VAR}` references to secrets that are not set where
 * the dashboard is generated (notification URLs and tokens, passwords) do not fail the load, and
 * stay as written in the suites.
 */
export async function loadConfigForDashboard(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BenchlineConfig> {
  const placeholders = new Proxy(env, {
    get: (target, name) => (typeof name === 'string' ? (target[name] ?? `${UNSET_PREFIX}${name}`) : undefined),
  });
  const config = await loadConfig(path, placeholders);
  const suites = JSON.parse(JSON.stringify(config.suites), (_, value: unknown) =>
    typeof value === 'string' ? value.replace(UNSET, (_match, name: string) => `\${${name}}`) : value,
  ) as BenchlineConfig['suites'];
  return { ...config, suites };
}
