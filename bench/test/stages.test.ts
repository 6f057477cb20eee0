import { describe, expect, it } from 'vitest';
import { occupancy, runSpan } from '../lib/minion-timeline.ts';
import { STAGE_NAMES, timedRunOf } from '../lib/stages.ts';

const iso = (ms: number) => new Date(Date.UTC(2026, 10, 25) + ms).toISOString();
const base = Date.UTC(2026, 10, 25);

function published(runId: string, minion: string, marks: number[]) {
  const [requested, provStart, provEnd, execStart, execEnd, pub] = marks.map(iso);
  return {
    request: { runId, minion, requestedAt: requested! },
    provisioning: { startedAt: provStart, finishedAt: provEnd, skipped: true },
    execution: { startedAt: execStart, finishedAt: execEnd },
    publication: { publishedAt: pub },
  };
}

describe('timedRunOf', () => {
  it('splits a run into consecutive stages that add up to request → seen', () => {
    const run = timedRunOf(published('r1', 'local', [0, 5, 505, 600, 1200, 1230]), {
      postedAt: base - 10,
      acceptedAt: base + 3,
      observedAt: base + 1232,
    });
    expect(STAGE_NAMES.map((name) => run.stages[name])).toEqual([5, 500, 95, 600, 30, 2]);
    expect(run.totalMs).toBe(1229);
    expect(run.provisioningSkipped).toBe(true);
  });

  it('names the timestamp an event lacks', () => {
    const event = published('r2', 'local', [0, 5, 505, 600, 1200, 1230]);
    event.execution.finishedAt = '';
    expect(() => timedRunOf(event, { postedAt: 0, acceptedAt: 0, observedAt: 0 })).toThrow(
      /run r2: .*execution\.finishedAt/,
    );
  });
});

describe('occupancy', () => {
  it('measures how long each run held its minion and the idle gaps between runs on the same minion', () => {
    const spans = [
      published('a2', 'a', [0, 3000, 3500, 3600, 6000, 6100]),
      published('a1', 'a', [0, 0, 500, 600, 2800, 2900]),
      published('b1', 'b', [0, 100, 600, 700, 2900, 3000]),
    ].map(runSpan);
    const { heldMs, idleGapsMs } = occupancy(spans);
    expect(heldMs).toEqual([3000, 2800, 2800]);
    expect(idleGapsMs).toEqual([200]); // a1 ends at 2800, a2 starts at 3000; b ran once
    expect(spans[0]).toMatchObject({ provisioningMs: 500, executionMs: 2400 });
  });
});
