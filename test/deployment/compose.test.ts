import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@benchline/core';
import { DATASOURCE } from '@benchline/dashboards';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const parseYaml = (path: string) => parse(read(path), { merge: true }) as ComposeFile;

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  env_file?: string | string[];
  environment?: Record<string, string>;
  volumes?: (string | { type: string; source: string; target: string })[];
  secrets?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { file?: string }>;
  volumes?: Record<string, unknown>;
}

const COMPOSE_FILES = ['docker-compose.yaml', 'infrastructure/scale/docker-compose.scale.yaml'];
const base = parseYaml('docker-compose.yaml');
const scale = parseYaml('infrastructure/scale/docker-compose.scale.yaml');
/** The scale file only makes sense merged over the base; compose merges services key by key. */
const merged: Record<string, ComposeService> = { ...base.services };
for (const [name, service] of Object.entries(scale.services)) merged[name] = { ...merged[name], ...service };

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?+-][^}]*)?\}/g;
/** `${VAR}` references in a YAML file's values (comments do not count). */
function referencedVariables(path: string): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  return strings(parse(read(path), { merge: true })).flatMap((text) => [...text.matchAll(ENV_REFERENCE)].map((match) => match[1]!));
}
const envExample = read('infrastructure/env.example');
const exampleVariables = [...envExample.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((match) => match[1]!);

/** Host side of a bind mount, or undefined for a named volume. */
function bindSource(volume: NonNullable<ComposeService['volumes']>[number]): string | undefined {
  if (typeof volume !== 'string') return volume.type === 'bind' ? volume.source : undefined;
  const source = volume.split(':')[0]!;
  return source.startsWith('.') || source.startsWith('/') ? source : undefined;
}

/** Each stage of the Dockerfile: its base and the user it ends up running as (inherited from a parent stage). */
function dockerfileStages(text: string): Map<string, { from: string; user: string | undefined }> {
  const stages = new Map<string, { from: string; user: string | undefined }>();
  let current: { from: string; user: string | undefined } | undefined;
  for (const line of text.split('\n')) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      current = { from: from[1]!, user: stages.get(from[1]!)?.user };
      stages.set(from[2] ?? `#${stages.size}`, current);
      continue;
    }
    const user = /^USER\s+(\S+)/i.exec(line);
    if (user && current) current.user = user[1];
  }
  return stages;
}

