import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, serverDir, startProcess, waitFor, type ServerProcess } from './server-process.ts';

export interface InfluxSeries {
  name: string;
  tags?: Record<string, string>;
  columns: string[];
  values: unknown[][];
}

export interface Influxd {
  /** Base URL of the v1 HTTP API, e.g. `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Runs an InfluxQL query (as the admin user when authentication is on) and returns the first statement's series. */
  query(database: string, influxql: string): Promise<InfluxSeries[]>;
  /** Runs a statement that changes something (`CREATE USER`, `GRANT`, `CREATE DATABASE`) as the admin user. */
  execute(influxql: string): Promise<void>;
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface InfluxdOptions {
  /** Keep the data here instead of in a temp dir that close() removes. */
  dir?: string;
  /** HTTP API port; default: a random free port. */
  port?: number;
  /** Authentication on (`auth-enabled`), with this admin user created at the first start. */
  admin?: { username: string; password: string };
}

/** A real `influxd` (1.x, v1 HTTP API) on a loopback port, its data in a temp dir unless told otherwise. */
export async function startInfluxd(options: InfluxdOptions = {}): Promise<Influxd> {
  const dir = await serverDir('influxd', options.dir);
  const httpPort = options.port ?? (await freePort());
  const rpcPort = await freePort();
  const configPath = join(dir.path, 'influxdb.conf');
  await writeFile(
    configPath,
    [
      'reporting-disabled = true',
      `bind-address = "127.0.0.1:${rpcPort}"`,
      '[meta]',
      `  dir = "${join(dir.path, 'meta')}"`,
      '[data]',
      `  dir = "${join(dir.path, 'data')}"`,
      `  wal-dir = "${join(dir.path, 'wal')}"`,
      '  query-log-enabled = false',
      '[http]',
      `  bind-address = "127.0.0.1:${httpPort}"`,
      `  auth-enabled = ${options.admin !== undefined}`,
      '  log-enabled = false',
      '[monitor]',
      '  store-enabled = false',
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${httpPort}`;
  const { admin } = options;
  const headers: Record<string, string> = admin
    ? { authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}` }
    : {};
  const answer = async (response: Response) => {
    const body = (await response.json()) as { results?: { series?: InfluxSeries[]; error?: string }[]; error?: string };
    const result = body.results?.[0];
    if (!response.ok || body.error || result?.error)
      throw new Error(`InfluxQL failed: ${body.error ?? result?.error ?? response.status}`);
    return result?.series ?? [];
  };
  const execute = async (influxql: string) => {
    await answer(await fetch(`${url}/query`, { method: 'POST', headers, body: new URLSearchParams({ q: influxql }) }));
  };
  let server: ServerProcess;
  let running = false;
  const start = async () => {
    server = startProcess('influxd', ['-config', configPath]);
    await waitFor('influxd', async () => ((await fetch(`${url}/ping`)).status === 204 ? true : undefined), server);
    running = true;
  };
  await start();
  // With authentication on and no user yet, InfluxDB takes one statement without credentials: the first admin's creation.
  if (admin)
    await execute(`CREATE USER "${admin.username}" WITH PASSWORD '${admin.password}' WITH ALL PRIVILEGES`).catch(
      async (error: unknown) => {
        await server.stop();
        throw error;
      },
    );

  return {
    url,
    async query(database, influxql) {
      return answer(
        await fetch(`${url}/query?${new URLSearchParams({ db: database, q: influxql, epoch: 'ns' })}`, { headers }),
      );
    },
    execute,
    stop: async () => {
      running = false;
      await server.stop();
    },
    start: async () => {
      if (!running) await start();
    },
    close: async () => {
      await server.stop();
      await dir.remove();
    },
  };
}
