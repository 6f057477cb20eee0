import { describe, expect, it } from 'vitest';
import { checkInvariants, type InvariantName } from './invariants.ts';
import type { RunRecord, SoakObservations } from './observations.ts';

const publishedRun = (runId: string, minion: string, entry: RunRecord['entry']): RunRecord => ({
  runId,
  minion,
  entry,
  events: { requested: 1, provisioned: 1, executed: 1, published: 1, analyzed: 1 },
  publication: { cid: `cid-${runId}`, points: 1 },
});

/** A soak that kept every invariant: three runs, one per entry point, one failed run, every fault healed. */
function healthySoak(): SoakObservations {
  const runs: RunRecord[] = [
    publishedRun('h1', 'local', 'http'),
    publishedRun('s1', 'm2', 'schedule'),
    publishedRun('n1', 'm3', 'nats'),
    {
      runId: 'n2',
      minion: 'm3',
      entry: 'nats',
      events: { requested: 1, failed: 1 },
      failure: { stage: 'STAGE_PROVISION', code: 'MINION_UNREACHABLE', reason: 'minion m3 is unreachable' },
    },
  ];
  const window = (runId: string, start: number) => ({ runId, start, end: start + 10 });
  return {
    accepted: [
      { runId: 'h1', minion: 'local', entry: 'http' },
      { runId: 'n1', minion: 'm3', entry: 'nats' },
      { runId: 'n2', minion: 'm3', entry: 'nats' },
    ],
    refused: [],
    runs,
    points: { h1: 1, s1: 1, n1: 1 },
    minions: [
      { name: 'local', workDirFound: true, windows: [window('h1', 0)], leftoverFiles: [] },
      { name: 'm2', workDirFound: true, windows: [window('s1', 0)], leftoverFiles: [] },
      // n1 executed twice (a redelivery), one after the other.
      { name: 'm3', workDirFound: true, windows: [window('n1', 0), window('n1', 10)], leftoverFiles: [] },
    ],
    leases: [],
    leftoverProcesses: [],
    bundles: ['h1', 's1', 'n1'].map((runId) => ({ runId, cid: `cid-${runId}`, manifestRunId: runId })),
    faults: [
      { kind: 'service-kill', target: 'executor', at: 1, killedPid: 4711 },
      { kind: 'nats-restart', target: 'nats', at: 2 },
      { kind: 'influxdb-restart', target: 'influxd', at: 3 },
      { kind: 'sshd-restart', target: 'm2', at: 4 },
      { kind: 'ipfs-outage', target: 'publisher', at: 5 },
    ],
    serviceExits: ['executor pid 4711 exited (SIGKILL)'],
  };
}

/** The invariants that failed, with their violations. */
function failing(observations: SoakObservations): Partial<Record<InvariantName, string[]>> {
  return Object.fromEntries(Object.entries(checkInvariants(observations)).filter(([, found]) => found.length > 0));
}

