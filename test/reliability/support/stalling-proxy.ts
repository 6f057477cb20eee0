import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy whose path can go silent: what a minion behind a dead switch looks like. */
export interface StallingProxy {
  readonly port: number;
  /**
   * Stops forwarding in both directions without closing anything: bytes stay in the sockets'
   * buffers, no FIN or RST reaches either end, as when a network path is gone.
   */
  stall(): void;
  /** Forwards again, what was held first. */
  resume(): void;
  /** Connections the proxy carried so far. */
  readonly connections: number;
  close(): Promise<void>;
}

export async function startStallingProxy(target: { host: string; port: number }): Promise<StallingProxy> {
  const sockets = new Set<Socket>();
  let stalled = false;
  let connections = 0;
  const hold = (socket: Socket) => {
    socket.pause();
    socket.cork();
  };
  const release = (socket: Socket) => {
    socket.uncork();
    socket.resume();
  };
  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => {
      if (!to.write(chunk)) from.pause();
    });
    to.on('drain', () => {
      if (!stalled) from.resume();
    });
    from.on('close', () => to.destroy());
    from.on('error', () => to.destroy());
  };
  const server = createServer((client) => {
    connections++;
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      if (stalled) hold(socket);
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the proxy has no address');
  return {
    port: address.port,
    stall: () => {
      stalled = true;
      for (const socket of sockets) hold(socket);
    },
    resume: () => {
      stalled = false;
      for (const socket of sockets) release(socket);
    },
    get connections() {
      return connections;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
