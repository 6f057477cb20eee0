import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { NATS_USERS, loadConfig } from '@benchline/core';
import { passwordEnvName, resolveNatsCredentials } from '@benchline/core/internal';
import { DATASOURCE } from '@benchline/dashboards';
import { SERVICE_NAMES } from '@benchline/local';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const parseYaml = (path: string) => parse(read(path), { merge: true }) as ComposeFile;

interface ComposeService {
  image?: string;
  hostname?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  env_file?: string | string[];
  environment?: Record<string, string>;
  volumes?: (string | { type: string; source: string; target: string })[];
  secrets?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  command?: string[];
  ports?: string[];
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
    typeof value === 'string'
      ? [value]
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];
  return strings(parse(read(path), { merge: true })).flatMap((text) =>
    [...text.matchAll(ENV_REFERENCE)].map((match) => match[1]!),
  );
}
const envExample = read('infrastructure/env.example');
const exampleVariables = [...envExample.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((match) => match[1]!);
/** A filled-in .env: a distinct value per variable. */
const exampleEnv: Record<string, string> = Object.fromEntries(
  exampleVariables.map((name) => [
    name,
    name.endsWith('_URL')
      ? `https://${name.toLowerCase().replaceAll('_', '-')}.example/0123456789abcdef`
      : `${name.toLowerCase()}-0123456789abcdef`,
  ]),
);

/** Host side of a bind mount, or undefined for a named volume. */
function bindSource(volume: NonNullable<ComposeService['volumes']>[number]): string | undefined {
  if (typeof volume !== 'string') return volume.type === 'bind' ? volume.source : undefined;
  const source = volume.split(':')[0]!;
  return source.startsWith('.') || source.startsWith('/') ? source : undefined;
}

/** Host path (relative to the repository) of a path inside the container, through its bind mounts. */
function hostPath(service: ComposeService, containerPath: string): string | undefined {
  for (const volume of service.volumes ?? []) {
    if (typeof volume !== 'string') continue;
    const [source, target] = volume.split(':') as [string, string];
    if (bindSource(volume) === undefined) continue;
    if (containerPath === target) return source;
    if (containerPath.startsWith(`${target}/`)) return `${source}${containerPath.slice(target.length)}`;
  }
  return undefined;
}

/** `${VAR}` references in one service's environment values. */
const environmentReferences = (service: ComposeService): string[] =>
  Object.values(service.environment ?? {}).flatMap((value) =>
    [...String(value).matchAll(ENV_REFERENCE)].map((match) => match[1]!),
  );

/** A service's environment as its container would see it, with `.env` holding `env`. */
function containerEnvironment(service: ComposeService, env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [
      name,
      String(value).replace(ENV_REFERENCE, (_, variable: string) => env[variable] ?? ''),
    ]),
  );
}

/** Variables the config refers to that compose sets per container (like BENCHLINE_NATS_USER), not from .env. */
const SET_PER_CONTAINER = ['BENCHLINE_INFLUX_USER', 'BENCHLINE_INFLUX_PASSWORD'];

/** One-shot containers (`restart: "no"`): they run to completion, so they have no health check. */
const isOneShot = (service: ComposeService | undefined) => service?.restart === 'no';
const NATS_NODES = ['nats', 'nats-2', 'nats-3'];
/** The Benchline containers built from the Dockerfile, and the NATS user each connects as. */
const NATS_USER_OF: Record<string, string> = {
  'nats-init': 'admin',
  trigger: 'trigger',
  provisioner: 'provisioner',
  executor: 'executor',
  publisher: 'publisher',
  analyzer: 'analyzer',
  notifier: 'notifier',
  bisector: 'bisector',
};
/** The long-running Benchline services (every container built from the Dockerfile but nats-init). */
const SERVICES = Object.keys(NATS_USER_OF).filter((name) => name !== 'nats-init');
/**
 * The InfluxDB user each Benchline container connects as (influx.username of the config, from its
 * BENCHLINE_INFLUX_USER): the least privilege that does its job. Containers not listed never touch
 * InfluxDB and get a placeholder.
 */