describe('the soak invariant checker', () => {
  it('passes a soak that kept every invariant', () => {
    expect(failing(healthySoak())).toEqual({});
  });

  it('fails on a request never accepted, a run accepted but never in the stream, a stuck run, a duplicated end and a failure without a code', () => {
    const soak = healthySoak();
    soak.accepted.push({ runId: 'h9', minion: 'local', entry: 'http' });
    soak.refused.push('POST /runs soak-7: HTTP 503: NATS is unreachable');
    soak.runs[0]!.events.failed = 1;
    soak.runs[0]!.failure = { stage: 'STAGE_PUBLISH', code: 'RETRIES_EXHAUSTED', reason: 'publishing kept failing' };
    soak.runs[1]!.events = { requested: 1, provisioned: 1 };
    soak.runs[3]!.failure = { stage: 'STAGE_PROVISION', code: '', reason: 'unreachable' };
    expect(failing(soak)['every run finished once']).toEqual([
      'a request was never accepted: POST /runs soak-7: HTTP 503: NATS is unreachable',
      'h9 (http, local) was accepted but never reached the RUNS stream',
      'h1 finished 2 times: requested, provisioned, executed, published, analyzed, failed',
      's1 never finished (stuck or lost): requested, provisioned',
      'n2 failed without a code and a reason: {"stage":"STAGE_PROVISION","code":"","reason":"unreachable"}',
    ]);
  });

  it('fails when an entry point brought no run, nothing was published, or the stream is empty', () => {
    const soak = healthySoak();
    soak.runs = soak.runs
      .filter((run) => run.entry !== 'schedule')
      .map((run) => ({ ...run, events: { requested: 1, failed: 1 }, failure: { stage: 'x', code: 'C', reason: 'r' } }));
    expect(failing(soak)['every run finished once']).toEqual([
      'no run came in through schedule',
      'no run was published',
    ]);
    expect(failing({ ...healthySoak(), runs: [], accepted: [] })['every run finished once']).toEqual([
      'the RUNS stream holds no run at all',
      'no run came in through http',
      'no run came in through schedule',
      'no run came in through nats',
    ]);
  });

  it('fails on a duplicated, a missing and a stray point, and on no published run at all', () => {
    const soak = healthySoak();
    soak.points = { h1: 2, n2: 1 };
    expect(failing(soak)['points in InfluxDB exactly once']).toEqual([
      'h1 has 2 point(s) in InfluxDB, its run.published says 1',
      's1 has 0 point(s) in InfluxDB, its run.published says 1',
      'n1 has 0 point(s) in InfluxDB, its run.published says 1',
      'n2 was not published but left 1 point(s) in InfluxDB',
    ]);
    const nonePublished = { ...healthySoak(), runs: [healthySoak().runs[3]!], points: {} };
    expect(failing(nonePublished)['points in InfluxDB exactly once']).toEqual([
      'no published run whose points could be counted',
    ]);
  });

  it('fails on overlapping windows, a published run without a window and a missing windows file', () => {
    const soak = healthySoak();
    soak.minions[0]!.windows = [
      { runId: 'h1', start: 0, end: 10 },
      { runId: 'x1', start: 5, end: 12 },
    ];
    soak.minions[1]!.windows = { error: 'no execution windows at /m2/windows.log: ENOENT' };
    soak.minions[2]!.windows = [{ runId: 'n2', start: 0, end: 1 }];
    expect(failing(soak)['no overlapping executions per minion']).toEqual([
      'minion local: executions of h1 and x1 overlapped by 5 µs',
      'minion local: a window of x1, a run the stream never had',
      'minion m2: no execution windows at /m2/windows.log: ENOENT',
      'n1 was published but never executed on minion m3',
    ]);
    expect(failing({ ...healthySoak(), minions: [] })['no overlapping executions per minion']).toEqual([
      'no minion was observed',
    ]);
  });

  it('fails on a lease left held', () => {
    expect(failing({ ...healthySoak(), leases: [{ minion: 'm2', runId: 's1' }] })['no lease left held']).toEqual([
      'minion m2 is still leased to s1',
    ]);
  });

  it('fails on a process or an output dir left on a minion, and on a minion that never ran anything', () => {
    const soak = healthySoak();
    soak.leftoverProcesses = [{ runId: 'n1', pid: 123 }];
    soak.minions[1]!.leftoverFiles = ['s1'];
    soak.minions[2]!.workDirFound = false;
    expect(failing(soak)['nothing of a run left on a minion']).toEqual([
      'process 123 of n1 is still alive on the minion',
      'minion m2: runs/s1 was left behind',
      'minion m3 has no work dir: nothing ever ran there',
    ]);
  });

  it('fails on a bundle that does not resolve, is missing or names another run, and on no published run', () => {
    const soak = healthySoak();
    soak.bundles = [
      { runId: 'h1', cid: 'cid-h1', error: 'HTTP 404' },
      { runId: 's1', cid: 'cid-s1', manifestRunId: 'h1' },
    ];
    expect(failing(soak)['every bundle CID resolves']).toEqual([
      'h1: bundle cid-h1 does not resolve: HTTP 404',
      's1: bundle cid-s1 is the manifest of h1',
      'n1: its bundle cid-n1 was not fetched',
    ]);
    const nonePublished = { ...healthySoak(), runs: [healthySoak().runs[3]!] };
    expect(failing(nonePublished)['every bundle CID resolves']).toEqual([
      'no published run whose bundle could be resolved',
    ]);
  });

  it('fails when a kind of fault was never injected or a fault did not heal', () => {
    const soak = healthySoak();
    soak.faults = soak.faults.filter((fault) => fault.kind !== 'ipfs-outage');
    soak.faults[1]!.problem = 'nats-server did not come back';
    expect(failing(soak)['every fault injected and healed']).toEqual([
      'no ipfs-outage fault was injected',
      'nats-restart of nats did not heal: nats-server did not come back',
    ]);
  });

  it('fails on a service that died without the chaos driver killing it', () => {
    const soak = healthySoak();
    soak.serviceExits.push('publisher pid 99 exited (code 1)', 'analyzer is not running');
    expect(failing(soak)['no service died but by the chaos driver']).toEqual([
      'publisher pid 99 exited (code 1)',
      'analyzer is not running',
    ]);
  });
});
