import {
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  type StreamInfo,
} from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { Objm } from '@nats-io/obj';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from './logger.ts';
import { RUN_INDEX_BUCKET, RunIndex } from './run-index.ts';
import { RUNS_STREAM } from './subjects.ts';
import { ARTIFACTS_BUCKET, CHANGES_BUCKET, LEASES_BUCKET, RUNS_BUCKET, type Buckets } from './topology.ts';

/**
 * For services whose NATS user may not create streams (nats-permissions.ts): waits until the
 * topology exists — created by `benchline-init` with the admin user — then opens the buckets
 * without creating or changing anything.
 */
export async function bindTopology(
  jsm: JetStreamManager,
  js: JetStreamClient,
  log: Logger,
  retryMs = 2_000,
): Promise<Buckets> {
  const streams = [
    RUNS_STREAM,
    `KV_${RUNS_BUCKET}`,
    `KV_${RUN_INDEX_BUCKET}`,
    `KV_${LEASES_BUCKET}`,
    `OBJ_${ARTIFACTS_BUCKET}`,
    `KV_${CHANGES_BUCKET}`,
  ];
  for (;;) {
    const infos = await Promise.all(streams.map((stream) => streamInfo(jsm, stream)));
    const [events, runs, runIndex, leases, artifacts, changes] = infos;
    if (events && runs && runIndex && leases && artifacts && changes) {
      const kvm = new Kvm(js);
      return {
        runs: await kvm.open(RUNS_BUCKET, { allow_direct: runs.config.allow_direct }),
        runIndex: new RunIndex(await kvm.open(RUN_INDEX_BUCKET, { allow_direct: runIndex.config.allow_direct }), jsm),
        leases: await kvm.open(LEASES_BUCKET, { allow_direct: leases.config.allow_direct }),
        artifacts: await new Objm(js).open(ARTIFACTS_BUCKET),
        changes: await kvm.open(CHANGES_BUCKET, { allow_direct: changes.config.allow_direct }),
      };
    }
    const missing = streams.filter((_, index) => !infos[index]);
    log.warn({ missing }, 'waiting for the NATS topology: create it with benchline-init (admin user)');
    await sleep(retryMs);
  }
}

async function streamInfo(jsm: JetStreamManager, stream: string): Promise<StreamInfo | undefined> {
  try {
    return await jsm.streams.info(stream);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) return undefined;
    throw error;
  }
}
