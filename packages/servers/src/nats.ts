import { join } from 'node:path';
import { launchNats, portOf } from './nats-process.ts';
import { serverDir, type ServerProcess } from './server-process.ts';

export interface NatsServer {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Stops the server, keeping its JetStream store. */
  stop(): Promise<void>;
  /** Kills the server (SIGKILL, a crash), keeping its JetStream store as the crash left it. */
  kill(): Promise<void>;
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
    const args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir];
    if (options.configFile) args.unshift('-c', options.configFile);
    const launched = await launchNats(args, dir.path);
    server = launched.server;
    port = portOf(launched.urls.nats, 'client');
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
    kill: () => server.kill(),
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
