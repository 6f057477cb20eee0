import type { MinionConfig } from '@benchline/core';
import type { NodeSSH } from 'node-ssh';
import type { Logger } from 'pino';

export interface MinionConnectionPoolOptions {
  /** Opens a new connection; it must check the pinned host key (connectMinion does). */
  readonly connect: (minion: MinionConfig) => Promise<NodeSSH>;
  readonly logger: Logger;
  /** How long a released connection is kept open for the next run. Default 60 s. */
  readonly idleMs?: number;
}

interface IdleConnection {
  readonly ssh: NodeSSH;
  readonly timer: NodeJS.Timeout;
  readonly onClosed: () => void;
}

const DEFAULT_IDLE_MS = 60_000;

/**
 * Keeps a minion's SSH connection open between runs, which saves each run the TCP + SSH handshake +
 * authentication. A connection is handed to one run at a time and reused only for the exact same
 * host, port, user, pinned host key and private key file: a changed pin or key always means a new
 * connection, whose host key is checked. A connection that failed or closed is never handed out again.
 */
export class MinionConnectionPool {
  private readonly idle = new Map<string, IdleConnection>();
  private readonly inUse = new Map<NodeSSH, string>();
  private readonly failed = new WeakSet<NodeSSH>();
  private closed = false;

  constructor(private readonly options: MinionConnectionPoolOptions) {}

  /** An open connection to the minion: the idle one if it is still up, else a new one. Give it back with release(). */
  async acquire(minion: MinionConfig): Promise<NodeSSH> {
    if (this.closed) throw new Error('the SSH connection pool is closed');
    const key = connectionKey(minion);
    const cached = this.takeIdle(key);
    if (cached && this.isUsable(cached)) {
      this.options.logger.debug({ host: minion.host, port: minion.port }, 'reusing the SSH connection to the minion');
      this.inUse.set(cached, key);
      return cached;
    }
    cached?.dispose();
    const ssh = await this.options.connect(minion);
    ssh.connection?.on('error', () => this.failed.add(ssh));
    this.inUse.set(ssh, key);
    return ssh;
  }

  /** Keeps the connection for the next run, or closes it when it failed, the pool is closed or another one is already kept. */
  release(ssh: NodeSSH): void {
    const key = this.inUse.get(ssh);
    this.inUse.delete(ssh);
    if (key === undefined || this.closed || !this.isUsable(ssh) || this.idle.has(key)) {
      ssh.dispose();
      return;
    }
    const onClosed = () => this.takeIdle(key)?.dispose();
    const timer = setTimeout(onClosed, this.options.idleMs ?? DEFAULT_IDLE_MS).unref();
    ssh.connection!.once('close', onClosed);
    this.idle.set(key, { ssh, timer, onClosed });
  }

  /** Closes the idle connections now and every connection in use when it is released. */
  close(): void {
    this.closed = true;
    for (const key of [...this.idle.keys()]) this.takeIdle(key)?.dispose();
  }

  private takeIdle(key: string): NodeSSH | undefined {
    const entry = this.idle.get(key);
    if (!entry) return undefined;
    this.idle.delete(key);
    clearTimeout(entry.timer);
    entry.ssh.connection?.removeListener('close', entry.onClosed);
    return entry.ssh;
  }

  private isUsable(ssh: NodeSSH): boolean {
    return ssh.isConnected() && !this.failed.has(ssh);
  }
}

/** Everything that identifies a connection: reusing one across any change of these would bypass a check. */
function connectionKey(minion: MinionConfig): string {
  return JSON.stringify([minion.host, minion.port, minion.user, minion.hostKey.trim(), minion.privateKeyFile]);
}
