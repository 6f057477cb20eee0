import type { StageName } from '@benchline/core';
import type { Window } from '../reliability/support/windows.ts';

/** How a run was requested: the three entry points of the README, or a source the soak did not use. */
export const ENTRY_POINTS = ['http', 'schedule', 'nats'] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number] | 'other';

export const FAULT_KINDS = ['service-kill', 'nats-restart', 'influxdb-restart', 'sshd-restart', 'ipfs-outage'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One fault the chaos driver injected, and whether the system came back from it. */
export interface FaultRecord {
  kind: FaultKind;
  /** The service, node or minion it hit. */
  target: string;
  at: number;
  /** Why the fault did not heal (a killed service that was not restarted, say); absent when it did. */
  problem?: string;
  /** The pid of a killed service process: its exit is the chaos driver's, not a crash. */
  killedPid?: number;
}

/** A run the load generator had accepted: HTTP 202, or a JetStream publish acknowledgement. */
export interface AcceptedRun {
  runId: string;
  minion: string;
  entry: EntryPoint;
}

/** What the RUNS stream holds about one run (every stored message, not only the last per subject). */
export interface RunRecord {
  runId: string;
  minion: string;
  entry: EntryPoint;
  /** How many events of each stage the stream holds for the run. */
  events: Partial<Record<StageName, number>>;
  failure?: { stage: string; code: string; reason: string };
  publication?: { cid: string; points: number };
}

/** One minion's state after the soak, read on this machine (every minion is a loopback sshd). */
export interface MinionObservation {
  name: string;
  workDirFound: boolean;
  /** The fast suite's execution windows, or why they could not be read (missing or empty file). */
  windows: Window[] | { error: string };
  /** Entries left under `<workDir>/runs/` (each run's output dir, which cleanup removes). */
  leftoverFiles: string[];
}

/** A run's bundle fetched by CID from the IPFS gateway. */
export interface BundleCheck {
  runId: string;
  cid: string;
  /** `request.runId` of the bundle's manifest.json, when it could be fetched. */
  manifestRunId?: string;
  error?: string;
}

/** Everything the invariant checker judges, gathered once the soak has drained. */
export interface SoakObservations {
  accepted: AcceptedRun[];
  /** Requests the load generator gave up on: still refused after minutes of retries. */
  refused: string[];
  runs: RunRecord[];
  /** Run id → how many `benchmark_result` points carry it in InfluxDB. */
  points: Record<string, number>;
  minions: MinionObservation[];
  /** Minion leases still held. */
  leases: { minion: string; runId: string }[];
  /** Live processes on this machine carrying a soak run's marker (`BENCHLINE_RUN_ID`). */
  leftoverProcesses: { runId: string; pid: number }[];
  bundles: BundleCheck[];
  faults: FaultRecord[];
  /** Service process exits nobody asked for (`<service> pid <pid> exited (<signal>)`), chaos kills included. */
  serviceExits: string[];
}
