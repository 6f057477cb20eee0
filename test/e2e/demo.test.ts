import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@benchline/core';
import { benchlineDashboard, dashboardQueries } from '@benchline/dashboards';
import { openHeliaStore } from '@benchline/publisher/internal';
import { startStack } from '@benchline/local';
import { makeTempDir, startInfluxd, type Influxd } from '@benchline/servers';
import { runCli } from './support/run-cli.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** `npm run demo` end to end, twice, in a data dir of its own; then its results, read back. */
describe('npm run demo', () => {
  let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
  const outputs: string[] = [];
  const demo = async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'demo', '--', '--param', 'sizes=1KB,64KB', '--param', 'iterations=2'],
      {
        cwd: ROOT,
        // As a newcomer runs it: the demo bundles the services itself, not from the suite's bundles.
        env: { ...process.env, BENCHLINE_DATA_DIR: dataDir.path, BENCHLINE_SERVICE_BUNDLES: '' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    outputs.push(stdout);
    return stdout;
  };
  const runId = (output: string) => /Run (\S+) published/.exec(output)?.[1] ?? '';

  beforeAll(async () => {
    dataDir = await makeTempDir('demo');
  });
  afterAll(async () => {
    await dataDir?.remove();
  });

  it('runs the example suite end to end and exits 0', async () => {
    const output = await demo();
    expect(output).toMatch(/provisioned .*Ansible ok=\d+ changed=[1-9]/);
    expect(output).toMatch(/executed +add-fetch ok .* hash-file ok/);
    expect(output).toMatch(/add-fetch: \d+ \(benchline\)/);
    expect(output).toMatch(/hash-file: 6 \(hyperfine\)/);
    expect(output).toMatch(/analyzed +\d+ series: 0 regression\(s\), 0 improvement\(s\)/);
    // A fresh data dir: every series says how many more points it needs before it can be judged.
    expect(output).toMatch(/add-fetch .* insufficient-history \(5 more point\(s\) needed\)/);
    expect(runId(output)).not.toBe('');
    // It bundled the services into its data dir (startStack starts them from there).
    expect(readdirSync(join(dataDir.path, 'services'))).toEqual(
      expect.arrayContaining(['trigger.mjs', 'provisioner.mjs', 'executor.mjs', 'publisher.mjs']),
    );
  }, 300_000);

  it('runs again without re-provisioning', async () => {
    const output = await demo();
    expect(output).toContain('minion already up to date, Ansible skipped');
    expect(runId(output)).not.toBe(runId(outputs[0]!));
  }, 300_000);

  it('benchline run ipfs-example --wait, against local mode on the same data dir, shows the stages and exits 0', async () => {
    const stack = await startStack({
      dataDir: dataDir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
    });
    try {
      const args = ['run', 'ipfs-example', '--param', 'sizes=1KB', '--param', 'iterations=2', '--wait', '--json'];
      const result = await runCli(stack, ...args);
      expect(result.code, result.stderr).toBe(0);
      for (const stage of ['requested', 'provisioned', 'executed', 'published', 'analyzed'])
        expect(result.stderr).toMatch(new RegExp(`^${stage} `, 'm'));
      expect(result.stderr).toMatch(/^ +add-fetch \| 1KB: add [\d.]+ ms/m);
      expect(JSON.parse(result.stdout)).toMatchObject({
        outcome: 'passed',
        exitCode: 0,
        run: { suite: 'ipfs-example', status: 'published' },
      });
    } finally {
      await stack.stop();
    }
  }, 300_000);

  describe('afterwards', () => {
    let influxd: Influxd;
    beforeAll(async () => {
      influxd = await startInfluxd({ dir: join(dataDir.path, 'influxdb') });
    });
    afterAll(async () => {
      await influxd?.stop();
    });

    it('InfluxDB holds the points, each with a CID whose bundle is retrievable', async () => {
      const [series] = await influxd.query(
        'benchline',
        `SELECT "case", value, cid, "commit" FROM benchmark_result WHERE run_id = '${runId(outputs[1]!)}'`,
      );
      expect(series?.values.length).toBeGreaterThan(0);
      const cids = new Set(series!.values.map((row) => row[3] as string));
      expect(cids.size).toBe(1);
      const [cid] = cids;
      const store = await openHeliaStore(join(dataDir.path, 'state', 'ipfs'));
      try {
        const chunks: Uint8Array[] = [];
        for await (const chunk of store.cat(cid!, 'manifest.json')) chunks.push(chunk);
        const manifest = JSON.parse(Buffer.concat(chunks).toString()) as { request: { runId: string } };
        expect(manifest.request.runId).toBe(runId(outputs[1]!));
      } finally {
        await store.close();
      }
    });

    it('every query of the generated Grafana dashboard returns a series for the example run', async () => {
      const config = await loadConfig(join(dataDir.path, 'benchline.yaml'));
      const dashboard = benchlineDashboard(config, {
        ipfsGatewayUrl: 'http://127.0.0.1:8081',
        resultParameters: ['size', 'operation'],
      });
      // Change annotations have nothing to show after two runs of one commit; test/deployment/dashboards.test.ts checks them.
      const queries = dashboardQueries(dashboard, {
        timeFilter: 'time > now() - 1d',
        __interval: '1m',
        suite: 'ipfs-example',
        minion: 'local',
        ref: 'main',
      }).filter((query) => !query.includes('"benchline_change"'));
      expect(queries.length).toBeGreaterThan(3);
      for (const query of queries) expect((await influxd.query('benchline', query)).length, query).toBeGreaterThan(0);
    });
  });
});
