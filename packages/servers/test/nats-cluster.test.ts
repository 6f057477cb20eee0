import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsCluster, until, type NatsCluster } from '../src/index.ts';

describe('NATS cluster harness', () => {
  let cluster: NatsCluster;
  beforeAll(async () => {
    cluster = await startNatsCluster({ size: 3 });
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('keeps a 3-replica stream writable through the kill of its leader, then the restarted node catches up', async () => {
    expect(cluster.urls).toHaveLength(3);
    for (const url of cluster.urls) expect(url).toMatch(/^nats:\/\/127\.0\.0\.1:\d+$/);
    const connection = await connect({ servers: cluster.urls, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    try {
      const jsm = await jetstreamManager(connection);
      const js = jetstream(connection);
      await jsm.streams.add({ name: 'HARNESS', subjects: ['harness.>'], num_replicas: 3 });
      for (let i = 0; i < 10; i++) await js.publish('harness.before', String(i));

      const leader = await cluster.streamLeader('HARNESS');
      expect((await jsm.streams.info('HARNESS')).cluster?.leader).toBe(leader.name);
      expect(cluster.nodes.map((node) => node.name)).toContain((await cluster.metaLeader()).name);
      await leader.kill();
      expect(leader.running).toBe(false);
      const successor = await cluster.streamLeader('HARNESS');
      expect(successor.name).not.toBe(leader.name);
      for (let i = 0; i < 10; i++) await js.publish('harness.during', String(i), { timeout: 10_000 });
      expect((await jsm.streams.info('HARNESS')).state.messages).toBe(20);
      expect([...(await cluster.streamStates('HARNESS')).keys()]).not.toContain(leader.name);

      await leader.restart();
      const states = await until('the restarted node to hold all 20 messages', async () => {
        const current = await cluster.streamStates('HARNESS');
        return current.get(leader.name)?.messages === 20 ? current : undefined;
      });
      expect([...states.values()].map(({ messages, lastSeq }) => ({ messages, lastSeq }))).toEqual(
        Array(3).fill({ messages: 20, lastSeq: 20 }),
      );
    } finally {
      await connection.close();
    }
  }, 60_000);
});