describe('docker-compose.yaml', () => {
  it('parses, and so does the scale-out override', () => {
    expect(Object.keys(base.services).sort()).toEqual(['executor', 'grafana', 'influxdb', 'kubo', 'nats', 'provisioner', 'publisher', 'trigger']);
    expect(Object.keys(scale.services)).toEqual(expect.arrayContaining(['nats', 'nats-2', 'nats-3']));
  });

  it('builds the services from Dockerfile targets that exist', () => {
    const stages = dockerfileStages(read('Dockerfile'));
    const built = Object.entries(base.services).filter(([, service]) => service.build);
    expect(built.map(([name]) => name).sort()).toEqual(['executor', 'provisioner', 'publisher', 'trigger']);
    for (const [name, { build }] of built) {
      expect(existsSync(join(ROOT, build!.context)), `${name}: build context`).toBe(true);
      expect(existsSync(join(ROOT, build!.context, build!.dockerfile ?? 'Dockerfile')), `${name}: dockerfile`).toBe(true);
      expect(stages.has(build!.target!), `${name}: target ${build!.target}`).toBe(true);
    }
  });

  it('runs every service image as a non-root user', () => {
    const stages = dockerfileStages(read('Dockerfile'));
    for (const [name, { build }] of Object.entries(base.services)) {
      if (!build) continue;
      const user = stages.get(build.target!)?.user;
      expect(user, `${name} runs as`).toBeDefined();
      expect(['root', '0', '0:0'], `${name} runs as ${user}`).not.toContain(user);
    }
  });

  it('installs every workspace in the image (each package.json is copied before npm ci)', () => {
    const dockerfile = read('Dockerfile');
    const workspaces = ['packages', 'services'].flatMap((dir) =>
      readdirSync(join(ROOT, dir)).filter((name) => existsSync(join(ROOT, dir, name, 'package.json'))).map((name) => `${dir}/${name}`));
    expect(workspaces.length).toBeGreaterThan(4);
    for (const workspace of workspaces) expect(dockerfile, workspace).toContain(`COPY ${workspace}/package.json ${workspace}/`);
  });

  it('mounts only files and directories that exist in the repository', () => {
    let checked = 0;
    for (const file of COMPOSE_FILES) {
      for (const [name, service] of Object.entries(parseYaml(file).services)) {
        for (const volume of service.volumes ?? []) {
          const source = bindSource(volume);
          if (source === undefined) continue;
          expect(source.startsWith('/'), `${file} ${name}: ${source} must be relative to the repository`).toBe(false);
          expect(existsSync(join(ROOT, source)), `${file} ${name}: ${source}`).toBe(true);
          checked++;
        }
        for (const envFile of [service.env_file ?? []].flat()) {
          // .env holds the secrets and is never committed; its documented template is.
          expect(envFile, `${file} ${name}`).toBe('.env');
          expect(existsSync(join(ROOT, 'infrastructure/env.example'))).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('keeps the SSH key out of the repository: a secret whose file comes from the environment', () => {
    expect(base.secrets?.minion_ssh_key?.file).toMatch(/^\$\{MINION_SSH_KEY_FILE/);
    expect(base.services.provisioner?.secrets).toEqual(['minion_ssh_key']);
    expect(base.services.executor?.secrets).toEqual(['minion_ssh_key']);
  });

  it('has a health check on every service, and depends only on healthy services', () => {
    for (const [name, service] of Object.entries(merged)) {
      expect(service.healthcheck?.test?.length, `${name}: healthcheck`).toBeGreaterThan(1);
      expect(service.restart, name).toBe('unless-stopped');
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
        expect(merged[dependency], `${name} → ${dependency}`).toBeDefined();
      }
    }
  });

  it('documents every environment variable it, the configs and the Grafana provisioning use', () => {
    const docs = ['README.md', 'docs/production.md'].filter((path) => existsSync(join(ROOT, path))).map(read).join('\n');
    const used = new Set([
      ...COMPOSE_FILES,
      'infrastructure/benchline.production.yaml',
      'infrastructure/scale/benchline.scale.yaml',
      'infrastructure/grafana/provisioning/datasources/influxdb.yaml',
    ].flatMap(referencedVariables));
    expect(used.size).toBeGreaterThan(5);
    for (const variable of used) {
      expect(docs, `${variable} in README.md or docs/production.md`).toMatch(new RegExp(`\\b${variable}\\b`));
      expect(exampleVariables, `${variable} in infrastructure/env.example`).toContain(variable);
    }
  });

  it('passes Grafana the variables its provisioning files refer to', () => {
    const provisioningVariables = referencedVariables('infrastructure/grafana/provisioning/datasources/influxdb.yaml');
    expect(Object.keys(base.services.grafana?.environment ?? {})).toEqual(expect.arrayContaining(provisioningVariables));
  });
});

describe('infrastructure files', () => {
  const exampleEnv = Object.fromEntries(exampleVariables.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef`]));

  it.each(['infrastructure/benchline.production.yaml', 'infrastructure/scale/benchline.scale.yaml'])('%s is a valid Benchline config', async (path) => {
    const config = await loadConfig(join(ROOT, path), exampleEnv);
    expect(Object.keys(config.minions).length).toBeGreaterThan(0);
    expect(config.influx.password).toBe(exampleEnv.INFLUXDB_WRITE_USER_PASSWORD);
    expect(config.schedules.length).toBeGreaterThan(0);
  });

  it.each(['infrastructure/nats/nats-server.conf', 'infrastructure/nats/cluster/nats-cluster.conf'])('%s is accepted by nats-server', async (path) => {
    const env = { PATH: process.env.PATH, NATS_PASSWORD: 'secret', NATS_SERVER_NAME: 'nats-1' };
    const { stderr } = await promisify(execFile)('nats-server', ['-c', join(ROOT, path), '-t'], { env });
    expect(stderr).toMatch(/is valid/);
  });

  it('provisions the datasource the dashboards use and loads the dashboards directory compose mounts', () => {
    const datasources = parse(read('infrastructure/grafana/provisioning/datasources/influxdb.yaml')) as { datasources: { uid: string; type: string }[] };
    expect(datasources.datasources).toEqual([expect.objectContaining({ uid: DATASOURCE.uid, type: DATASOURCE.type })]);
    const providers = parse(read('infrastructure/grafana/provisioning/dashboards/benchline.yaml')) as { providers: { options: { path: string } }[] };
    const mounts = (base.services.grafana?.volumes ?? []).filter((volume): volume is string => typeof volume === 'string');
    expect(mounts).toContain(`./infrastructure/grafana/dashboards:${providers.providers[0]!.options.path}:ro`);
    expect(readdirSync(join(ROOT, 'infrastructure/grafana/dashboards'))).toContain('benchline.json');
  });
});
