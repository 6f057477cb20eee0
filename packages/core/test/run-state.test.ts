import { describe, expect, it } from 'vitest';
import { runFailed } from '../src/fail.ts';
import { proto, Stage, TriggerSource, type RunRequest } from '../src/messages.ts';
import { applyEvent } from '../src/run-state.ts';
import type { RunEvent } from '../src/codec.ts';

const request = proto.RunRequest.create({
  runId: 'r1',
  suite: 's',
  ref: 'main',
  minion: 'm',
  source: TriggerSource.TRIGGER_SOURCE_HTTP,
  requestedAt: '2026-01-01T00:00:00.000Z',
}) as RunRequest;
const provisioned = {
  stage: 'provisioned',
  message: proto.RunProvisioned.create({ request, provisioning: { commit: 'abc', finishedAt: 't1', skipped: true } }),
} as RunEvent;
const published = {
  stage: 'published',
  message: proto.RunPublished.create({ request, publication: { cid: 'Qm', points: 3, publishedAt: 't3' } }),
} as RunEvent;

describe('applyEvent', () => {
  it('builds the state from the first event it sees', () => {
    const state = applyEvent(undefined, {
      stage: 'requested',
      message: proto.RunRequested.create({ request }),
    } as RunEvent);
    expect(state).toMatchObject({
      runId: 'r1',
      status: 'requested',
      source: 'http',
      stages: { requested: '2026-01-01T00:00:00.000Z' },
    });
  });

  it('keeps an analyzed run published, its verdicts beside, whichever of the two events comes first', () => {
    const verdict = {
      series: { benchmark: 'b', case: 'c', metric: 'latency', unit: 'ms' },
      verdict: 1,
      value: 11,
      baseline: 10,
      changePercent: 10,
      baselinePoints: 6,
      direction: 'lower',
    };
    const analysis = { verdicts: [verdict], regressions: 1, analyzedAt: 't4' };
    const analyzed = { stage: 'analyzed', message: proto.RunAnalyzed.create({ request, analysis }) } as RunEvent;
    for (const state of [
      applyEvent(applyEvent(undefined, analyzed), published),
      applyEvent(applyEvent(undefined, published), analyzed),
    ]) {
      expect(state).toMatchObject({
        status: 'published',
        stages: { published: 't3', analyzed: 't4' },
        analysis: { regressions: 1 },
      });
      expect(state.analysis?.verdicts[0]).toMatchObject({
        verdict: 'regression',
        changePercent: 10,
        baselinePoints: 6,
      });
    }
  });

  it('only moves forward, whatever order events arrive in', () => {
    const late = applyEvent(applyEvent(undefined, published), provisioned);
    expect(late).toMatchObject({
      status: 'published',
      cid: 'Qm',
      commit: 'abc',
      provisioningSkipped: true,
      stages: { provisioned: 't1', published: 't3' },
    });
  });

  it('records the failure stage and reason', () => {
    const failed = applyEvent(
      applyEvent(undefined, provisioned),
      runFailed(request, {
        stage: Stage.STAGE_EXECUTE,
        code: 'MINION_HOST_KEY_MISMATCH',
        reason: 'host key mismatch',
        detail: 'x'.repeat(20_000),
      }),
    );
    expect(failed.error?.code).toBe('MINION_HOST_KEY_MISMATCH');
    expect(failed.status).toBe('failed');
    expect(failed.error?.stage).toBe('execute');
    expect(failed.error?.reason).toBe('host key mismatch');
    expect(failed.error?.detail?.length).toBeLessThan(9_000);
  });

  it('is idempotent: the same event twice gives the same state', () => {
    const once = applyEvent(undefined, provisioned);
    expect(applyEvent(once, provisioned)).toEqual(once);
  });
});
