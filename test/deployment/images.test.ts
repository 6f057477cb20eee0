import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCATED_FILES, SERVICE_NAMES } from '@benchline/local';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface ComposeService {
  image?: string;
  build?: { target?: string };
  init?: boolean;
  stop_grace_period?: string;
  mem_limit?: string;
  logging?: { driver: string; options?: Record<string, string> };
  restart?: string;
}
const compose = (path: string) => parse(read(path), { merge: true }) as { services: Record<string, ComposeService> };
const base = compose('docker-compose.yaml').services;
const scale = compose('infrastructure/scale/docker-compose.scale.yaml').services;

/**
 * The pinned third-party images: current supported releases, named with their dates in
 * docs/production.md ("Images"). Grafana's line must read the generated dashboards' schemaVersion.
 */
const IMAGES = {
  nats: 'nats:2.14-alpine',
  influxdb: 'influxdb:1.12',
  grafana: 'grafana/grafana:12.4',
  kubo: 'ipfs/kubo:v0.43.0',
};
const NODE_BASE = 'node:24-bookworm-slim';
/** schemaVersion Grafana 12.4 writes (and what @grafana/grafana-foundation-sdk emits). */
const GRAFANA_SCHEMA_VERSION = 42;

/** Dockerfile stages: name → base and body. */
function stages(text: string): Map<string, { from: string; body: string }> {
  const result = new Map<string, { from: string; body: string }>();
  for (const chunk of text.split(/^(?=FROM )/m).filter((part) => part.startsWith('FROM '))) {
    const [, from, name] = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(chunk)!;
    result.set(name ?? `#${result.size}`, { from: from!, body: chunk });
  }
  return result;
}
const dockerfile = stages(read('Dockerfile'));
/** The chain of stages a target is built from, itself first. */
function lineage(target: string): string[] {
  const chain: string[] = [];
  for (let stage: string | undefined = target; stage && dockerfile.has(stage); stage = dockerfile.get(stage)!.from)
    chain.push(stage);
  return chain;
}

/** Lockfile entries `npm ci` installs with these --omit flags (npm's rule: a node flagged dev/peer/optional is left out). */
function installedPackages(omit: string[]): Map<string, { dev?: boolean; peer?: boolean }> {
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { dev?: boolean; peer?: boolean; optional?: boolean; devOptional?: boolean }>;
  };
  const installed = new Map<string, { dev?: boolean; peer?: boolean }>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.includes('node_modules/')) continue;
    const omitted =
      (omit.includes('dev') && entry.dev) ||
      (omit.includes('peer') && entry.peer) ||
      (omit.includes('optional') && entry.optional) ||
      (omit.includes('dev') && omit.includes('optional') && entry.devOptional);
    if (!omitted) installed.set(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), entry);
  }
  return installed;
}

