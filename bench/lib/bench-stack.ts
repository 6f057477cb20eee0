import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { MinionConfig } from '@benchline/core';
import { requestRun, startStack, MINION_NAME, type Stack } from '@benchline/local';
import { makeTempDir, startSshd, type Sshd } from '@benchline/servers';
import { finishRun } from './finish-run.ts';
import { NOOP_SUITE_NAME, noopSuiteConfig, prepareNoopRepository } from './noop-suite.ts';
import { timedRunOf, type TimedRun } from './stages.ts';

export interface BenchStack {
  stack: Stack;
  nc: NatsConnection;
  /** Every minion's name: "local" first, then the extra ones. */
  minions: string[];
  dataDir: string;
  /** POSTs a run of the no-op suite and waits for its published event; throws if it failed. */
  run(body: { minion?: string; parameters?: Record<string, string> }): Promise<TimedRun>;
  close(): Promise<void>;
}

const RUN_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The local stack (separate service processes) in a fresh temp data dir, with the no-op suite and
 * `minionCount` minions: "local" plus loopback sshd instances of their own. The minions run
 * commands as a benchmark host would, without the login user's `~/.bashrc` (bench/README.md,
 * "Minions").
 */
export async function startBenchStack(options: {
  minionCount?: number;
  say(message: string): void;
}): Promise<BenchStack> {
  const dir = await makeTempDir('bench');
  const extraSshds: Sshd[] = [];
  try {
    const extraMinions: Record<string, MinionConfig> = {};
    for (let index = 2; index <= (options.minionCount ?? 1); index++) {
      const name = `minion-${index}`;
      const sshd = await startSshd({ dir: join(dir.path, `sshd-${name}`) });
      extraSshds.push(sshd);
      extraMinions[name] = {
        host: sshd.host,
        port: sshd.port,
        user: sshd.user,
        privateKeyFile: sshd.clientKey.privateKeyPath,
        hostKey: sshd.hostKey,
        workDir: join(dir.path, 'minions', name),
      };
    }
    const repo = await prepareNoopRepository(join(dir.path, 'noop-suite'));
    const stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: options.say,
      extraSuites: { [NOOP_SUITE_NAME]: noopSuiteConfig(repo) },
      extraMinions,
      // What is measured is the pipeline's own cost; the canary's (about 0.5 s of CPU a run, a
      // deliberate part of each run) is bench:noise's to measure.
      configOverrides: { noise: { canary: false } },
    });
    const nc = await connect({ servers: stack.nats.url, name: 'benchline-bench' });
    return {
      stack,
      nc,
      minions: [MINION_NAME, ...Object.keys(extraMinions)],
      dataDir: dir.path,
      run: async (body) => {
        const postedAt = Date.now();
        const { runId } = await requestRun(stack, { suite: NOOP_SUITE_NAME, ...body });
        const acceptedAt = Date.now();
        const published = await finishRun(nc, runId, `run ${runId}`, RUN_TIMEOUT_MS);
        return timedRunOf(published, { postedAt, acceptedAt, observedAt: Date.now() });
      },
      close: async () => {
        await nc.close();
        await stack.stop();
        for (const sshd of extraSshds) await sshd.stop();
        await dir.remove();
      },
    };
  } catch (error) {
    for (const sshd of extraSshds) await sshd.stop();
    await dir.remove();
    throw error;
  }
}
