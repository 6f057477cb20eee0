import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
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

  /** Runs `command` over SSH on `server`, pinning its host key. */
  const overSsh = async (server: Sshd, command: string) => {
    const knownHosts = `${server.dir}/known_hosts`;
    await writeFile(knownHosts, `${server.knownHostsLine}\n`);
    const options = [`UserKnownHostsFile=${knownHosts}`, 'StrictHostKeyChecking=yes', 'BatchMode=yes'];
    const { stdout } = await run('ssh', [
      ...['-p', String(server.port), '-i', server.clientKey.privateKeyPath],
      ...options.flatMap((option) => ['-o', option]),
      `${server.user}@127.0.0.1`,
      command,
    ]);
    return stdout.trim();
  };

  it('starts sshd that accepts the client key with the pinned host key', async () => {
    expect(await overSsh(sshd, 'echo minion-ok')).toBe('minion-ok');
  });

  // bash sources ~/.bashrc for sshd only as a top-level shell (SHLVL 1 once it has counted itself).
  it("runs commands without the user's ~/.bashrc unless asked to", async () => {
    const withBashrc = await startSshd({ userBashrc: true });
    try {
      expect(await overSsh(sshd, 'echo $SHLVL')).toBe('2');
      expect(await overSsh(withBashrc, 'echo $SHLVL')).toBe('1');
    } finally {
      await withBashrc.close();
    }
  });

  it('starts influxd that answers InfluxQL', async () => {
    const series = await influxd.query('', 'SHOW DATABASES');
    expect(series[0]?.columns).toEqual(['name']);
  });
});
