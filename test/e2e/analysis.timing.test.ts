import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verdict, type EventOf, type SeriesVerdictFields } from '@benchline/core';
import { requestRun, startStack, type Stack } from '@benchline/local';
import { makeTempDir, type ServerDir } from '@benchline/servers';
import { loopRepository, loopSuite, untilAnalyzed, warmUp } from './support/loop-benchmark.ts';

const SUITE = 'loops';
/**
 * The same benchmark as a suite of its own, run once first: right after start-up the services are
 * still busy and the first run measured up to 17 % slow, which no series of real history would show.
 */
const WARM_UP = 'warm-up';

const BASE_WORK = 15_000_000;
/** The commit that makes the loop 15 % longer: more work, in the measured code. */
const SLOWER_AT = 7;
const COMMITS = 14;

describe('the analyzer, on real runs of a suite whose benchmark gets 15 % slower at a known commit', () => {
  let dir: ServerDir;
  let stack: Stack;
  let nc: NatsConnection;
  const shas: string[] = [];
  const analyzed = new Map<string, EventOf<'analyzed'>>();

  const runAt = async (ref: string) => {
    const { runId } = await requestRun(stack, { suite: SUITE, ref, tags: ['analysis-test'] });
    const final = await untilAnalyzed(nc, runId);
    analyzed.set(ref, final);
    return final;
  };
  const verdictOf = (event: EventOf<'analyzed'>): SeriesVerdictFields => {
    const verdicts = event.message.analysis?.verdicts ?? [];
    expect(verdicts).toHaveLength(1);
    return verdicts[0]!;
  };

  beforeAll(async () => {
    dir = await makeTempDir('analysis-e2e');
    const work = Array.from({ length: COMMITS }, (_, index) =>
      index + 1 >= SLOWER_AT ? Math.round(BASE_WORK * 1.15) : BASE_WORK,
    );
    const fixture = await loopRepository(join(dir.path, 'loops'), work);
    shas.push(...fixture.shas);
    // A pull request branched off commit 6, before the slowdown, with code as fast as there.
    await fixture.repo.git('checkout', '-q', '-b', 'feature', shas[5]!);
    await fixture.repo.commit('feature work', { 'notes.txt': 'a feature\n' });
    await fixture.repo.git('checkout', '-q', 'main');

    stack = await startStack({
      dataDir: dir.path,
      httpPort: 0,
      gatewayPort: 0,
      influxPort: 0,
      schedules: false,
      say: () => undefined,
      extraSuites: { [SUITE]: loopSuite(fixture.repo.path), [WARM_UP]: loopSuite(fixture.repo.path) },
    });
    nc = await connect({ servers: stack.nats.url });
    await warmUp(stack, nc, WARM_UP, shas[0]!);
    for (const sha of shas) await runAt(sha);
    await runAt('feature');
  }, 600_000);
  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
    await dir?.remove();
  });

  it('says how many more points a fresh series needs', () => {
    expect(verdictOf(analyzed.get(shas[0]!)!)).toMatchObject({
      verdict: Verdict.VERDICT_INSUFFICIENT_HISTORY,
      pointsNeeded: 5,
    });
    expect(verdictOf(analyzed.get(shas[2]!)!)).toMatchObject({
      verdict: Verdict.VERDICT_INSUFFICIENT_HISTORY,
      pointsNeeded: 3,
    });
  });

  it('finds a run of unchanged code unchanged', () => {
    expect(verdictOf(analyzed.get(shas[SLOWER_AT - 2]!)!)).toMatchObject({
      verdict: Verdict.VERDICT_UNCHANGED,
      baselinePoints: 5,
    });
  });

  it('flags the slower commit as a regression of about 15 %', () => {
    const verdict = verdictOf(analyzed.get(shas[SLOWER_AT - 1]!)!);
    expect(verdict.verdict).toBe(Verdict.VERDICT_REGRESSION);
    expect(verdict.changePercent).toBeGreaterThan(8);
    expect(verdict.changePercent).toBeLessThan(25);
    expect(verdict.ciLowerPercent).toBeGreaterThan(0);
  });

  it('locates one change point whose commit range holds the slower commit', async () => {
    const response = await fetch(`${stack.triggerUrl}/changes?suite=${SUITE}`, {
      headers: { authorization: `Bearer ${stack.apiKey.key}` },
    });
    expect(response.status).toBe(200);
    const { changes } = (await response.json()) as {
      changes: { commitBefore: string; commitAfter: string; kind: string; changePercent: number }[];
    };
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      commitBefore: shas[SLOWER_AT - 2],
      commitAfter: shas[SLOWER_AT - 1],
      kind: 'regression',
    });
    expect(changes[0]!.changePercent).toBeGreaterThan(8);
  });

  it('suspected the regression from the slower run at once, and the bisector confirmed it by reruns', async () => {
    const headers = { authorization: `Bearer ${stack.apiKey.key}` };
    const { changes } = (await (await fetch(`${stack.triggerUrl}/changes?suite=${SUITE}`, { headers })).json()) as {
      changes: { id: string }[];
    };
    const change = async () =>
      (await (await fetch(`${stack.triggerUrl}/changes/${changes[0]!.id}`, { headers })).json()) as {
        status: string;
        history: { status: string; by: string; note?: string }[];
        bisection?: { confirmation?: { verdict: string; runIds: string[] } };
      };
    await expect.poll(async () => (await change()).status, { timeout: 120_000, interval: 1_000 }).toBe('confirmed');
    const { history, bisection } = await change();
    expect(history[0]).toMatchObject({ status: 'detected', by: 'analyzer' });
    expect(history[0]!.note).toMatch(/suspected from run .*'s verdict/);
    expect(history.some((event) => event.status === 'confirmed' && event.by === 'bisector')).toBe(true);
    expect(bisection?.confirmation).toMatchObject({ verdict: 'confirmed' });
    expect(bisection?.confirmation?.runIds).toHaveLength(6);
  });

  it('keeps the change point in InfluxDB in step with its triage: dismissed over HTTP, rewritten in place', async () => {
    const headers = { authorization: `Bearer ${stack.apiKey.key}`, 'content-type': 'application/json' };
    const { changes } = (await (await fetch(`${stack.triggerUrl}/changes?suite=${SUITE}`, { headers })).json()) as {
      changes: { id: string }[];
    };
    const id = changes[0]!.id;
    const patched = await fetch(`${stack.triggerUrl}/changes/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ status: 'dismissed', note: 'expected' }),
    });
    expect(patched.status).toBe(200);
    const statuses = async () => {
      const [series] = await stack.influxd.query(
        stack.config.influx.database,
        `SELECT "status" FROM "benchline_change" WHERE "change_id" = '${id}'`,
      );
      return (series?.values ?? []).map((row) => row[1]);
    };
    await expect.poll(statuses, { timeout: 15_000 }).toEqual(['dismissed']);
  });

  it('judges a pull request against the default branch at its merge-base, not at its tip', () => {
    const verdict = verdictOf(analyzed.get('feature')!);
    // Against main's tip (15 % slower) the branch would look like an improvement.
    expect(verdict).toMatchObject({ verdict: Verdict.VERDICT_UNCHANGED, baselineToCommit: shas[5] });
  });
});
