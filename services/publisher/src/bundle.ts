import { BenchmarkStatus, type Artifact, type RunExecuted, type RunRequest } from '@benchline/core';
import { proto } from '@benchline/core';
import type { BundleFile } from './ipfs/bundle-store.ts';

export interface ParseOutcome {
  benchmark: string;
  format: string;
  points: number;
  error?: string;
}

/** Every artifact the run produced, by its path in the bundle. */
export function runArtifacts(message: RunExecuted): Artifact[] {
  const artifacts = [
    message.provisioning?.ansibleLog,
    ...(message.execution?.benchmarks ?? []).flatMap((benchmark) => [
      benchmark.results,
      benchmark.stdout,
      benchmark.stderr,
      ...(benchmark.extra ?? []),
    ]),
  ];
  return artifacts.filter((artifact): artifact is Artifact => Boolean(artifact?.object));
}

/**
 * `manifest.json`: what the bundle is, so a reader holding only the CID can tell which run, commit
 * and host produced each file. Deterministic for a given run (no publish time), so republishing
 * yields the same CID.
 */
export function manifestFile(
  message: RunExecuted & { request: RunRequest },
  parsed: ParseOutcome[],
  parserVersion: string,
): BundleFile {
  const byName = new Map(parsed.map((outcome) => [outcome.benchmark, outcome]));
  const asJson = (value: object | null | undefined, type: { toObject(m: never, o: object): object }) =>
    value ? type.toObject(value as never, { enums: String, defaults: true, longs: Number }) : null;
  const manifest = {
    manifestVersion: 1,
    parserVersion,
    request: asJson(message.request, proto.RunRequest),
    provisioning: asJson(message.provisioning, proto.Provisioning),
    benchmarks: (message.execution?.benchmarks ?? []).map((benchmark) => ({
      ...asJson(benchmark, proto.BenchmarkExecution),
      status: BenchmarkStatus[benchmark.status ?? 0],
      parsed: byName.get(benchmark.name ?? '') ?? null,
    })),
    execution: { startedAt: message.execution?.startedAt, finishedAt: message.execution?.finishedAt },
  };
  return { path: 'manifest.json', bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
}