const INFLUX_USER_OF: Record<string, { user: string; password: string }> = {
  publisher: { user: 'INFLUXDB_USER', password: 'INFLUXDB_USER_PASSWORD' },
  analyzer: { user: 'INFLUXDB_USER', password: 'INFLUXDB_USER_PASSWORD' },
  bisector: { user: 'INFLUXDB_USER', password: 'INFLUXDB_USER_PASSWORD' },
  trigger: { user: 'INFLUXDB_READ_USER', password: 'INFLUXDB_READ_USER_PASSWORD' },
};
/** The notifier's secrets (notifications.destinations of the config). */
const NOTIFIER_SECRETS = ['WEBHOOK_SECRET', 'SLACK_WEBHOOK_URL', 'GITHUB_TOKEN'];
/**
 * Every secret of .env and the only containers that may receive it. A password variable missing
 * here fails the test: whoever adds one decides who gets it.
 */
const SECRET_HOLDERS: Record<string, string[]> = {
  ...Object.fromEntries(
    NATS_USERS.map((user) => [
      passwordEnvName(user),
      [...NATS_NODES, ...Object.keys(NATS_USER_OF).filter((name) => NATS_USER_OF[name] === user)],
    ]),
  ),
  INFLUXDB_ADMIN_PASSWORD: ['influxdb'],
  INFLUXDB_USER_PASSWORD: ['influxdb', 'publisher', 'analyzer', 'bisector'],
  INFLUXDB_READ_USER_PASSWORD: ['influxdb', 'grafana', 'trigger'],
  GRAFANA_ADMIN_PASSWORD: ['grafana'],
  ...Object.fromEntries(NOTIFIER_SECRETS.map((variable) => [variable, ['notifier']])),
};
/** What counts as a secret in .env: a decision in SECRET_HOLDERS is required for each. */
const SECRET_VARIABLE = /PASSWORD|SECRET|TOKEN|WEBHOOK_URL/;

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
    expect(Object.keys(base.services).sort()).toEqual([
      'analyzer',
      'bisector',
      'executor',
      'grafana',
      'influxdb',
      'kubo',
      'nats',
      'nats-init',
      'notifier',
      'provisioner',
      'publisher',
      'trigger',
    ]);
    expect(Object.keys(scale.services)).toEqual(expect.arrayContaining(['nats', 'nats-2', 'nats-3', 'nats-init']));
  });

  it('builds the services from Dockerfile targets that exist', () => {
    const stages = dockerfileStages(read('Dockerfile'));
    const built = Object.entries(base.services).filter(([, service]) => service.build);
    expect(built.map(([name]) => name).sort()).toEqual(Object.keys(NATS_USER_OF).sort());
    expect(base.services['nats-init']?.build?.target).toBe('init');
    for (const [name, { build }] of built) {
      expect(existsSync(join(ROOT, build!.context)), `${name}: build context`).toBe(true);
      expect(existsSync(join(ROOT, build!.context, build!.dockerfile ?? 'Dockerfile')), `${name}: dockerfile`).toBe(
        true,
      );
      expect(stages.has(build!.target!), `${name}: target ${build!.target}`).toBe(true);
    }
    // Every service of services/ runs in production, from its own target.
    const services = readdirSync(join(ROOT, 'services')).filter((name) =>
      existsSync(join(ROOT, 'services', name, 'src/main.ts')),
    );
    expect(services.sort()).toEqual([...SERVICES].sort());
    // The bundles the images run are built for these names.
    expect([...SERVICE_NAMES].sort()).toEqual(services);
    const stageTexts = read('Dockerfile').split(/^(?=FROM )/m);
    for (const name of services) {
      expect(base.services[name]?.build?.target, name).toBe(name);
      const stage = stageTexts.find((text) => text.startsWith(`FROM app AS ${name}\n`));
      expect(stage, `Dockerfile: FROM app AS ${name}`).toBeDefined();
      expect(stage, name).toContain(`WORKDIR /app/services/${name}\n`);
      expect(stage, name).toContain(`CMD ["node", "/app/dist/services/${name}.mjs"]`);
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
      readdirSync(join(ROOT, dir))
        .filter((name) => existsSync(join(ROOT, dir, name, 'package.json')))
        .map((name) => `${dir}/${name}`),
    );
    expect(workspaces.length).toBeGreaterThan(4);
    for (const workspace of workspaces)
      expect(dockerfile, workspace).toContain(`COPY ${workspace}/package.json ${workspace}/`);
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
        // .env holds the secrets and is never committed (its documented template is); compose reads
        // it for interpolation only, so no container gets all of it (see 'gives each secret only…').
        expect(service.env_file, `${file} ${name}: env_file would hand all of .env to the container`).toBeUndefined();
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('keeps the SSH key out of the repository: a secret whose file comes from the environment', () => {
    expect(base.secrets?.minion_ssh_key?.file).toMatch(/^\$\{MINION_SSH_KEY_FILE/);
    expect(base.services.provisioner?.secrets).toEqual(['minion_ssh_key']);
    expect(base.services.executor?.secrets).toEqual(['minion_ssh_key']);
  });

  it('has a health check on every long-running service, and depends only on healthy ones', () => {
    for (const [name, service] of Object.entries(merged)) {
      if (isOneShot(service)) continue;
      expect(service.healthcheck?.test?.length, `${name}: healthcheck`).toBeGreaterThan(1);
      expect(service.restart, name).toBe('unless-stopped');
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(merged[dependency], `${name} → ${dependency}`).toBeDefined();
        expect(condition, `${name} → ${dependency}`).toBe(
          isOneShot(merged[dependency]) ? 'service_completed_successfully' : 'service_healthy',
        );
      }
    }
  });

  it('exempts only one-shot containers (restart "no") from that, and waits for them to complete successfully', () => {
    const oneShots = Object.entries(merged).filter(([, service]) => isOneShot(service));
    expect(oneShots.map(([name]) => name)).toEqual(['nats-init']);
    for (const [name, service] of oneShots) {
      // Nothing to check the health of, and nothing to reach: it runs to completion and exits.
      expect(service.healthcheck, `${name}: a one-shot container has no health check`).toBeUndefined();
      expect(service.ports, `${name}: a one-shot container publishes no port`).toBeUndefined();
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(isOneShot(merged[dependency]), `${name} → ${dependency}`).toBe(false);
        expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
      }
      const dependants = Object.entries(merged).filter(([, other]) => other.depends_on?.[name]);
      expect(dependants.length, `${name}: something must wait for it`).toBeGreaterThan(0);
      for (const [dependant, other] of dependants)
        expect(other.depends_on![name]!.condition, `${dependant} → ${name}`).toBe('service_completed_successfully');
    }
    // In the cluster it waits for every node (JetStream needs a majority to create streams).
    expect(Object.keys(merged['nats-init']?.depends_on ?? {}).sort()).toEqual(NATS_NODES);
  });

  it('starts the Benchline services only after nats-init has created the topology', () => {
    for (const name of SERVICES) {
      for (const services of [base.services, merged]) {
        expect(services[name]?.depends_on?.['nats-init']?.condition, name).toBe('service_completed_successfully');
        expect(services[name]?.depends_on?.nats?.condition, name).toBe('service_healthy');
      }
    }
  });

  it("connects each Benchline container as its own NATS user, with that user's password only", () => {
    for (const [name, user] of Object.entries(NATS_USER_OF)) {
      const environment = merged[name]?.environment ?? {};
      expect(environment.BENCHLINE_NATS_USER, name).toBe(user);
      expect(environment.BENCHLINE_NATS_PASSWORD, name).toMatch(
        new RegExp(`^\\$\\{${passwordEnvName(user as (typeof NATS_USERS)[number])}[:?}]`),
      );
      expect(environment.BENCHLINE_NATS_PASSWORD_FILE, name).toBeUndefined();
    }
    // Every node of the server has every password (authorization.conf refers to all six).
    for (const node of NATS_NODES) {
      expect(Object.keys(merged[node]?.environment ?? {}), node).toEqual(
        expect.arrayContaining(NATS_USERS.map(passwordEnvName)),
      );
    }
  });

  it('gives each secret of .env only to the containers that need it (no Benchline service gets NATS_ADMIN_PASSWORD)', () => {
    const secretsInExample = exampleVariables.filter((variable) => SECRET_VARIABLE.test(variable));
    for (const variable of secretsInExample)
      expect(Object.keys(SECRET_HOLDERS), `${variable}: decide which containers get it`).toContain(variable);
    for (const [file, services] of [
      ['docker-compose.yaml', base.services],
      ['merged with the scale file', merged],
    ] as const) {
      for (const [name, service] of Object.entries(services)) {
        for (const variable of environmentReferences(service)) {
          if (SECRET_HOLDERS[variable])
            expect(SECRET_HOLDERS[variable], `${file}: ${name} must not get ${variable}`).toContain(name);
        }
      }
    }
    for (const name of SERVICES)
      expect(environmentReferences(merged[name]!), name).not.toContain('NATS_ADMIN_PASSWORD');
  });

  it('gives each Benchline container what it needs to load its config and connect (its user, and every ${VAR} of the config)', async () => {
    let checked = 0;
    for (const [file, services] of [
      ['docker-compose.yaml', base.services],
      ['merged with the scale file', merged],
    ] as const) {
      for (const [name, user] of Object.entries(NATS_USER_OF)) {
        const service = services[name]!;
        const configFile = hostPath(service, service.environment?.BENCHLINE_CONFIG ?? '/etc/benchline/benchline.yaml');
        expect(configFile, `${file} ${name}: config mounted`).toBeDefined();
        const env = containerEnvironment(service, exampleEnv);
        // What the container's environment lacks fails here exactly as it would at start-up.
        const config = await loadConfig(join(ROOT, configFile!), env);
        expect(config.nats.manageTopology, `${file} ${name}`).toBe(false);
        await expect(resolveNatsCredentials(config.nats, env), `${file} ${name}`).resolves.toEqual({
          user,
          password: exampleEnv[passwordEnvName(user as (typeof NATS_USERS)[number])],
        });
        // Its own InfluxDB user, or none (a placeholder) when it never touches InfluxDB.
        const influx = INFLUX_USER_OF[name];
        expect(config.influx.username, `${file} ${name}: InfluxDB user`).toBe(
          influx ? exampleEnv[influx.user] : 'none',
        );
        expect(config.influx.password, `${file} ${name}: InfluxDB password`).toBe(
          influx ? exampleEnv[influx.password] : 'not-given-to-this-service',
        );
        // The notification secrets reach the notifier only.
        const secrets = config.notifications.destinations.map((destination) =>
          destination.type === 'webhook'
            ? destination.secret
            : destination.type === 'slack'
              ? destination.url
              : destination.token,
        );
        expect(secrets, `${file} ${name}: notification secrets`).toEqual(
          name === 'notifier'
            ? NOTIFIER_SECRETS.map((variable) => exampleEnv[variable])
            : ['not-given-to-this-service', 'https://not-given-to-this-service.invalid/', 'not-given-to-this-service'],
        );
        checked++;
      }
    }
    expect(checked).toBe(2 * Object.keys(NATS_USER_OF).length);
  });

  it('documents every environment variable it, the configs and the Grafana provisioning use', () => {
    const docs = ['README.md', 'docs/production.md']
      .filter((path) => existsSync(join(ROOT, path)))
      .map(read)
      .join('\n');
    const production = read('docs/production.md');
    const used = new Set(
      [
        ...COMPOSE_FILES,
        'infrastructure/benchline.production.yaml',
        'infrastructure/scale/benchline.scale.yaml',
        'infrastructure/grafana/provisioning/datasources/influxdb.yaml',
      ].flatMap(referencedVariables),
    );
    expect(used.size).toBeGreaterThan(5);
    // The per-container variables the config refers to are set by compose itself, not .env.
    for (const variable of SET_PER_CONTAINER) used.delete(variable);
    for (const variable of used) {
      expect(docs, `${variable} in README.md or docs/production.md`).toMatch(new RegExp(`\\b${variable}\\b`));
      expect(exampleVariables, `${variable} in infrastructure/env.example`).toContain(variable);
    }
    // The template holds nothing stale (a variable no file uses any more).
    for (const variable of exampleVariables) expect(used, `${variable} in env.example is used`).toContain(variable);
    // What compose sets itself for the Benchline containers and the NATS nodes is documented too.
    const setInCompose = new Set(
      [...Object.keys(NATS_USER_OF), ...NATS_NODES].flatMap((name) => Object.keys(merged[name]?.environment ?? {})),
    );
    expect(setInCompose).toContain('BENCHLINE_NATS_USER');
    for (const variable of setInCompose)
      expect(production, `${variable} in docs/production.md`).toMatch(new RegExp(`\\b${variable}\\b`));
  });

  it('passes Grafana the variables its provisioning files refer to', () => {
    const provisioningVariables = referencedVariables('infrastructure/grafana/provisioning/datasources/influxdb.yaml');
    expect(Object.keys(base.services.grafana?.environment ?? {})).toEqual(
      expect.arrayContaining(provisioningVariables),
    );
  });
});

