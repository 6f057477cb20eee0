/** One node's own copy of a stream: what it stored, and who it thinks leads the stream. */
export interface NodeStreamState {
  messages: number;
  firstSeq: number;
  lastSeq: number;
  leader: string | undefined;
}

/** What one nats-server's monitoring endpoint `/jsz` says about JetStream, as seen by that node. */
export interface JetStreamMonitor {
  readonly url: string;
  /** The name of the meta group's leader this node knows of, if any. */
  metaLeader(): Promise<string | undefined>;
  /** This node's copy of `stream` (in any account), or undefined if it holds none. */
  stream(stream: string): Promise<NodeStreamState | undefined>;
}

interface Jsz {
  meta_cluster?: { leader?: string };
  account_details?: {
    stream_detail?: {
      name: string;
      cluster?: { leader?: string };
      state: { messages: number; first_seq: number; last_seq: number };
    }[];
  }[];
}

export function jetStreamMonitor(url: string): JetStreamMonitor {
  const jsz = async (query: string): Promise<Jsz> => {
    const response = await fetch(`${url}/jsz${query}`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`${url}/jsz${query} answered ${response.status}`);
    return (await response.json()) as Jsz;
  };
  return {
    url,
    metaLeader: async () => (await jsz('')).meta_cluster?.leader || undefined,
    stream: async (stream) => {
      const details = (await jsz('?accounts=true&streams=true')).account_details ?? [];
      const found = details.flatMap((account) => account.stream_detail ?? []).find((s) => s.name === stream);
      if (!found) return undefined;
      const { messages, first_seq, last_seq } = found.state;
      return { messages, firstSeq: first_seq, lastSeq: last_seq, leader: found.cluster?.leader || undefined };
    },
  };
}
