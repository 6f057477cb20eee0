import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { BenchlineConfig } from './config-schema.ts';
import type { Logger } from './logger.ts';
import { isNatsUser, natsInboxPrefix } from './nats-permissions.ts';

export interface NatsContext {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

/** Connects and keeps reconnecting forever: a broker restart must never take a service down. */
export async function connectNats(
  config: Pick<BenchlineConfig['nats'], 'servers' | 'user' | 'password'>,
  name: string,
  log: Logger,
): Promise<NatsContext> {
  const nc = await connect({
    servers: config.servers,
    name,
    user: config.user,
    pass: config.password,
    // A Benchline user may subscribe only to its own inbox prefix (nats-permissions.ts).
    ...(isNatsUser(config.user) ? { inboxPrefix: natsInboxPrefix(config.user) } : {}),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    waitOnFirstConnect: true,
  });
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnect')
        log.warn({ nats: status.type, server: status.server }, `nats ${status.type}`);
    }
  })();
  return { nc, js: jetstream(nc), jsm: await jetstreamManager(nc) };
}
