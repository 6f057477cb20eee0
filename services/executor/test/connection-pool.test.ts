import { chmod, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinionConfig } from '@benchline/core';
import { generateKeyPair, startSshd, until, type Sshd } from '@benchline/servers';
import type { NodeSSH } from 'node-ssh';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cutOffMinion } from '../../../test/reliability/support/minion-outage.ts';
import { HostKeyMismatchError, MinionUnreachableError } from '../src/errors.ts';
import { connectMinion } from '../src/ssh/connect.ts';
import { MinionConnectionPool } from '../src/ssh/connection-pool.ts';
import { minionFor, silentLogger } from './minion-helpers.ts';

let sshd: Sshd;
let minion: MinionConfig;
const pools: MinionConnectionPool[] = [];

beforeAll(async () => {
  sshd = await startSshd();
  minion = minionFor(sshd, '/unused');
});
afterEach(() => {
  for (const pool of pools.splice(0)) pool.close();
});
afterAll(async () => {
  await sshd?.close();
});

/** A pool over the real connectMinion that counts the connections it opens (or tries to). */
function countingPool(idleMs?: number) {
  const counter = { connects: 0 };
  const pool = new MinionConnectionPool({
    connect: (target) => {
      counter.connects++;
      return connectMinion(target, { logger: silentLogger });
    },
    logger: silentLogger,
    idleMs,
  });
  pools.push(pool);
  return { pool, counter };
}

async function echo(ssh: NodeSSH): Promise<string> {
  return (await ssh.execCommand('echo alive')).stdout;
}

describe('MinionConnectionPool against a real sshd', () => {
  it('hands the released connection to the next run instead of connecting again', async () => {
    const { pool, counter } = countingPool();
    const first = await pool.acquire(minion);
    expect(await echo(first)).toBe('alive');
    pool.release(first);
    const second = await pool.acquire(minion);
    expect(second).toBe(first);
    expect(await echo(second)).toBe('alive');
    expect(counter.connects).toBe(1);
    pool.release(second);
  });

  it('never hands one connection to two runs at once', async () => {
    const { pool, counter } = countingPool();
    const [a, b] = await Promise.all([pool.acquire(minion), pool.acquire(minion)]);
    expect(a).not.toBe(b);
    expect(counter.connects).toBe(2);
    pool.release(a);
    pool.release(b);
    // Only one is kept: the other is closed rather than piling up.
    expect([a.isConnected(), b.isConnected()]).toEqual([true, false]);
  });

  it('opens a new connection, checking the host key, when the pinned key changes, and refuses a mismatch', async () => {
    const { pool, counter } = countingPool();
    pool.release(await pool.acquire(minion));
    const other = await generateKeyPair(sshd.dir, 'pool_other_host_key');
    const repinned = { ...minion, hostKey: other.publicKey.split(' ').slice(0, 2).join(' ') };
    await expect(pool.acquire(repinned)).rejects.toThrow(HostKeyMismatchError);
    expect(counter.connects).toBe(2);
    // The connection made under the right pin is still there for runs that use that pin.
    await pool.acquire(minion);
    expect(counter.connects).toBe(2);
  });

  it('opens a new connection when the private key file changes', async () => {
    const { pool, counter } = countingPool();
    const first = await pool.acquire(minion);
    pool.release(first);
    const copiedKey = join(sshd.dir, 'pool_client_key_copy');
    await copyFile(sshd.clientKey.privateKeyPath, copiedKey);
    await chmod(copiedKey, 0o600);
    const second = await pool.acquire({ ...minion, privateKeyFile: copiedKey });
    expect(second).not.toBe(first);
    expect(counter.connects).toBe(2);
    pool.release(second);
  });

  it('drops a connection the minion closed, reconnects for the next run, and reports a minion that stays down as unreachable', async () => {
    const { pool, counter } = countingPool();
    const first = await pool.acquire(minion);
    pool.release(first);
    await cutOffMinion(sshd);
    try {
      await until(
        'the client noticed the dropped connection',
        async () => (first.isConnected() ? undefined : true),
        5_000,
        20,
      );
      await expect(pool.acquire(minion)).rejects.toThrow(MinionUnreachableError);
    } finally {
      await sshd.restart();
    }
    const second = await pool.acquire(minion);
    expect(second).not.toBe(first);
    expect(await echo(second)).toBe('alive');
    expect(counter.connects).toBe(3);
    pool.release(second);
  });

  it('closes a connection left idle longer than the idle time', async () => {
    const { pool, counter } = countingPool(300);
    const first = await pool.acquire(minion);
    pool.release(first);
    await until('the idle connection was closed', async () => (first.isConnected() ? undefined : true), 5_000, 20);
    const second = await pool.acquire(minion);
    expect(second).not.toBe(first);
    expect(counter.connects).toBe(2);
    pool.release(second);
  });

  it('on close, closes idle connections at once and busy ones when released, and opens no more', async () => {
    const { pool } = countingPool();
    const idle = await pool.acquire(minion);
    const busy = await pool.acquire(minion);
    pool.release(idle);
    pool.close();
    expect(idle.isConnected()).toBe(false);
    expect(await echo(busy)).toBe('alive');
    pool.release(busy);
    expect(busy.isConnected()).toBe(false);
    await expect(pool.acquire(minion)).rejects.toThrow(/closed/);
  });
});
