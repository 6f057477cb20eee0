import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../src/config.ts';

const minion = {
  host: '127.0.0.1',
  user: 'bench',
  privateKeyFile: '/k',
  hostKey: 'ssh-ed25519 AAAAC3Nz',
  workDir: '/w',
};
const suite = { repo: '/r', benchmarks: [{ name: 'a', command: ['true'] }] };

describe('config', () => {
  it('fills defaults, including inside suites and minions', () => {
    const config = parseConfig({ suites: { s: suite }, minions: { m: minion } });
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 8080 });
    expect(config.suites.s).toMatchObject({
      defaultRef: 'main',
      setup: [],
      benchmarks: [{ name: 'a', format: 'auto', timeoutSeconds: 600, artifacts: [] }],
    });
    expect(config.minions.m?.port).toBe(22);
    expect(config.schedules).toEqual([
      { name: 'nightly', cron: '0 0 * * *', timezone: 'UTC', tags: ['nightly'], catchUp: true },
    ]);
  });

  it('names every bad key', () => {
    const attempt = () =>
      parseConfig({
        http: { port: 'eighty' },
        suites: { s: { ...suite, benchmarks: [{ name: 'a', command: [] }] } },
        minions: { m: { ...minion, hostKey: 'not a key', extra: 1 } },
        defaultMinion: 'ghost',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/http\.port: must be integer/);
    expect(attempt).toThrow(/suites\.s\.benchmarks\[0\]\.command/);
    expect(attempt).toThrow(/minions\.m: must not have additional properties \(unknown key: extra\)/);
    expect(attempt).toThrow(/minions\.m\.hostKey/);
  });

  it('checks references between sections', () => {
    expect(() => parseConfig({ minions: { m: minion }, defaultMinion: 'ghost' })).toThrow(
      /defaultMinion: no minion named "ghost"/,
    );
    expect(() => parseConfig({ schedules: [{ name: 'n', cron: '0 0 * * *', suites: ['nope'] }] })).toThrow(
      /schedules\[0\]\.suites: no suite named "nope"/,
    );
    expect(() =>
      parseConfig({ suites: { s: { ...suite, benchmarks: [suite.benchmarks[0], suite.benchmarks[0]] } } }),
    ).toThrow(/duplicate "a"/);
    expect(() =>
      parseConfig({ suites: { s: { ...suite, benchmarks: [{ ...suite.benchmarks[0], format: 'csv' }] } } }),
    ).toThrow(/benchmarks\[0\]\.format: unknown format "csv" \(auto or one of benchline, /);
  });

  it('takes secrets from ${ENV} references and names a missing one', () => {
    const config = parseConfig({ influx: { password: '${INFLUX_PW}' } }, { INFLUX_PW: 's3cret' });
    expect(config.influx.password).toBe('s3cret');
    expect(() => parseConfig({ influx: { password: '${MISSING_PW}' } }, {})).toThrow(
      /influx\.password refers to \$\{MISSING_PW\}, which is not set/,
    );
  });

  it('loads YAML from a file and resolves dataDir next to it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'benchline-config-'));
    const path = join(dir, 'benchline.yaml');
    await writeFile(path, 'dataDir: state\nhttp:\n  port: 9000\n');
    const config = await loadConfig(path);
    expect(config.dataDir).toBe(join(dir, 'state'));
    expect(config.http.port).toBe(9000);
    await writeFile(path, 'http: [oops');
    await expect(loadConfig(path)).rejects.toThrow(/not valid YAML/);
  });
});
