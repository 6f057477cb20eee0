import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve, dirname } from 'node:path';
import { Value } from 'typebox/value';
import { parse as parseYaml } from 'yaml';
import { formatNames } from '@benchline/results';
import { ConfigSchema, MinionSchema, SuiteSchema, type BenchlineConfig } from './config-schema.ts';
import { scheduleProblems } from './schedule-validation.ts';

export * from './config-schema.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads, interpolates `${ENV}` references, validates and fills defaults. */
export async function loadConfig(path: string, env: NodeJS.ProcessEnv = process.env): Promise<BenchlineConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid YAML/JSON: ${(error as Error).message}`);
  }
  const config = parseConfig(raw, env, path);
  if (!isAbsolute(config.dataDir)) config.dataDir = resolve(dirname(path), config.dataDir);
  return config;
}

export function parseConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env, source = 'config'): BenchlineConfig {
  const interpolated = interpolateEnv(raw ?? {}, env, source, '');
  const withDefaults = withRecordDefaults(Value.Default(ConfigSchema, interpolated));
  const errors = [...Value.Errors(ConfigSchema, withDefaults)];
  if (errors.length > 0) {
    const lines = errors
      .filter((error) => error.keyword !== 'boolean')
      .map((error) => `  ${keyPath(error.instancePath)}: ${error.message}${describeParams(error.params)}`);
    throw new ConfigError(`${source} is invalid:\n${[...new Set(lines)].join('\n')}`);
  }
  const config = withDefaults as BenchlineConfig;
  checkReferences(config, source);
  return config;
}

/** TypeBox fills defaults through objects and arrays but not into Record values. */
function withRecordDefaults(config: unknown): unknown {
  if (config === null || typeof config !== 'object') return config;
  const { suites, minions } = config as { suites?: unknown; minions?: unknown };
  const fill = (records: unknown, schema: typeof SuiteSchema | typeof MinionSchema) =>
    records !== null && typeof records === 'object'
      ? Object.fromEntries(Object.entries(records).map(([name, value]) => [name, Value.Default(schema, value)]))
      : records;
  return { ...config, suites: fill(suites, SuiteSchema), minions: fill(minions, MinionSchema) };
}

function checkReferences(config: BenchlineConfig, source: string): void {
  const problems: string[] = [];
  const minions = Object.keys(config.minions);
  if (config.defaultMinion !== undefined && !minions.includes(config.defaultMinion)) {
    problems.push(`  defaultMinion: no minion named "${config.defaultMinion}"`);
  }
  config.schedules.forEach((schedule, index) => {
    for (const suite of schedule.suites ?? []) {
      if (!(suite in config.suites)) problems.push(`  schedules[${index}].suites: no suite named "${suite}"`);
    }
    if (schedule.minion !== undefined && !minions.includes(schedule.minion)) {
      problems.push(`  schedules[${index}].minion: no minion named "${schedule.minion}"`);
    }
  });
  for (const [name, suite] of Object.entries(config.suites)) {
    const seen = new Set<string>();
    suite.benchmarks.forEach((benchmark, index) => {
      if (seen.has(benchmark.name))
        problems.push(`  suites.${name}.benchmarks[${index}].name: duplicate "${benchmark.name}"`);
      seen.add(benchmark.name);
      if (benchmark.format !== 'auto' && !formatNames.includes(benchmark.format)) {
        problems.push(
          `  suites.${name}.benchmarks[${index}].format: unknown format "${benchmark.format}" (auto or one of ${formatNames.join(', ')})`,
        );
      }
    });
    for (const [parameter, spec] of Object.entries(suite.parameters)) {
      if (spec.pattern === undefined) continue;
      try {
        new RegExp(spec.pattern);
      } catch {
        problems.push(`  suites.${name}.parameters.${parameter}.pattern: not a valid regular expression`);
      }
    }
  }
  problems.push(...scheduleProblems(config.schedules));
  config.http.apiKeys.forEach((key, index) => {
    if ((key.sha256 === undefined) === (key.key === undefined))
      problems.push(`  http.apiKeys[${index}]: give exactly one of sha256 or key`);
  });
  if (problems.length > 0) throw new ConfigError(`${source} is invalid:\n${problems.join('\n')}`);
}

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv, source: string, path: string): unknown {
  if (typeof value === 'string') {
    return value.replace(ENV_REFERENCE, (_, name: string) => {
      const resolved = env[name];
      if (resolved === undefined)
        throw new ConfigError(`${source}: ${keyPath(path)} refers to \${${name}}, which is not set`);
      return resolved;
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => interpolateEnv(item, env, source, `${path}/${index}`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, env, source, `${path}/${key}`)]),
    );
  }
  return value;
}

/** `/suites/a/benchmarks/0/name` → `suites.a.benchmarks[0].name` */
function keyPath(instancePath: string): string {
  if (instancePath === '') return '(top level)';
  return instancePath
    .slice(1)
    .split('/')
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

function describeParams(params: unknown): string {
  const extra = (params as { additionalProperties?: string[] } | undefined)?.additionalProperties;
  return Array.isArray(extra) && extra.length > 0
    ? ` (unknown key${extra.length > 1 ? 's' : ''}: ${extra.join(', ')})`
    : '';
}
