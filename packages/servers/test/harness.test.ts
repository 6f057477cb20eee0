import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInfluxd, startNats, startSshd, type Influxd, type NatsServer, type Sshd } from '../src/index.ts';

const run = promisify(execFile);

describe('test harness', () => {
  let nats: NatsServer;
  let sshd: Sshd;
  let influxd: Influxd;
  beforeAll(async () => {
    [nats, sshd, influxd] = await Promise.all([startNats(), startSshd(), startInfluxd()]);
  });
  afterAll(async () => {
    await Promise.all([nats?.close(), sshd?.close(), influxd?.close()]);
  });

  it('starts nats-server with JetStream on loopback', async () => {
    const connection = await connect({ servers: nats.url });
    const info = await (await jetstreamManager(connection)).getAccountInfo();
    await connection.close();
    expect(nats.url).toMatch(/^nats:\/\/127\.0\.0\.1:\d+$/);
    expect(info.limits).toBeDefined();
  });

  it('starts sshd that accepts the client key with the pinned host key', async () => {
    const knownHosts = `${sshd.dir}/known_hosts`;
    await import('node:fs/promises').then((fs) => fs.writeFile(knownHosts, `${sshd.knownHostsLine}\n`));
    const { stdout } = await run('ssh', [
      '-p',
      String(sshd.port),
      '-i',
      sshd.clientKey.privateKeyPath,
      '-o',
      `UserKnownHostsFile=${knownHosts}`,
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
      `${sshd.user}@127.0.0.1`,
      'echo',
      'minion-ok',
    ]);
    expect(stdout.trim()).toBe('minion-ok');
  });

  it('starts influxd that answers InfluxQL', async () => {
    const series = await influxd.query('', 'SHOW DATABASES');
    expect(series[0]?.columns).toEqual(['name']);
  });
});