describe('images and containers', () => {
  it('pins the documented, supported images, and the docs name them with their release dates', () => {
    const docs = read('docs/production.md');
    for (const [service, image] of Object.entries(IMAGES)) {
      expect(base[service]?.image, service).toBe(image);
      expect(docs, `docs/production.md names ${image}`).toContain(image);
    }
    for (const node of ['nats-2', 'nats-3']) expect(scale[node]?.image, node).toBe(IMAGES.nats);
    expect(docs).toContain(NODE_BASE);
  });

  it('generates the dashboards at the schemaVersion of the pinned Grafana', () => {
    const dashboard = JSON.parse(read('infrastructure/grafana/dashboards/benchline.json')) as { schemaVersion: number };
    expect(dashboard.schemaVersion).toBe(GRAFANA_SCHEMA_VERSION);
  });

  it('builds every image on Node 24 LTS, slim, and runs it as a non-root user', () => {
    const roots = new Set([...dockerfile.keys()].map((stage) => lineage(stage).at(-1)!));
    expect([...roots].map((stage) => dockerfile.get(stage)!.from)).toEqual([NODE_BASE]);
    for (const [name, service] of Object.entries(base)) {
      if (!service.build) continue;
      // The last USER of the nearest stage that sets one.
      const users = lineage(service.build.target!)
        .map((stage) => [...dockerfile.get(stage)!.body.matchAll(/^USER\s+(\S+)/gm)].at(-1)?.[1])
        .filter(Boolean);
      expect(users[0], `${name}: runs as`).toBe('node');
    }
  });

  it('gives the runtime stages production dependencies only, without unused peer trees', () => {
    const runtime = lineage('app');
    const deps = dockerfile.get(dockerfile.get('app')!.body.match(/COPY --from=(\S+)/)![1]!)!;
    expect(runtime).not.toContain('web');
    const install = /RUN npm ci ([^\n]*)/.exec(deps.body)![1]!;
    const omit = [...install.matchAll(/--omit=(\w+)/g)].map((match) => match[1]!);
    expect(omit.sort()).toEqual(['dev', 'peer']);
    const installed = installedPackages(omit);
    const root = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    // Also dependencies of production packages: esbuild of tsx (which runs the TypeScript sources),
    // @types/node of @types/dns-packet and @types/multicast-dns (libp2p's mDNS).
    const alsoProduction = ['esbuild', '@types/node'];
    const devOnly = Object.keys(root.devDependencies).filter((name) => !alsoProduction.includes(name));
    for (const name of [...devOnly, 'vitest', 'typescript', '@biomejs/biome', 'playwright-core', 'knip'])
      expect(installed.has(name), `${name} in the runtime image`).toBe(false);
    expect(installed.has('react-native'), 'the react-native peer tree').toBe(false);
    expect([...installed.values()].filter((entry) => entry.dev || entry.peer)).toEqual([]);
    for (const needed of ['tsx', 'esbuild', '@nats-io/jetstream', 'pino'])
      expect(installed.has(needed), needed).toBe(true);
    // The trigger gets the bundled web view from the build stage, not a toolchain of its own.
    expect(dockerfile.get('trigger')!.body).toContain('COPY --from=web /app/packages/web/dist packages/web/dist');
  });

  it('runs each service from its bundle, and ships every file a bundle loads from where it is', () => {
    expect(dockerfile.get('web')!.body).toContain(
      'node --import tsx packages/local/bin/bundle-services.ts dist/services',
    );
    expect(dockerfile.get('app')!.body).toContain('COPY --from=web /app/dist/services dist/services');
    for (const name of SERVICE_NAMES)
      expect(dockerfile.get(name)!.body, name).toContain(`CMD ["node", "/app/dist/services/${name}.mjs"]`);
    // What the bundles of this test run (built by the global setup from the same sources) load at
    // run time from beside their sources: repository files, which the build context must not leave
    // out, and files of packages, which the runtime install must hold.
    const located = JSON.parse(
      readFileSync(join(process.env.BENCHLINE_SERVICE_BUNDLES!, LOCATED_FILES), 'utf8'),
    ) as string[];
    expect(located).toEqual(expect.arrayContaining(['services/executor/src/remote-scripts.ts']));
    const excluded = new Set(
      read('.dockerignore')
        .split('\n')
        .map((line) => line.trim().replace(/^\*\*\//, ''))
        .filter((line) => line && !line.startsWith('#')),
    );
    const installed = installedPackages(['dev', 'peer']);
    for (const path of located) {
      const parts = path.split('/');
      if (parts[0] === 'node_modules') {
        const name = parts[1]!.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]!;
        expect(installed.has(name), `${path}: ${name} in the runtime install`).toBe(true);
      } else {
        expect(
          parts.filter((part) => excluded.has(part)),
          `${path}: in the build context`,
        ).toEqual([]);
        expect(existsSync(join(ROOT, path)), path).toBe(true);
      }
    }
  });

  it('runs every container with an init, a memory limit and rotated logs; the workers with a grace period to finish', () => {
    for (const [name, service] of Object.entries({ ...base, ...scale })) {
      if (!service.image && !service.build) continue;
      expect(service.mem_limit, `${name}: mem_limit`).toMatch(/^\d+[mg]$/);
      expect(service.logging?.driver, name).toBe('json-file');
      expect(service.logging?.options?.['max-size'], name).toBeDefined();
      expect(service.logging?.options?.['max-file'], name).toBeDefined();
      if (service.build) expect(service.init, `${name}: init`).toBe(true);
    }
    const seconds = (value: string | undefined) =>
      Number(/^(\d+)([sm])$/.exec(value ?? '')?.[1] ?? 0) * (value?.endsWith('m') ? 60 : 1);
    // Long enough to finish a benchmark at its default timeout (600 s), or to hand the run back.
    expect(seconds(base.executor?.stop_grace_period)).toBeGreaterThan(600);
    expect(seconds(base.provisioner?.stop_grace_period)).toBeGreaterThan(600);
    for (const name of ['trigger', 'publisher', 'analyzer', 'notifier', 'bisector'])
      expect(seconds(base[name]?.stop_grace_period), name).toBeGreaterThanOrEqual(60);
  });

  it('says in engines which Node versions are supported', () => {
    const { engines } = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(engines.node).toMatch(/\^24/);
    expect(existsSync(join(ROOT, '.nvmrc')) ? read('.nvmrc') : '').not.toMatch(/^20/);
  });
});
