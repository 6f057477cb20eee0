import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startProcess, waitFor, type ServerProcess } from './server-process.ts';

/** The URLs a running nats-server listens on, from the ports file it writes (`--ports_file_dir`). */
export interface NatsListenUrls {
  nats: string[];
  monitoring?: string[];
  cluster?: string[];
}

export interface LaunchedNats {
  server: ServerProcess;
  urls: NatsListenUrls;
}

/** Starts `nats-server` with `args` and waits until it has written its ports file into `portsDir`. */
export async function launchNats(args: string[], portsDir: string): Promise<LaunchedNats> {
  const server = startProcess('nats-server', [...args, '--ports_file_dir', portsDir]);
  const portsFile = `nats-server_${server.child.pid}.ports`;
  const urls = await waitFor(
    'nats-server',
    async () => {
      const files = await readdir(portsDir);
      if (!files.includes(portsFile)) return undefined;
      return JSON.parse(await readFile(join(portsDir, portsFile), 'utf8')) as NatsListenUrls;
    },
    server,
  );
  return { server, urls };
}

/** The port of the first URL of a listener, e.g. `nats://127.0.0.1:4222` → 4222. */
export const portOf = (urls: string[] | undefined, what: string): number => {
  const first = urls?.[0];
  if (!first) throw new Error(`nats-server reported no ${what} listener`);
  return Number(new URL(first).port);
};
