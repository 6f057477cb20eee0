import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serverDir, startProcess, waitFor, type ServerProcess } from './server-process.ts';

export interface NatsServer {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Stops the server, keeping its JetStream store. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same store. */
  restart(): Promise<void>;
  /** Stops the server and removes its store. */
  close(): Promise<void>;
}

export interface NatsServerOptions {
  /** Extra nats-server config file (e.g. authorization); passed with `-c`. */
  configFile?: string;
  /** Keep the store here instead of in a temp dir that close() removes. */
  dir?: string;
  /** Default: a random free port. */
  port?: number;
}

/** A real `nats-server` with JetStream on a random loopback port and a temp store. */
export async function startNats(options: NatsServerOptions = {}): Promise<NatsServer> {
  const dir = await serverDir('nats', options.dir);
  const storeDir = join(dir.path, 'jetstream');
  let port = options.port ?? -1;
  let server: ServerProcess;

  const launch = async () => {
    const args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir, '--ports_file_dir', dir.path];
    if (options.configFile) args.unshift('-c', options.configFile);
    server = startProcess('nats-server', args);
    const portsFile = `nats-server_${server.child.pid}.ports`;
    const ports = await waitFor(
      'nats-server',
      async () => {
        const files = await readdir(dir.path);
        if (!files.includes(portsFile)) return undefined;
        return JSON.parse(await readFile(join(dir.path, portsFile), 'utf8')) as { nats: string[] };
      },
      server,
    );
    port = Number(new URL(ports.nats[0]!).port);
  };
  await launch();

  return {
    get url() {
      return `nats://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    storeDir,
    stop: () => server.stop(),
    restart: async () => {
      await server.stop();
      await launch();
    },
    close: async () => {
      await server.stop();
      await dir.remove();
    },
  };
}
