import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { decodeEvent, parseEventSubject, RUNS_STREAM, Stage, TriggerSource, type RunRequest } from '@benchline/core';
import { liveProcesses, until } from '@benchline/servers';
import type { ReliabilityStack } from '../reliability/support/reliability-stack.ts';
import { leaseHolder } from '../reliability/support/runs.ts';
import { deadServices } from '../reliability/support/service-logs.ts';
import { WINDOWS_FILE } from '../reliability/support/suites.ts';
import { readWindows } from '../reliability/support/windows.ts';
import type { LoadResult } from './load.ts';
import type {
  BundleCheck,
  EntryPoint,
  FaultRecord,
  MinionObservation,
  RunRecord,
  SoakObservations,
} from './observations.ts';

/** The environment variable every process of a run carries (README, "Writing a suite"). */
const RUN_MARKER = 'BENCHLINE_RUN_ID=';
/** A release that follows a run's last event by a moment is not a lease left held. */
const LEASE_SETTLE_MS = 15_000;

const ENTRY_OF: Partial<Record<TriggerSource, EntryPoint>> = {
  [TriggerSource.TRIGGER_SOURCE_HTTP]: 'http',
  [TriggerSource.TRIGGER_SOURCE_SCHEDULE]: 'schedule',
  [TriggerSource.TRIGGER_SOURCE_NATS]: 'nats',
};

/** Every run in the RUNS stream with a count of its events per stage: every stored message is read, duplicates included. */
export async function readRuns(js: JetStreamClient, jsm: JetStreamManager): Promise<RunRecord[]> {
  const runs = new Map<string, RunRecord>();
  const { state } = await jsm.streams.info(RUNS_STREAM);
  if (state.messages === 0) return [];
  const messages = await (await js.consumers.get(RUNS_STREAM)).consume();
  for await (const message of messages) {
    const address = parseEventSubject(message.subject);
    if (address) {
      const event = decodeEvent(address.stage, message.data);
      const request = event.message.request as RunRequest | null | undefined;
      const run = runs.get(address.runId) ?? {
        runId: address.runId,
        minion: address.minion,
        entry: (request && ENTRY_OF[request.source]) ?? 'other',
        events: {},
      };
      run.events[address.stage] = (run.events[address.stage] ?? 0) + 1;
      if (event.stage === 'failed') {
        const { stage, code, reason } = event.message;
        run.failure = { stage: Stage[stage] ?? String(stage), code: code ?? '', reason: reason ?? '' };
      }
      if (event.stage === 'published')
        run.publication = {
          cid: event.message.publication?.cid ?? '',
          points: event.message.publication?.points ?? 0,
        };
      runs.set(address.runId, run);
    }
    if (message.info.pending === 0) break;
  }
  return [...runs.values()];
}

const finished = (run: RunRecord) =>
  (run.events.published ?? 0) + (run.events.failed ?? 0) + (run.events.cancelled ?? 0) > 0;

/**
 * Waits until every run in the stream and every accepted run has ended, or `timeoutMs` passed (the
 * checker then reports the rest as stuck). Returns how many runs were still unfinished.
 */
export async function drain(env: ReliabilityStack, acceptedIds: string[], timeoutMs: number): Promise<number> {
  let unfinished = Number.NaN;
  await until(
    'every run to finish',
    async () => {
      const runs = await readRuns(env.js, env.jsm).catch(() => undefined);
      if (!runs) return undefined;
      const done = new Set(runs.filter(finished).map((run) => run.runId));
      unfinished = new Set([...runs.map((run) => run.runId), ...acceptedIds].filter((id) => !done.has(id))).size;
      return unfinished === 0 ? true : undefined;
    },
    timeoutMs,
    2_000,
  ).catch(() => undefined);
  return unfinished;
}

/** Gathers what the invariants judge, once the runs have drained. */
export async function observe(
  env: ReliabilityStack,
  minions: readonly string[],
  load: LoadResult,
  faults: FaultRecord[],
): Promise<SoakObservations> {
  const runs = await readRuns(env.js, env.jsm);
  const runIds = new Set([...runs.map((run) => run.runId), ...load.accepted.map((run) => run.runId)]);
  return {
    accepted: load.accepted,
    refused: load.refused,
    runs,
    points: await pointsPerRun(env),
    minions: await Promise.all(minions.map((minion) => observeMinion(minion, env.workDir(minion)))),
    leases: await heldLeases(env, minions),
    leftoverProcesses: runProcesses(runIds),
    bundles: await fetchBundles(env, runs),
    faults,
    serviceExits: deadServices(env.stack),
  };
}

async function pointsPerRun({ stack }: ReliabilityStack): Promise<Record<string, number>> {
  const [series] = await stack.influxd.query(stack.config.influx.database, 'SELECT run_id FROM benchmark_result');
  const points: Record<string, number> = {};
  for (const [, runId] of series?.values ?? []) points[String(runId)] = (points[String(runId)] ?? 0) + 1;
  return points;
}

async function observeMinion(name: string, workDir: string): Promise<MinionObservation> {
  const workDirFound = await stat(workDir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  const windows = await readWindows(join(workDir, WINDOWS_FILE)).catch((error: Error) => ({ error: error.message }));
  const leftoverFiles = await readdir(join(workDir, 'runs')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return { name, workDirFound, windows, leftoverFiles };
}

async function heldLeases(env: ReliabilityStack, minions: readonly string[]) {
  const holders = async () => {
    const found = await Promise.all(
      minions.map(async (minion) => ({ minion, runId: await leaseHolder(env.js, minion) })),
    );
    return found.flatMap(({ minion, runId }) => (runId ? [{ minion, runId }] : []));
  };
  const held = await until(
    'every lease to be released',
    async () => ((await holders()).length === 0 ? [] : undefined),
    LEASE_SETTLE_MS,
    500,
  ).catch(() => undefined);
  return held ?? holders();
}

/** The live processes of this machine (every minion's) that carry one of the runs' marker. */
function runProcesses(runIds: Set<string>): { runId: string; pid: number }[] {
  const markerOf = (entries: string[]) =>
    entries.find((entry) => entry.startsWith(RUN_MARKER) && runIds.has(entry.slice(RUN_MARKER.length)));
  return liveProcesses('environ', (entries) => markerOf(entries) !== undefined).flatMap((pid) => {
    const marker = markerOf(readEnvironment(pid));
    return marker ? [{ runId: marker.slice(RUN_MARKER.length), pid }] : [];
  });
}

function readEnvironment(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

/** Each published run's bundle, fetched by CID from the publisher's IPFS gateway. */
async function fetchBundles(env: ReliabilityStack, runs: RunRecord[]): Promise<BundleCheck[]> {
  const checks: BundleCheck[] = [];
  for (const run of runs) {
    const cid = run.publication?.cid;
    if (!cid) continue;
    const check: BundleCheck = { runId: run.runId, cid };
    try {
      const response = await fetch(`${env.stack.gatewayUrl}/ipfs/${cid}/manifest.json`, {
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) check.error = `HTTP ${response.status}`;
      else check.manifestRunId = ((await response.json()) as { request?: { runId?: string } }).request?.runId;
    } catch (error) {
      check.error = (error as Error).message;
    }
    checks.push(check);
  }
  return checks;
}
