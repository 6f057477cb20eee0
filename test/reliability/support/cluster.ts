import type { JetStreamManager } from '@nats-io/jetstream';
import { eventSubject, parseEventSubject, RUNS_STREAM, type StageName } from '@benchline/core';
import { until, type NatsCluster, type NodeStreamState } from '@benchline/servers';

/**
 * Waits until every node of the cluster holds the same copy of `stream`: a restarted node has caught
 * up. `same` compares two copies: by default message count, first and last sequence. Resolves
 * with the copies by node name.
 */
export async function waitForCopiesInSync(
  cluster: NatsCluster,
  stream: string,
  timeoutMs: number,
  same: (copy: NodeStreamState) => string = ({ messages, firstSeq, lastSeq }) => `${messages}/${firstSeq}/${lastSeq}`,
): Promise<Map<string, NodeStreamState>> {
  let last = new Map<string, NodeStreamState>();
  return until(
    `every node to hold the same copy of ${stream}`,
    async () => {
      last = await cluster.streamStates(stream);
      const copies = new Set([...last.values()].map(same));
      return last.size === cluster.nodes.length && copies.size === 1 ? last : undefined;
    },
    timeoutMs,
    250,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; copies: ${JSON.stringify(Object.fromEntries(last))}`);
  });
}

/** How many events of `stage` the RUNS stream holds for each run id (a run published twice counts 2). */
export async function stageEventCounts(jsm: JetStreamManager, stage: StageName): Promise<Map<string, number>> {
  const { state } = await jsm.streams.info(RUNS_STREAM, { subjects_filter: eventSubject(stage, '*', '*') });
  const counts = new Map<string, number>();
  for (const [subject, count] of Object.entries(state.subjects ?? {})) {
    const runId = parseEventSubject(subject)?.runId ?? subject;
    counts.set(runId, (counts.get(runId) ?? 0) + count);
  }
  return counts;
}
