import { benchline } from './generated/run.js';

/** Generated protobuf classes for `proto/benchline/v1/run.proto`. */
export const proto = benchline.v1;

export type RunRequest = benchline.v1.RunRequest;
export type RunRequested = benchline.v1.RunRequested;
export type RunProvisioned = benchline.v1.RunProvisioned;
export type RunExecuted = benchline.v1.RunExecuted;
export type RunPublished = benchline.v1.RunPublished;
export type RunFailed = benchline.v1.RunFailed;
export type RunAnalyzed = benchline.v1.RunAnalyzed;
export type RunCancelled = benchline.v1.RunCancelled;
export type Analysis = benchline.v1.Analysis;
export type SeriesVerdict = benchline.v1.SeriesVerdict;
/** A SeriesVerdict as decoded messages carry it (plain fields, every one optional). */
export type SeriesVerdictFields = benchline.v1.SeriesVerdict.$Properties;
export type SeriesKey = benchline.v1.SeriesKey;
export type CommitOrder = benchline.v1.CommitOrder;
export type Provisioning = benchline.v1.Provisioning;
export type Execution = benchline.v1.Execution;
export type BenchmarkExecution = benchline.v1.BenchmarkExecution;
export type Artifact = benchline.v1.Artifact;
export type HostFacts = benchline.v1.HostFacts;
export type Publication = benchline.v1.Publication;
export const TriggerSource = benchline.v1.TriggerSource;
export type TriggerSource = benchline.v1.TriggerSource;
export const Stage = benchline.v1.Stage;
export type Stage = benchline.v1.Stage;
export const Verdict = benchline.v1.Verdict;
export type Verdict = benchline.v1.Verdict;
export const BenchmarkStatus = benchline.v1.BenchmarkStatus;
export type BenchmarkStatus = benchline.v1.BenchmarkStatus;