describe('infrastructure files', () => {
  it.each(['infrastructure/benchline.production.yaml', 'infrastructure/scale/benchline.scale.yaml'])(
    '%s is a valid Benchline config',
    async (path) => {
      // As the publisher loads it.
      const config = await loadConfig(join(ROOT, path), containerEnvironment(base.services.publisher!, exampleEnv));
      expect(Object.keys(config.minions).length).toBeGreaterThan(0);
      expect(config.influx.username).toBe(exampleEnv.INFLUXDB_USER);
      expect(config.influx.password).toBe(exampleEnv.INFLUXDB_USER_PASSWORD);
      expect(config.schedules.length).toBeGreaterThan(0);
      // Credentials come per container (BENCHLINE_NATS_USER/_PASSWORD); nats-init creates the topology.
      expect(config.nats.manageTopology).toBe(false);
      expect(config.nats.user).toBeUndefined();
      expect(config.nats.password).toBeUndefined();
      // Only hashes of API keys, never a key.
      expect(config.http.apiKeys.length).toBeGreaterThan(0);
      for (const key of config.http.apiKeys) {
        expect(key.key, key.id).toBeUndefined();
        expect(key.sha256, key.id).toMatch(/^[0-9a-f]{64}$/);
      }
    },
  );

  it('keeps every stream and bucket on all three cluster nodes, reached by their names, with the single node’s users', async () => {
    const single = await loadConfig(
      join(ROOT, 'infrastructure/benchline.production.yaml'),
      containerEnvironment(base.services.publisher!, exampleEnv),
    );
    const clustered = await loadConfig(
      join(ROOT, 'infrastructure/scale/benchline.scale.yaml'),
      containerEnvironment(base.services.publisher!, exampleEnv),
    );
    // One node can hold one copy; the cluster one per node, so any one node may fail.
    expect(single.nats.replicas).toBe(1);
    expect(clustered.nats.replicas).toBe(NATS_NODES.length);
    // The name each node answers to on the compose network: its hostname (node 1 keeps the base name `nats` too).
    const hostnames = NATS_NODES.map((name) => merged[name]?.hostname);
    expect(clustered.nats.servers.map((url) => new URL(url).hostname)).toEqual(hostnames);
    const clusterConf = read('infrastructure/nats/cluster/nats-cluster.conf');
    const routes = [...clusterConf.matchAll(/nats-route:\/\/([\w-]+):6222/g)].map((match) => match[1]);
    expect(routes).toEqual(hostnames);
    // The same users and permissions as the single node: the generated authorization.conf, both mounted from infrastructure/nats.
    expect(clusterConf).toMatch(/^include \.\.\/authorization\.conf$/m);
    expect(read('infrastructure/nats/nats-server.conf')).toMatch(/^include authorization\.conf$/m);
    for (const node of NATS_NODES) expect(merged[node]?.volumes).toContain('./infrastructure/nats:/etc/nats:ro');
  });

  /** Each NATS node: the config file its command names, with the environment compose gives it. */
  const natsNodes = [
    ...['nats'].map((name) => ['docker-compose.yaml', name, base.services[name]!] as const),
    ...NATS_NODES.map((name) => ['merged with the scale file', name, merged[name]!] as const),
  ];
  it.each(natsNodes)(
    '%s: %s is accepted by nats-server with the environment compose gives it',
    async (_, name, service) => {
      const configPath = service.command?.[service.command.indexOf('--config') + 1];
      const configFile = hostPath(service, configPath ?? '');
      expect(configFile, `${name}: ${configPath} is mounted`).toBeDefined();
      const env = { PATH: process.env.PATH, ...containerEnvironment(service, exampleEnv) };
      const { stderr } = await promisify(execFile)('nats-server', ['-c', join(ROOT, configFile!), '-t'], { env });
      expect(stderr).toMatch(/is valid/);
    },
  );

  it('provisions the datasource the dashboards use and loads the dashboards directory compose mounts', () => {
    const datasources = parse(read('infrastructure/grafana/provisioning/datasources/influxdb.yaml')) as {
      datasources: { uid: string; type: string }[];
    };
    expect(datasources.datasources).toEqual([expect.objectContaining({ uid: DATASOURCE.uid, type: DATASOURCE.type })]);
    const providers = parse(read('infrastructure/grafana/provisioning/dashboards/benchline.yaml')) as {
      providers: { options: { path: string } }[];
    };
    const mounts = (base.services.grafana?.volumes ?? []).filter(
      (volume): volume is string => typeof volume === 'string',
    );
    expect(mounts).toContain(`./infrastructure/grafana/dashboards:${providers.providers[0]!.options.path}:ro`);
    expect(readdirSync(join(ROOT, 'infrastructure/grafana/dashboards'))).toContain('benchline.json');
  });
});
