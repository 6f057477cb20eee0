import { proto, nowIso, type BenchlineConfig, type RunRequest, type TriggerSource } from '@benchline/core';

export interface RequestInput {
  runId: string;
  suite: string;
  ref?: string | undefined;
  benchmarks?: string[] | undefined;
  parameters?: Record<string, string> | undefined;
  minion?: string | undefined;
  tags?: string[] | undefined;
  source: TriggerSource;
  requestedBy: string;
}

/** The minion a request without one runs on: `defaultMinion`, or the only minion there is. */
export function defaultMinion(config: BenchlineConfig): string | undefined {
  const minions = Object.keys(config.minions);
  return config.defaultMinion ?? (minions.length === 1 ? minions[0] : undefined);
}

/** A complete RunRequest: defaults for ref and minion filled from the config. */
export function buildRequest(config: BenchlineConfig, input: RequestInput): RunRequest {
  return proto.RunRequest.create({
    runId: input.runId,
    suite: input.suite,
    ref: input.ref ?? config.suites[input.suite]?.defaultRef ?? '',
    benchmarks: input.benchmarks ?? [],
    parameters: input.parameters ?? {},
    minion: input.minion ?? defaultMinion(config) ?? '',
    tags: input.tags ?? [],
    source: input.source,
    requestedBy: input.requestedBy,
    requestedAt: nowIso(),
  }) as RunRequest;
}
